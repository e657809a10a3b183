import { browser } from 'wxt/browser';
import type { FieldMapping } from '../parse/field-mapping';
import type { Tool } from '../sites/types';
import {
  activePolicyItem,
  customDomainsItem,
  directorySourceItem,
  displayItem,
  fieldMappingsItem,
  holidaysItem,
  lastAdminPolicyItem,
  ticketFieldMappingsItem,
  zendeskSeverityFieldItem,
  alertSettingsItem,
} from './storage';
import { AlertSettingsInput, alertSettingsInForce, type AlertSettings } from '../alerts/settings';
import { tp, uiLanguage } from '../i18n/t';
import { parseManaged, type CustomDomain, type ManagedRead } from './managed-config';
import { resolvePolicy, type ActivePolicy } from './policy-source';
import { ticketFieldMappingsInForce, type TicketFieldMappings } from './ticket-fields';
import { DEFAULT_FIELD_MAPPINGS } from '../sites/registry';

/** The local items the settings are read from: a change to any of them (or to managed storage) changes the settings. */
const SETTINGS_ITEMS = [
  activePolicyItem,
  fieldMappingsItem,
  ticketFieldMappingsItem,
  holidaysItem,
  zendeskSeverityFieldItem,
  directorySourceItem,
  customDomainsItem,
  displayItem,
  lastAdminPolicyItem,
  alertSettingsItem,
];
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

/** The settings an administrator can set: each is read-only in the options page when they did (or locked local changes). */
const ADMIN_KEYS = ['policy', 'fieldMappings', 'ticketFieldMappings', 'holidays', 'zendeskSeverityField', 'directory', 'customDomains', 'display', 'alerts'] as const;
type AdminKey = (typeof ADMIN_KEYS)[number];

/** A setting's value with who decided it. */
export type SetBy = 'admin' | 'user';

export interface Settings {
  policy: ActivePolicy;
  fieldMappings: Record<Tool, FieldMapping>;
  /** Per tool whose tickets are read from its pages: the ticket field mapping in force, every field filled (./ticket-fields.ts). */
  ticketFieldMappings: TicketFieldMappings;
  holidays: Record<string, string[]>;
  zendeskSeverityField: string | null;
  directory: { url: string | null; refreshMinutes: number };
  customDomains: CustomDomain[];
  display: { hour12: boolean | null; zone: string | null };
  /** Alerts ahead of a breach: the defaults, then the agent's choices, then the administrator's (key by key). */
  alerts: AlertSettings;
  /** Keys the administrator set: their controls are read-only ("set by your administrator"). */
  setByAdmin: Set<AdminKey>;
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
  const [{ config: m, problems }, choice, mappings, ticketMappings, holidays, severity, directory, domains, display, lastAdmin, alerts] = await Promise.all([
    readManaged(),
    activePolicyItem.getValue(),
    fieldMappingsItem.getValue(),
    ticketFieldMappingsItem.getValue(),
    holidaysItem.getValue(),
    zendeskSeverityFieldItem.getValue(),
    directorySourceItem.getValue(),
    customDomainsItem.getValue(),
    displayItem.getValue(),
    lastAdminPolicyItem.getValue(),
    alertSettingsItem.getValue(),
  ]);
  const locked = m.lockLocalChanges === true;
  const local = <T>(value: T, fallback: T) => (locked ? fallback : value);
  const setByAdmin: Settings['setByAdmin'] = new Set();
  const admin = <T>(key: AdminKey, value: T | undefined, otherwise: T): T => {
    if (value === undefined) return otherwise;
    setByAdmin.add(key);
    return value;
  };
  // In the UI's language where the policy translates its texts; `policy.untranslated` counts those left in English.
  const policy = resolvePolicy(local(choice, activePolicyItem.fallback), m, lastAdmin, uiLanguage());
  // Remember the admin's policy while it is valid, so a broken push later cannot take it away; forget it once the
  // admin withdraws their policy, so a withdrawn one never comes back.
  if (policy.source === 'admin' && policy.refused === null && m.policy !== undefined && JSON.stringify(m.policy) !== JSON.stringify(lastAdmin)) {
    await lastAdminPolicyItem.setValue(m.policy).catch(() => {});
  } else if (m.policy === undefined && lastAdmin !== null) await lastAdminPolicyItem.setValue(null).catch(() => {});
  if (policy.source === 'admin' || locked) setByAdmin.add('policy');
  if (m.ticketFieldMappings !== undefined) setByAdmin.add('ticketFieldMappings');
  // Every tool's default, then what the user changed (a tool added later gets its default).
  const baseMappings: Record<Tool, FieldMapping> = { ...DEFAULT_FIELD_MAPPINGS, ...local(mappings, {}) };
  return {
    policy,
    fieldMappings: m.fieldMappings ? (setByAdmin.add('fieldMappings'), { ...baseMappings, ...(m.fieldMappings as Partial<Record<Tool, FieldMapping>>) }) : baseMappings,
    // The admin's mapping of a tool replaces the user's; each field over the tool's default.
    ticketFieldMappings: ticketFieldMappingsInForce(local(ticketMappings, {}), m.ticketFieldMappings),
    holidays: admin('holidays', m.holidays, local(holidays, {})),
    zendeskSeverityField: admin('zendeskSeverityField', m.zendeskSeverityField, local(severity, null)),
    directory:
      m.directoryUrl !== undefined || m.directoryRefreshMinutes !== undefined
        ? (setByAdmin.add('directory'), { url: m.directoryUrl ?? null, refreshMinutes: m.directoryRefreshMinutes ?? 60 })
        : local(directory, directorySourceItem.fallback),
    customDomains: admin('customDomains', m.customDomains, local(domains, [])),
    display: local(display, displayItem.fallback),
    // What the agent saved is checked again (storage can be edited by hand): a value that fails is left out.
    alerts: alertSettingsInForce(AlertSettingsInput.safeParse(local(alerts, {})).data, m.alerts !== undefined ? (setByAdmin.add('alerts'), m.alerts) : undefined),
    setByAdmin: locked ? new Set(ADMIN_KEYS) : setByAdmin,
    locked,
    managedProblems: [
      ...problems,
      ...(policy.refused?.source === 'admin'
        ? [tp('common_adminPolicyRefused', policy.refused.problems.length, { name: policy.policy.name, version: policy.policy.version })]
        : []),
    ],
  };
}
