import { browser } from 'wxt/browser';
import type { FieldMapping } from '../parse/field-mapping';
import type { Policy } from '../policy';
import { isSettingsChange, loadSettings, type Settings } from '../settings/load';
import type { Tool } from '../sites/types';

type SettingsListener = () => void;

let current: Promise<Settings> | null = null;
let watching = false;
const listeners = new Set<SettingsListener>();

/**
 * The one owner of the settings cache and of its invalidation. One `storage.onChanged` listener drops the cache
 * FIRST and then tells the subscribers, so whatever a subscriber reads (`settings()`) is already the new value.
 * (Two independent listeners — one dropping the cache, one applying it — ran in registration order, and the
 * applying one, registered first, re-applied the old custom domains: issue 10.)
 */
function watch(): void {
  if (watching) return;
  watching = true;
  browser.storage.onChanged.addListener((changes, area) => {
    if (!isSettingsChange(changes, area)) return;
    current = null;
    for (const listener of listeners) listener();
  });
}

/**
 * The settings in force, read once and kept until a setting changes — managed storage included, so an admin's push
 * applies live without a restart.
 */
export function settings(): Promise<Settings> {
  watch();
  return (current ??= loadSettings());
}

/**
 * Calls `listener` after every change of the settings, once the cache was dropped: `settings()` inside it reads
 * the new settings. Returns the function that stops it.
 * @example onSettingsChanged(() => void settings().then(apply))
 */
export function onSettingsChanged(listener: SettingsListener): () => void {
  watch();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The policy in force now (admin's, else imported, else preset; an invalid one never replaces a valid one). */
export const activePolicy = async (): Promise<Policy> => (await settings()).policy.policy;
/** How many of its texts stay English in the UI's language (the panel says so). */
export const untranslatedTexts = async (): Promise<number> => (await settings()).policy.untranslated;
export const fieldMapping = async (tool: Tool): Promise<FieldMapping> => (await settings()).fieldMappings[tool];
export const extraHolidays = async () => (await settings()).holidays;
export const zendeskSeverityField = async () => (await settings()).zendeskSeverityField;
