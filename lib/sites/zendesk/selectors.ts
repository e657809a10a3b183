/**
 * Zendesk Support agent interface (Agent Workspace): ticket page `/agent/tickets/{id}` and ticket
 * views `/agent/filters/{id}`.
 *
 * The agent UI is React on Zendesk Garden (https://garden.zendesk.com/); its stable surface is
 * `data-garden-id` (Garden component names, e.g. `tables.row`) and Zendesk's `data-test-id` hooks.
 * Hook names are those public Zendesk userscripts/extensions rely on, e.g. https://greasyfork.org/scripts/377063
 * (`section.ticket … input[data-test-id="omni-header-subject"]`, `data-side-conversations-anchor-id` =
 * ticket id) and view scripts reading `tr[data-test-id="generic-table-row"]`,
 * `td[data-test-id="ticket-table-cells-subject"] a[href="tickets/{id}"]`, `generic-table-cells-id`.
 * Views and the dashboard's ticket table: https://support.zendesk.com/hc/en-us/articles/4408882039450
 *
 * Zendesk is light DOM; selectors may use combinators.
 */

/** One open ticket tab. Agent Workspace keeps every open ticket tab mounted; hidden ones stay in the DOM. */
export const ZD_TICKET_SECTION = [
  'section.ticket', // Agent Workspace ticket tab
] as const;

/** Element of a ticket tab that names its ticket id (see ZENDESK_TICKET_ID_ATTRIBUTE in ./read-page.ts). */
export const ZD_TICKET_ID_HOLDER = [
  '[data-side-conversations-anchor-id]', // the tab's conversation pane (side conversations anchor)
] as const;

/** The ticket subject, an editable text input in the ticket header. */
export const ZD_TICKET_SUBJECT = [
  'input[data-test-id="omni-header-subject"]', // Agent Workspace ("omnichannel") header
] as const;

/** The displayed priority in the ticket properties panel. */
export const ZD_TICKET_PRIORITY = [
  '[data-test-id="ticket-fields-priority-select"] [data-garden-id="dropdowns.combobox.value"]', // Garden combobox (current)
  '[data-test-id="ticket-fields-priority"] button', // Garden select-button dropdown (older)
] as const;

/** The requester's organization shown with the ticket. */
export const ZD_TICKET_ORGANIZATION = [
  '[data-test-id="ticket-system-field-organization-value"]', // organization field of the ticket properties panel
  '[data-test-id="customer-context-organization"]', // customer context panel
] as const;

/** A ticket table (views, dashboard). */
export const ZD_TICKET_TABLE = [
  'table[data-test-id="generic-table"]', // Garden table in views
] as const;

/** One ticket row of a ticket table. */
export const ZD_TICKET_ROW = [
  'tr[data-test-id="generic-table-row"]', // Garden `tables.row` in views
] as const;

/** Link to the ticket inside a row (href `tickets/{id}` relative to /agent/, or `/agent/tickets/{id}`). */
export const ZD_ROW_TICKET_LINK = [
  '[data-test-id="ticket-table-cells-subject"] a[href]', // subject cell link
  'a[href*="tickets/"]', // any ticket link in the row (subject column hidden)
] as const;

/** The ID column cell (`#1234`), present when the view shows the ID column. */
export const ZD_ROW_ID_CELL = [
  '[data-test-id="generic-table-cells-id"]', // Garden table ID column (views)
] as const;

/** Where a row's badge goes: the subject cell, else the first cell. */
export const ZD_ROW_BADGE_ANCHOR = [
  'td[data-test-id="ticket-table-cells-subject"]', // subject cell
  'td', // any cell (subject column hidden)
] as const;
