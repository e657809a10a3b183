/**
 * Freshdesk: URLs it must read and URLs it must not, with what the registry's `matchPage` says of each. Real URL shapes
 * from ../shared/research/next-tools-and-anchors.md §2c (cited in lib/sites/freshdesk/urls.ts) and public links to
 * Freshdesk views (`/a/tickets/filters/all_tickets`, `/a/tickets/filters/5000319518`,
 * `/a/tickets/filters/search?orderBy=…&q[]=…&ref=…`). test/sites/registry.test.ts runs every tool's table and checks
 * that each tool rejects the URLs every other tool accepts.
 */
import type { UrlTable } from '../url-table';

const ft = (recordId: string) => ({ tool: 'freshdesk', kind: 'ticket', recordId }) as const;
const fl = (recordId: string | null) => ({ tool: 'freshdesk', kind: 'ticket-list', recordId }) as const;

export const URL_TABLE: UrlTable = {
  accept: [
    // Ticket pages of the agent app.
    ['https://acme.freshdesk.com/a/tickets/7001', ft('7001')],
    ['https://acme.freshdesk.com/a/tickets/7001/', ft('7001')],
    ['https://acme.freshdesk.com/a/tickets/7001?current_tab=details', ft('7001')], // §2c: the details tab
    ['https://acme-support.freshdesk.com/a/tickets/1', ft('1')],
    ['https://acme.freshdesk.com/a/tickets/77?x=/a/tickets/88#/a/tickets/99', ft('77')], // the id comes from the path, never the query or hash
    // Ticket lists: built-in views, a saved view's numeric id, and the default list.
    ['https://acme.freshdesk.com/a/tickets/filters/all_tickets', fl('all_tickets')],
    ['https://acme.freshdesk.com/a/tickets/filters/new_and_my_open/', fl('new_and_my_open')],
    ['https://acme.freshdesk.com/a/tickets/filters/12000345678', fl('12000345678')],
    ['https://acme.freshdesk.com/a/tickets/filters/unresolved?orderBy=updated_at&orderType=desc&page=2', fl('unresolved')],
    ['https://acme.freshdesk.com/a/tickets', fl(null)],
    ['https://acme.freshdesk.com/a/tickets/', fl(null)],
  ],
  reject: [
    'https://acme.freshdesk.com/a/tickets/new', // new-ticket form
    'https://acme.freshdesk.com/a/tickets/7001/edit', // a form of the ticket's fields, not the ticket page
    'https://acme.freshdesk.com/a/tickets/filters/search?orderBy=created_at&q[]=status%3A%5B0%5D&ref=unresolved', // ad-hoc filters: not a view
    'https://acme.freshdesk.com/a/tickets/filters/All%20Tickets', // no view id Freshdesk makes
    'https://acme.freshdesk.com/a/tickets/filters',
    'https://acme.freshdesk.com/support/tickets/7001', // customer portal
    'https://acme.freshdesk.com/support/tickets',
    'https://acme.freshdesk.com/helpdesk/tickets/7001', // legacy agent path: not matched (the mint app is /a/)
    'https://acme.freshdesk.com/api/v2/tickets/7001',
    'https://acme.freshdesk.com/api/_/tickets?filter=all_tickets',
    'https://acme.freshdesk.com/a/companies/5001',
    'https://acme.freshdesk.com/a/dashboard/default',
    'http://acme.freshdesk.com/a/tickets/7001',
    'https://acme.freshdesk.com:8443/a/tickets/7001',
    'https://freshdesk.com/a/tickets/7001',
    'https://a.b.freshdesk.com/a/tickets/7001',
    'https://acme.freshdesk.com.evil.example/a/tickets/7001',
    'https://evilfreshdesk.com/a/tickets/7001',
    'https://acme.freshservice.com/a/tickets/7001', // Freshworks' other helpdesk
    'https://support.acme.example/a/tickets/7001', // a custom helpdesk domain, until the admin assigns it
  ],
};
