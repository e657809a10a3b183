import type { Severity } from '../../domain/ticket';
import { HANDBOOK_KEYS, type FieldMapping } from '../../parse/field-mapping';

/**
 * Freshdesk's shipped field mapping: company field names, as the company reply keys them (./api.ts). A custom company
 * field is keyed by its field name in `custom_fields` (next-tools-and-anchors.md §2c Company), the snake_case names of
 * HANDBOOK_KEYS (`segment`, `arr`, `renewal_date`…) where an admin created them from the handbook's labels. Beside
 * them Freshdesk's own fields: `domains` (the company's domains, joined with ';'), and `account_tier`, its standard
 * tier field (§1.2 Freshdesk "Company fields"), read as the segment where no custom segment field exists.
 * `renewal_date` is both a standard Freshdesk field and the handbook's key.
 */
export const FRESHDESK_FIELD_MAPPING: FieldMapping = {
  ...HANDBOOK_KEYS,
  domain: ['domains', 'domain'],
  segment: [...(HANDBOOK_KEYS.segment ?? []), 'account_tier'],
};

/**
 * Freshdesk's four priorities (1 Low … 4 Urgent, read as the words `low` … `urgent`: ./api.ts) → handbook severity,
 * where no policy's `sla.priorityMap` replaces it: as for Zendesk's (lib/parse/severity.ts DEFAULT_PRIORITY_MAP), the
 * two upper priorities are Severity 1; Medium, Freshdesk's third, is Severity 2 like Zendesk's "normal".
 */
export const FRESHDESK_PRIORITY_MAP: Readonly<Record<string, Severity>> = { urgent: 1, high: 1, medium: 2, low: 2 };
