/**
 * Every storage key of the extension, each through `storage.defineItem` with a fallback. An item gets a
 * `version` and migrations from its first change of shape.
 */
import { storage } from 'wxt/utils/storage';
import { type FieldMapping } from '../parse/field-mapping';
import type { CustomDomain } from './managed-config';
import type { PolicyChoice } from './policy-source';
import type { Tool } from '../sites/types';
import type { EvaluatedAccount } from '../messaging/answers';
import { keepEditedMappings } from './mapping-migrations';
import type { TicketFieldMappings } from './ticket-fields';
import type { AlertSettingsInput } from '../alerts/settings';

/** Which policy the user chose: a preset, or an imported file (stored only once it validated). */
export const activePolicyItem = storage.defineItem<PolicyChoice>('local:activePolicy', {
  fallback: { kind: 'preset', id: 'sourcegraph' },
});

/** Per tool: which CRM label or organization field holds which account attribute. */
/**
 * The field mappings the user changed, per tool (a tool absent here uses its default, `DEFAULT_FIELD_MAPPINGS`).
 * Version 2: until then every tool's mapping was stored on any Save, freezing the defaults of the day.
 */
export const fieldMappingsItem = storage.defineItem<Partial<Record<Tool, FieldMapping>>>('local:fieldMappings', {
  fallback: {},
  version: 2,
  migrations: { 2: keepEditedMappings },
});

/**
 * The ticket fields the user changed, per tool whose tickets are read from its pages, and of each only the fields
 * changed: every other field reads with the tool's default (`DEFAULT_TICKET_FIELDS`), as shipped now or later.
 * Content scripts read it (lib/settings/content-ticket-fields.ts), so it is checked without zod there.
 */
export const ticketFieldMappingsItem = storage.defineItem<TicketFieldMappings>('local:ticketFieldMappings', { fallback: {} });

/** Zendesk: the id of the custom ticket field that holds severity (null: use the ticket's priority). */
export const zendeskSeverityFieldItem = storage.defineItem<string | null>('local:zendeskSeverityField', { fallback: null });

/** Extra holidays per calendar id, added by the admin (YYYY-MM-DD). */
export const holidaysItem = storage.defineItem<Record<string, string[]>>('local:holidays', { fallback: {} });

/** Whether the CRM sidebar is collapsed; remembered across pages and sessions. */
export const panelCollapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });

/** Accounts seen recently, so a page seen before paints at once (marked stale with its age). */
export const accountCacheItem = storage.defineItem<Record<string, EvaluatedAccount>>('local:accountCache', { fallback: {} });

/** Display preferences: the zone shown beside the calendar's (null: the browser's), and the clock style. */
export const displayItem = storage.defineItem<{ hour12: boolean | null; zone: string | null }>('local:display', {
  fallback: { hour12: null, zone: null },
});

/** Where the account directory comes from besides browsing and imports. */
export const directorySourceItem = storage.defineItem<{ url: string | null; refreshMinutes: number }>('local:directorySource', {
  fallback: { url: null, refreshMinutes: 60 },
});

/** Hosts added for tools on custom domains; each has its permission granted at the moment it was added. */
export const customDomainsItem = storage.defineItem<CustomDomain[]>('local:customDomains', { fallback: [] });

/**
 * The last policy the administrator pushed that validated: an invalid push later keeps this one in force (and is
 * reported) instead of dropping every agent back to the local choice or a preset.
 */
export const lastAdminPolicyItem = storage.defineItem<unknown>('local:lastAdminPolicy', { fallback: null });

/** The agent's alert settings (thresholds per severity, quiet hours, how long tickets are watched): what they changed only. */
export const alertSettingsItem = storage.defineItem<AlertSettingsInput>('local:alertSettings', { fallback: {} });
