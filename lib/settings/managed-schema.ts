/**
 * The JSON schema Chrome reads for enterprise policy (`storage.managed_schema`, public/managed_schema.json): what
 * `ManagedConfig` (./managed-config.ts) accepts, with titles for the admin console. Its tools come from the registry (all of them, and those whose tickets are read from their pages).
 * Regenerate public/managed_schema.json with `npx tsx test/settings/write-managed-schema.ts`; a test keeps them equal.
 * https://www.chromium.org/administrators/configuring-policy-for-extensions/
 */
import { TICKET_FIELDS } from '../parse/attributes';

export function managedSchema(toolIds: readonly string[], pageTicketToolIds: readonly string[]): object {
  const list = toolIds.join(', ');
  const entries = { type: 'array', items: { type: 'string' } };
  return {
    type: 'object',
    properties: {
      policy: {
        title: 'Policy document',
        description: 'A whole Entitlement Lens policy (JSON object, schemaVersion 1). Validated like any other; an invalid one is refused and the previous policy stays in force.',
        type: 'object',
      },
      policyPreset: { title: 'Preset policy', description: 'The id of a shipped preset: sourcegraph or gitlab.', type: 'string' },
      directoryUrl: { title: 'Account directory URL', description: 'A JSON array of accounts or a CSV with a header row, fetched with conditional requests.', type: 'string' },
      directoryRefreshMinutes: { title: 'Directory refresh interval (minutes)', type: 'integer' },
      fieldMappings: {
        title: 'Field mappings per tool',
        description: `For ${list}: attribute name to a list of labels or the tool's own property names (HubSpot internal names, Salesforce API names, Zendesk organization field keys).`,
        type: 'object',
        properties: Object.fromEntries(toolIds.map((id) => [id, { type: 'object' }])),
      },
      ticketFieldMappings: {
        title: 'Ticket field mappings per tool',
        description: `For ${pageTicketToolIds.join(', ')}: ticket field (${TICKET_FIELDS.join(', ')}) to a list of the tool's own property names (Salesforce API names, HubSpot internal names) or labels, tried in that order; a field left out reads with its default.`,
        type: 'object',
        properties: Object.fromEntries(pageTicketToolIds.map((id) => [id, { type: 'object', properties: Object.fromEntries(TICKET_FIELDS.map((field) => [field, entries])) }])),
      },
      customDomains: {
        title: 'Custom domains',
        type: 'array',
        items: { type: 'object', properties: { host: { type: 'string' }, tool: { type: 'string', enum: [...toolIds] } } },
      },
      holidays: { title: 'Extra holidays per calendar id', type: 'object' },
      zendeskSeverityField: { title: 'Zendesk custom ticket field id holding severity', type: 'string' },
      alerts: {
        title: 'Alerts ahead of a breach',
        description: 'Notifications before an SLA target is due. Any key may be left out (the user’s choice, else the default, applies).',
        type: 'object',
        properties: {
          enabled: { title: 'Show notifications', type: 'boolean' },
          thresholds: {
            title: 'Minutes before due, per severity (default 60 and 15)',
            type: 'object',
            properties: Object.fromEntries(['sev1', 'sev2', 'other'].map((k) => [k, { type: 'array', items: { type: 'integer' } }])),
          },
          atBreach: { title: 'Also notify at breach', type: 'boolean' },
          quietHours: { title: 'Quiet hours (HH:MM, browser zone)', type: 'object', properties: { start: { type: 'string' }, end: { type: 'string' } } },
          watchHours: { title: 'Hours a seen ticket stays watched (default 24)', type: 'integer' },
          watchLimit: { title: 'Most tickets watched (default 500)', type: 'integer' },
        },
      },
      lockLocalChanges: { title: 'Lock local changes', description: 'When true, users cannot change any setting locally.', type: 'boolean' },
    },
  };
}
