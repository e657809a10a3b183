/**
 * What the site adapters hand to the rest of the extension. Adapters read; they never interpret:
 * every value is the raw text the page (or API) showed, keyed by the raw label (or API key).
 */

export type Tool = 'salesforce' | 'hubspot' | 'zendesk';
export type PageKind = 'account' | 'ticket' | 'ticket-list';
/**
 * What an adapter read from a page, nothing interpreted yet: `fields` is visible label → raw text; `names` is the
 * same values keyed by the CRM's own property name (HubSpot internal name such as `segment`, Salesforce API name
 * such as `Segment__c`), which unlike a label does not change with the portal's language or an admin's renaming.
 * `names` holds only the properties whose name the page shows (a Salesforce item without
 * `data-target-selection-name` is in `fields` only). It is absent where the source has no second key: Zendesk
 * organizations come from the API and their `fields` are keyed by field key already.
 */
export interface RawRecord {
  tool: Tool;
  kind: 'account';
  recordId: string;
  url: string;
  name: string | null;
  fields: Record<string, string>;
  names?: Record<string, string>;
}
export interface RawTicketRef { tool: Tool; ticketId: string; }
export interface PageMatch { tool: Tool; kind: PageKind; recordId: string | null; }

/**
 * One Zendesk ticket as read from the Support API (or, degraded, from the ticket page).
 * Timestamps are the API's ISO-8601 strings; `priority`/`status` are the API values
 * (`urgent`/`high`/`normal`/`low`, `new`/`open`/…) or, from the page, the displayed text.
 */
export interface RawTicket {
  tool: 'zendesk';
  ticketId: string;
  subject: string | null;
  priority: string | null;
  /** Value of the custom ticket field the account configured as "severity", if any. */
  severityField: string | null;
  status: string | null;
  createdAt: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  organizationId: string | null;
}
