/**
 * Single-page apps change the URL before the next ticket's DOM arrives (the Service Console swaps its workspace after
 * the URL; HubSpot re-renders the record after it), and the readers take the ticket's id from the URL. So for a moment a
 * read for ticket B is ticket A's DOM: the same place showing the same values. Such a read is refused, as
 * `isLeftover` (./read-account.ts) refuses an account's. Every reader of a ticket page in a content script (the badges,
 * the sidebar, the popup's answer) records its reads in `LAST_TICKET_READ`.
 */
import type { TicketPlace } from '../sites/page-data';
import type { TicketFieldMapping } from '../parse/ticket-fields';
import type { PageMatch, RawPageTicket, TicketAdapter, Tool } from '../sites/types';

export interface LastTicketRead {
  ticketId: string;
  /** Held weakly: a closed workspace's DOM is not kept alive for this. */
  anchor: WeakRef<Element>;
  shown: string;
}

/** What a ticket page shows, without the id the URL gave it. */
/** The last ticket page read in this content script (badges, sidebar and the popup's answer alike: the same DOM). */
export const LAST_TICKET_READ: { current: LastTicketRead | null } = { current: null };

const shownOf = (ticket: RawPageTicket | undefined): string => JSON.stringify({ ...ticket, ticketId: null });

/**
 * Whether a read of `ticketId` at `anchor` showing `ticket` is the previous ticket's DOM; when it is not, `last` is
 * updated to it. A read that shows no ticket (an API tool's place) is never refused.
 * @example if (isLeftoverTicket(last, place.ticketId, place.anchor, place.ticket)) return null;
 */
export function isLeftoverTicket(last: { current: LastTicketRead | null }, ticketId: string, anchor: Element, ticket: RawPageTicket | undefined): boolean {
  if (!ticket) return false;
  const shown = shownOf(ticket);
  const previous = last.current;
  if (previous && previous.ticketId !== ticketId && previous.anchor.deref() === anchor && previous.shown === shown) return true;
  last.current = { ticketId, anchor: new WeakRef(anchor), shown };
  return false;
}

/**
 * The ticket page's place as `adapter` reads it now, for the ticket `page` names: null while the page has not rendered
 * it, or still shows the previous ticket under this URL. The one read the badges, the sidebar and the popup's answer
 * all make.
 * @example shownTicketPlace(toolById(match.tool)?.tickets, match, new URL(location.href), fields)?.ticket?.account
 */
export function shownTicketPlace(adapter: TicketAdapter | undefined, page: PageMatch, url: URL, fields?: TicketFieldMapping): TicketPlace<Tool> | null {
  const place = adapter?.ticketPage(document, page, url, fields);
  if (!place || place.ticketId !== page.recordId) return null;
  return isLeftoverTicket(LAST_TICKET_READ, place.ticketId, place.anchor, place.ticket) ? null : place;
}
