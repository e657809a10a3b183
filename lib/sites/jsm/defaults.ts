import type { Severity } from '../../domain/ticket';
import type { FieldMapping } from '../../parse/field-mapping';

/**
 * Jira's default priorities → handbook severity, where no policy's `sla.priorityMap` replaces it: Highest and High
 * are Severity 1, Medium, Low and Lowest Severity 2 (Zendesk's urgent and high are 1, normal and low 2:
 * lib/parse/severity.ts). Keys are lower case: `parseSeverity` compares a priority's name folded (lib/parse/result.ts
 * `squash`), so Jira's `Highest` finds `highest`. A site with its own priority scheme maps its names in the policy.
 */
export const JSM_PRIORITY_MAP: Readonly<Record<string, Severity>> = { highest: 1, high: 1, medium: 2, low: 2, lowest: 2 };

/**
 * None: a JSM organization carries no attributes (no segment, ARR or packages); it is matched to the directory by name
 * or domain, and the directory's account supplies them (lib/background/organization-match.ts).
 */
export const JSM_FIELD_MAPPING: FieldMapping = {};
