/**
 * Freshdesk's agent app: the ticket page `/a/tickets/{id}` and ticket lists `/a/tickets/filters/{view}`.
 *
 * The current agent UI ("mint", 2018 on) is an Ember app: its class names mix Freshdesk's BEM-like names (the hooks
 * below) with generated ones (`ember123` ids, hashed module classes), and it may keep a page the agent left mounted
 * but hidden (inferred, Low). Hooks and confidence are those of ../shared/research/next-tools-and-anchors.md §2c
 * "DOM hooks" (toggl track-extension `src/content/freshdesk.js`, Medium; a public code sample, Medium; the legacy UI,
 * Low). Freshdesk documents none of them (rule 1 of Part 2, before §2a): the tickets themselves come from the API
 * (./api.ts); the page gives only ticket ids and the badges' places. Light DOM: selectors may use combinators.
 */

/**
 * The ticket's subject heading: the ticket page's badge goes at its end. The legacy UI served tickets at
 * `/helpdesk/tickets/{id}` (my recollection, Low), which is not routed: its alternatives serve only a legacy page
 * drawn under `/a/`.
 */
export const FD_TICKET_SUBJECT = [
  '.ticket-subject-heading', // mint UI (§2c, Medium: toggl track-extension, and public userscripts reading it the same way)
  '#Pagearea h2.subject', // legacy UI (§2c, Low: old)
] as const;

/**
 * What names the shown ticket's number: the breadcrumb's last item (`7001` or `#7001`) in the mint UI, read with
 * the subject heading by toggl track-extension as the ticket number (§2c, Medium); `#ticket-display-id` in the legacy
 * UI (§2c, Low). How a ticket page tells it is this ticket's and not the previous one's (./read-page.ts).
 */
export const FD_TICKET_ID_HOLDER = [
  '.breadcrumb__item.active', // mint UI (§2c, Medium)
  '#ticket-display-id', // legacy UI (§2c, Low)
] as const;

/**
 * The ticket page's right-hand properties panel (priority, status, group, agent: §2c, Medium, a public code sample).
 * Not read: the ticket's values come from the API. Kept, with its fixture rows, as the place a read of the displayed
 * priority would use if a tenant refuses the agent session on the API (§2c open question 4).
 */
export const FD_TICKET_PROPERTIES = [
  '.__module-tickets__ticket-details__properties', // mint UI (§2c, Medium)
] as const;

/**
 * A link to a ticket, in a list row. §2c gives no list-row hooks: a row is found by its link to the ticket, whose URL
 * form `/a/tickets/{id}` is High (§2c URLs); that the list's rows carry such links (absolute or relative) is inferred
 * (Low) and must be checked on a live tenant. ./read-page.ts keeps only `/a/tickets/{digits}` (not `new`, not
 * `filters/…`).
 */
export const FD_TICKET_LINK = [
  'a[href*="/a/tickets/"]', // any ticket link (URL form: §2c, High; its place in a row: inferred, Low)
] as const;

/**
 * A table row a ticket link sits in (inferred, Low: §2c has no list markup). A table row is one row: holding one
 * ticket's links it is that ticket's row, holding several tickets' links it is no one ticket's (./read-page.ts).
 */
export const FD_LIST_ROW = [
  'tr', // table view (inferred)
  '[role="row"]', // a grid drawn with ARIA roles (inferred)
] as const;

/**
 * A list item a ticket link sits in, the card of a card view when it holds that one ticket's links only (inferred,
 * Low). Otherwise (a list item around the whole list, cards of plain `div`s) the row is the link's highest ancestor
 * holding no other ticket's link (./read-page.ts).
 */
export const FD_LIST_CARD = [
  'li', // a list of cards (inferred)
] as const;

/**
 * Parts of the page that are not the ticket list, though they may hold ticket links: the dropdown portal where Ember
 * renders menus and popovers (§2c, Low–Medium), navigation, menus and dialogs (ARIA roles, High for the roles; their
 * use here inferred). Joined in code.
 */
export const FD_NOT_A_LIST = [
  '#ember-basic-dropdown-wormhole', // ember-basic-dropdown's portal (§2c, Low–Medium)
  'nav, [role="navigation"]', // the app's left navigation, breadcrumbs
  '[role="menu"], [role="listbox"]', // menus, search suggestions
  '[role="dialog"]', // modals, quick views
] as const;
