/** Zendesk's hosts and the agent pages Lens reads (pure: `(url) => match`, tested by test/sites/zendesk/url-table.ts). */
import type { PageRoute } from '../page-data';

/**
 * Zendesk Support agent hosts: `{subdomain}.zendesk.com` (one label: account subdomains have no dots).
 * Host-mapped custom domains serve the help center, not the agent interface, so they are not matched.
 */
export const ZENDESK_HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.zendesk\.com$/;
/** Ticket page in the agent interface: `/agent/tickets/{id}`. */
const ZENDESK_TICKET_PATH = /^\/agent\/tickets\/([0-9]+)\/?$/;
/** A ticket view: `/agent/filters/{viewId}`. */
const ZENDESK_VIEW_PATH = /^\/agent\/filters\/([0-9]+)\/?$/;
/**
 * The agent Home dashboard: "In the main window of the dashboard is a view of tickets requiring
 * your attention" — a table of tickets (https://support.zendesk.com/hc/en-us/articles/4408882039450).
 */
const ZENDESK_DASHBOARD_PATH = /^\/agent\/dashboard\/?$/;

/** The manifest's match patterns for ZENDESK_HOST (content scripts, and host permissions: the background reads its API). */
export const ZENDESK_HOST_PATTERNS = ['https://*.zendesk.com/*'] as const;

export const ZENDESK_PAGES: readonly PageRoute[] = [
  { kind: 'ticket', path: ZENDESK_TICKET_PATH },
  { kind: 'ticket-list', path: ZENDESK_VIEW_PATH },
  { kind: 'ticket-list', path: ZENDESK_DASHBOARD_PATH, id: () => null },
];
