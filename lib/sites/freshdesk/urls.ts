/** Freshdesk's hosts and the agent pages Lens reads (pure: `(url) => match`, tested by test/sites/freshdesk/url-table.ts). */
import type { PageRoute } from '../page-data';

/**
 * Freshdesk helpdesk hosts: `{subdomain}.freshdesk.com`, one label (next-tools-and-anchors.md §2c URLs: the ticket
 * URL `https://([a-z0-9-]+)\.freshdesk\.com/a/tickets/(\d+)`, High). A helpdesk on its own domain (a CNAME, §2c
 * "Custom helpdesk domains", Medium) is a custom domain the admin assigns to Freshdesk: the registry matches it by path.
 */
export const FRESHDESK_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.freshdesk\.com$/;

/**
 * A ticket in the agent app: `/a/tickets/{id}` (§2c, High: toggl track-extension and userscripts). Its tabs are query
 * parameters (`?current_tab=details`, §2c), which the registry never reads. Not `/a/tickets/{id}/edit`: that is a form
 * of the ticket's fields, without the subject heading the badge goes beside, and a different Ember route from the
 * ticket page (`helpdesk.tickets.show`, §2c Medium); the ticket page is one click away. Not `/a/tickets/new`.
 */
const FRESHDESK_TICKET_PATH = /^\/a\/tickets\/([0-9]+)\/?$/;

/**
 * A ticket list: `/a/tickets/filters/{view}` (§2c "Ticket list / filter", Medium), a built-in view's slug
 * (`all_tickets`, `new_and_my_open`, `unresolved`) or a saved view's numeric id (`/a/tickets/filters/5000319518`
 * in public links). Only the ids Freshdesk makes (lower-case letters, digits, `_`), since the list is read by asking
 * for the same view (./api.ts, which refuses anything else in a URL). Not `filters/search`: an ad-hoc filtered list,
 * whose conditions are in its query (`?q[]=…&ref=…` in public links) and are not a view the API can be asked for.
 */
const FRESHDESK_VIEW_PATH = /^\/a\/tickets\/filters\/(?!search\/?$)([a-z0-9_]{1,64})\/?$/;

/** The ticket list without a view in its path: the agent app's default list. */
const FRESHDESK_DEFAULT_LIST_PATH = /^\/a\/tickets\/?$/;

/** The manifest's match patterns for FRESHDESK_HOST (host permissions: none, the content script reads the API). */
export const FRESHDESK_HOST_PATTERNS = ['https://*.freshdesk.com/*'] as const;

/**
 * Where the ticket badges run: the agent app, `/a/…`; not the customer portal (`/support/…`), which shows customers
 * their own tickets. No narrower: the agent app is a single-page app, and a content script injected only on
 * `/a/tickets/*` would never run in a tab opened on the dashboard (`/a/dashboard/default`) that the agent then moves
 * to a ticket from, in the app, without a page load.
 */
export const FRESHDESK_CONTENT_PATTERNS = ['https://*.freshdesk.com/a/*'] as const;

export const FRESHDESK_PAGES: readonly PageRoute[] = [
  { kind: 'ticket', path: FRESHDESK_TICKET_PATH },
  { kind: 'ticket-list', path: FRESHDESK_VIEW_PATH },
  { kind: 'ticket-list', path: FRESHDESK_DEFAULT_LIST_PATH, id: () => null },
];
