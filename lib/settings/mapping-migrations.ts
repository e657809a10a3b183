import type { FieldMapping } from '../parse/field-mapping';
import { HANDBOOK_LABELS } from '../parse/field-mapping';
import { DEFAULT_FIELD_MAPPINGS, type Tool } from '../sites/registry';

/**
 * The field mappings as shipped before version 2 of the stored item. Until then, saving or resetting one tool stored
 * every tool's mapping, so these defaults were frozen into storage for anyone who ever pressed Save; HubSpot's was
 * labels only (version 2 reads internal names first, issue 10).
 */
const SHIPPED_BEFORE_V2: Partial<Record<Tool, FieldMapping>> = {
  salesforce: HANDBOOK_LABELS,
  hubspot: { ...HANDBOOK_LABELS, name: ['Company name', 'Name'], domain: ['Company Domain Name', 'Website URL', 'Domain'] },
  zendesk: DEFAULT_FIELD_MAPPINGS.zendesk,
};

const canonical = (mapping: FieldMapping): string => JSON.stringify(Object.entries(mapping).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Version 2 stores only the mappings a user changed: a stored mapping equal to what was shipped is dropped, so the
 * current default applies to it (and to any tool added later); one the user edited is kept as it is.
 * @example keepEditedMappings({ hubspot: <the old shipped HubSpot mapping> }) // {}
 */
export function keepEditedMappings(stored: unknown): Partial<Record<Tool, FieldMapping>> {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  const out: Partial<Record<Tool, FieldMapping>> = {};
  for (const [tool, mapping] of Object.entries(stored as Record<string, FieldMapping>)) {
    const shipped = SHIPPED_BEFORE_V2[tool as Tool];
    if (!mapping || typeof mapping !== 'object' || (shipped && canonical(mapping) === canonical(shipped))) continue;
    out[tool as Tool] = mapping;
  }
  return out;
}
