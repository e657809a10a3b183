/** Zendesk's ticket adapter: where the badges go on its ticket page and view rows; the tickets come from its API. */
import type { RawPageTicket, TicketAdapter } from '../page-data';
import { ZENDESK_SHOW_MANY_LIMIT } from './api';
import { ZENDESK_CLIENT } from './client';
import { readZendeskListRows, readZendeskTicketFromPage, zendeskRowBadgeAnchor, zendeskTicketHeaderAnchor } from './read-page';
import { ZD_ROW_BADGE_ANCHOR, ZD_TICKET_ROW } from './selectors';

export const ZENDESK_TICKETS: TicketAdapter<'zendesk'> = {
  // The Support API, read by the page's content script with the agent's session, a batch of 100 a request (./client.ts).
  source: 'api',
  client: ZENDESK_CLIENT,
  noun: 'Ticket',
  batchSize: ZENDESK_SHOW_MANY_LIMIT,
  // The agent workspace's ticket route (./urls.ts ZENDESK_TICKET_PATH).
  ticketUrl: (id, seenOn) => `${seenOn.origin}/agent/tickets/${encodeURIComponent(id)}`,
  ticketPage(root, page) {
    if (page.tool !== 'zendesk' || page.kind !== 'ticket' || page.recordId === null) return null;
    const anchor = zendeskTicketHeaderAnchor(root, page.recordId);
    if (!anchor) return null;
    // What the page shows: the badge's fallback when the API refuses (severity from the displayed priority).
    const read = readZendeskTicketFromPage(root, page);
    const ticket: RawPageTicket<'zendesk'> | undefined = read
      ? {
          tool: 'zendesk',
          ticketId: read.ticket.ticketId,
          label: null,
          subject: read.ticket.subject,
          priority: read.ticket.priority,
          status: null,
          opened: null,
          account: null,
          entitlement: null,
          toolDue: [],
          missing: [],
        }
      : undefined;
    return { anchor, ticketId: page.recordId, ticket };
  },
  // A view row's subject cell (the first badge place of ./selectors.ts): host.css gives it the badge's room.
  rowSlot: `${ZD_TICKET_ROW[0]} ${ZD_ROW_BADGE_ANCHOR[0]}`,
  listRows: (root, _page, skip) =>
    readZendeskListRows(root, skip).flatMap(({ ticketId, row }) => {
      const anchor = zendeskRowBadgeAnchor(row);
      return anchor ? [{ anchor, ticketId, row }] : [];
    }),
};
