import { PRESETS, type Policy } from '../policy';
import type { FieldMapping } from '../parse/field-mapping';
import { activePolicyItem, fieldMappingsItem, holidaysItem, zendeskSeverityFieldItem } from '../storage';
import type { Tool } from '../sites/types';

/** The policy in force now. An unknown preset id (e.g. from a newer version) falls back to the default. */
export async function activePolicy(): Promise<Policy> {
  const active = await activePolicyItem.getValue();
  return PRESETS[active.id] ?? PRESETS.sourcegraph;
}

export async function fieldMapping(tool: Tool): Promise<FieldMapping> {
  return (await fieldMappingsItem.getValue())[tool] ?? fieldMappingsItem.fallback[tool];
}

export const extraHolidays = () => holidaysItem.getValue();

export const zendeskSeverityField = () => zendeskSeverityFieldItem.getValue();
