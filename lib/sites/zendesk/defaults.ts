import { HANDBOOK_KEYS, type FieldMapping } from '../../parse/field-mapping';
import { DEFAULT_PRIORITY_MAP } from '../../parse/severity';

/** Zendesk's shipped field mapping: organization field keys (`organization_fields` in the Support API), so snake_case. */
export const ZENDESK_FIELD_MAPPING: FieldMapping = { ...HANDBOOK_KEYS, domain: ['domain_names', 'domain'] };

/** Zendesk's four priorities → handbook severity (urgent, high → 1; normal, low → 2); a policy's `sla.priorityMap` replaces it. */
export const ZENDESK_PRIORITY_MAP = DEFAULT_PRIORITY_MAP;
