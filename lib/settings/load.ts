import { browser } from 'wxt/browser';
import type { FieldMapping } from '../parse/field-mapping';
import type { Tool } from '../sites/types';
import { activePolicyItem, customDomainsItem, directorySourceItem, displayItem, fieldMappingsItem, holidaysItem, lastAdminPolicyItem, zendeskSeverityFieldItem } from './storage';
import { parseManaged, type CustomDomain, type ManagedRead } from './managed-config';
import { resolvePolicy, type ActivePolicy } from './policy-source';
import { DEFAULT_FIELD_MAPPINGS } from '../sites/registry';

/** The local items the settings are read from: a change to any of them (or to managed storage) changes the settings. */
const SETTINGS_ITEMS = [activePolicyItem, fieldMappingsItem, holidaysItem, zendeskSeverityFieldItem, directorySourceItem, customDomainsItem, displayItem, lastAdminPolicyItem];
const SETTINGS_KEYS = new Set(SETTINGS_ITEMS.map((item) => item.key.replace(/^local:/, '')));

/**
 * Whether a `storage.onChanged` event can change the settings: any managed change (an admin's push), or a local
 * change to one of the items they are read from. The account cache and the panel's collapsed state are local too,
 * and are written on every record the agent opens: they must not reload the settings or re-register scripts.
 * @example isSettingsChange({ accountCache: {} }, 'local') // false
 */
export function isSettingsChange(changes: Record<string, unknown>, area: string): boolean {
  if (area === 'managed') return true;
  return area === 'local' && Object.keys(changes).some((key) => SETTINGS_KEYS.has(key));
}

/** A setting's value with who decided it. */
export type SetBy = 'admin' | 'user';

export interface Settings {
  policy: ActivePolicy;
  fieldMappings: Record<Tool, FieldMapping>;
  holidays: Record<string, string[]>;
  zendeskSeverityField: string | null;
  directory: { url: string | null; refreshMinutes: number };
  customDomains: CustomDomain[];
  display: { hour12: boolean | null; zone: string | null };
  /** Keys the administrator set: their controls are read-only ("set by your administrator"). */
  setByAdmin: Set<'policy' | 'fieldMappings' | 'holidays' | 'zendeskSeverityField' | 'directory' | 'customDomains' | 'display'>;
  locked: boolean;
  managedProblems: string[];
}

/** Reads managed storage; a browser without a managed store (or without the API) gives an empty config. */
export async function readManaged(): Promise<ManagedRead> {
  try {
    const raw = await browser.storage.managed?.get();
    return parseManaged(raw ?? {});
  } catch {
    return { config: {}, problems: [] };
  }
}

/**
 * The settings in force: a managed (admin) value always wins over the local one — even one edited by hand in
 * extension storage — and the admin's lock makes every local value the default.
 */
export async function loadSettings(): Promise<Settings> {
  const [{ config: m, problems }, choice, mappings, holidays, severity, directory, domains, display, lastAdmin] = await Promise.all([
    readManaged(),
    activePolicyItem.getValue(),
    fieldMappingsItem.getValue(),
    holidaysItem.getValue(),
    zendeskSeverityFieldItem.getValue(),
    directorySourceItem.getValue(),
    customDomainsItem.getValue(),
    displayItem.getValue(),
    lastAdminPolicyItem.getValue(),
  ]);
  const locked = m.lockLocalChanges === true;
  const local = <T>(value: T, fallback: T) => (locked ? fallback : value);
  const setByAdmin: Settings['setByAdmin'] = new Set();
  const admin = <K extends Parameters<Settings['setByAdmin']['add']>[0], T>(key: K, value: T | undefined, otherwise: T): T => {
    if (value === undefined) return otherwise;
    setByAdmin.add(key);
    return value;
  };
  const policy = resolvePolicy(local(choice, activePolicyItem.fallback), m, lastAdmin);
  // Remember the admin's policy while it is valid, so a broken push later cannot take it away; forget it once the
  // admin withdraws their policy, so a withdrawn one never comes back.
  if (policy.source === 'admin' && policy.refused === null && m.policy !== undefined && JSON.stringify(m.policy) !== JSON.stringify(lastAdmin)) {
    await lastAdminPolicyItem.setValue(m.policy).catch(() => {});
  } else if (m.policy === undefined && lastAdmin !== null) await lastAdminPolicyItem.setValue(null).catch(() => {});
  if (policy.source === 'admin' || locked) setByAdmin.add('policy');
  // Every tool's default, then what the user changed (a tool added later gets its default).
  const baseMappings: Record<Tool, FieldMapping> = { ...DEFAULT_FIELD_MAPPINGS, ...local(mappings, {}) };
  return {
    policy,
    fieldMappings: m.fieldMappings ? (setByAdmin.add('fieldMappings'), { ...baseMappings, ...(m.fieldMappings as Partial<Record<Tool, FieldMapping>>) }) : baseMappings,
    holidays: admin('holidays', m.holidays, local(holidays, {})),
    zendeskSeverityField: admin('zendeskSeverityField', m.zendeskSeverityField, local(severity, null)),
    directory:
      m.directoryUrl !== undefined || m.directoryRefreshMinutes !== undefined
        ? (setByAdmin.add('directory'), { url: m.directoryUrl ?? null, refreshMinutes: m.directoryRefreshMinutes ?? 60 })
        : local(directory, directorySourceItem.fallback),
    customDomains: admin('customDomains', m.customDomains, local(domains, [])),
    display: local(display, displayItem.fallback),
    setByAdmin: locked ? new Set(['policy', 'fieldMappings', 'holidays', 'zendeskSeverityField', 'directory', 'customDomains', 'display']) : setByAdmin,
    locked,
    managedProblems: [
      ...problems,
      ...(policy.refused?.source === 'admin'
        ? [`The administrator's policy was refused (${policy.refused.problems.length} problems); ${policy.policy.name} ${policy.policy.version} stays in force`]
        : []),
    ],
  };
}
