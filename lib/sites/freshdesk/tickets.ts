/** Freshdesk's ticket adapter: where the badges go on its ticket page and lists; the tickets come from its API. */
import type { TicketAdapter } from '../page-data';
import { FRESHDESK_LIST_PAGE_SIZE } from './api';
import { FRESHDESK_CLIENT } from './client';
import { readFreshdeskListRows, readFreshdeskTicketPage } from './read-page';

export const FRESHDESK_TICKETS: TicketAdapter<'freshdesk'> = {
  // Read through the API, by the content script itself (`client`), with the agent's session on the agent app's origin.
  source: 'api',
  // Freshdesk's own word.
  noun: 'Ticket',
  // A batch is one list request of at most 100 tickets (./api.ts): the rows of one page of the list.
  batchSize: FRESHDESK_LIST_PAGE_SIZE,
  // The agent app's ticket route (./urls.ts FRESHDESK_TICKET_PATH).
  ticketUrl: (id, seenOn) => `${seenOn.origin}/a/tickets/${encodeURIComponent(id)}`,
  client: FRESHDESK_CLIENT,
  // No `ticket` read from the page: the ticket's values come from the API (next-tools-and-anchors.md §2c, rule 1).
  ticketPage: (root, page) => readFreshdeskTicketPage(root, page),
  listRows: (root, page, skip) => readFreshdeskListRows(root, page, skip),
};
