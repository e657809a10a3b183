/**
 * The attributes a CRM record or directory row can carry, flat: what a field mapping maps labels to. Kept apart from
 * ./account.ts (which builds zod schemas) so content scripts, which carry no zod, can name them.
 */
export const ACCOUNT_ATTRIBUTES = [
  'id',
  'name',
  'domain',
  'segment',
  'arr',
  'deployment',
  'kubernetes',
  'externalServices',
  'packages',
  'implementationStart',
  'implementationEnd',
  'implementationExempt',
  'slackOptOut',
  'renewalDate',
  'tier',
  'slaTargets',
] as const;
export type AccountAttribute = (typeof ACCOUNT_ATTRIBUTES)[number];
/** The attributes a record in a CRM or ticketing tool can carry as fields: all but its id (the record's own) and custom SLA targets (JSON, directory only). */
export const RECORD_ATTRIBUTES: readonly AccountAttribute[] = ACCOUNT_ATTRIBUTES.filter((a) => a !== 'id' && a !== 'slaTargets');
export type RawAccountFields = Partial<Record<AccountAttribute, unknown>>;

/**
 * The fields of a ticket Lens reads off a CRM page (a Salesforce Case, a HubSpot ticket): what a ticket field mapping
 * (./ticket-fields.ts) maps a tool's property names and labels to. `number` is what agents call the ticket (Salesforce's
 * Case Number); `opened` is when it was opened; `account` is the field linking its customer's account.
 */
export const TICKET_FIELDS = ['number', 'subject', 'priority', 'status', 'opened', 'account', 'entitlement'] as const;
export type TicketField = (typeof TICKET_FIELDS)[number];
