import { browser } from 'wxt/browser';
import type { FieldMapping } from '../parse/field-mapping';
import type { Policy } from '../policy';
import { loadSettings, type Settings } from '../settings/load';
import type { Tool } from '../sites/types';

let current: Promise<Settings> | null = null;
let watching = false;

/**
 * The settings in force, read once and kept until any storage area changes — managed storage included, so an
 * admin's push applies live without a restart.
 */
export function settings(): Promise<Settings> {
  if (!watching) {
    watching = true;
    browser.storage.onChanged.addListener(() => {
      current = null;
    });
  }
  return (current ??= loadSettings());
}

/** The policy in force now (admin's, else imported, else preset; an invalid one never replaces a valid one). */
export const activePolicy = async (): Promise<Policy> => (await settings()).policy.policy;
export const fieldMapping = async (tool: Tool): Promise<FieldMapping> => (await settings()).fieldMappings[tool];
export const extraHolidays = async () => (await settings()).holidays;
export const zendeskSeverityField = async () => (await settings()).zendeskSeverityField;
