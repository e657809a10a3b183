/**
 * Where the ticket badges go on Freshdesk's agent pages, and which tickets the page shows: the ticket page's subject
 * heading, and the rows of a ticket list with their subject links. Nothing else is read from the page: the tickets
 * come from the API (./client.ts; next-tools-and-anchors.md §2c, rule 1 of Part 2). Pure DOM reading.
 */
import { lightThenDeep } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import { composedAncestors, isShown } from '../dom/shown';
import type { PageMatch, TicketPlace, TicketRow } from '../page-data';
import { FD_LIST_CARD, FD_LIST_ROW, FD_NOT_A_LIST, FD_TICKET_ID_HOLDER, FD_TICKET_LINK, FD_TICKET_SUBJECT } from './selectors';

/**
 * A link to a ticket page, relative (`/a/tickets/7001`, how the agent app links) or absolute on some host: the id. Not
 * `/a/tickets/new`, `/a/tickets/filters/…` (no digits), nor `/support/tickets/7001` (the customer portal).
 */
const TICKET_HREF = /^(?:https:\/\/[^/?#]+)?\/a\/tickets\/([0-9]+)(?:[/?#]|$)/;
/** The ticket page itself, not one of its sub-routes: the link a row's subject is. */
const TICKET_PAGE_HREF = /^(?:https:\/\/[^/?#]+)?\/a\/tickets\/[0-9]+\/?(?:[?#]|$)/;
/** A ticket number as shown: `7001`, `#7001`. */
const TICKET_NUMBER = /^#?\s*([0-9]+)$/;

const ROW = FD_LIST_ROW.join(', ');
const CARD = FD_LIST_CARD.join(', ');
const NOT_A_LIST = FD_NOT_A_LIST.join(', ');

/**
 * The ticket page's badge place: the subject heading of the ticket shown, with the page's ticket id; null while it has
 * not rendered, or when which heading shows this ticket cannot be told. Ember may keep the pages an agent left mounted
 * (inferred, Low: not in §2c; what Lightning does with its cached pages), so only shown headings count: the
 * one whose ticket number (FD_TICKET_ID_HOLDER, in its own part of the page) is this ticket's; else the only one shown,
 * if it names no other ticket (right after the URL changed, the previous ticket's page may still be the one shown).
 * Never a hidden one, and never a guess between several: either could show another customer's SLA.
 * @example readFreshdeskTicketPage(document, { tool: 'freshdesk', kind: 'ticket', recordId: '7001' })?.anchor.className // 'ticket-subject-heading'
 */
export function readFreshdeskTicketPage(root: ParentNode, page: PageMatch<'freshdesk'>): TicketPlace<'freshdesk'> | null {
  if (page.tool !== 'freshdesk' || page.kind !== 'ticket' || page.recordId === null) return null;
  const headings = lightThenDeep(root, FD_TICKET_SUBJECT);
  const holders = lightThenDeep(root, FD_TICKET_ID_HOLDER);
  const known = new Map<Element, boolean>();
  const shown = headings.filter((heading) => isShown(heading, { known }));
  const claims = (heading: Element): string[] => {
    const own = ownSubtree(heading, headings);
    return holders.flatMap((holder) => {
      const id = own.contains(holder) && isShown(holder, { known }) ? TICKET_NUMBER.exec(visibleText(holder))?.[1] : undefined;
      return id ? [id] : [];
    });
  };
  const own = shown.find((heading) => claims(heading).includes(page.recordId!));
  if (own) return { anchor: own, ticketId: page.recordId };
  const only = shown.length === 1 ? shown[0]! : null;
  return only && claims(only).length === 0 ? { anchor: only, ticketId: page.recordId } : null;
}

/**
 * The largest part of the page around `el` holding no other of `all`: the page of one ticket, whatever Ember's
 * wrappers are called. With one heading, the whole document.
 */
function ownSubtree(el: Element, all: readonly Element[]): Element {
  const chain = composedAncestors(el).reverse(); // outermost first, `el` last
  let depth = 0;
  for (const other of all) {
    if (other === el) continue;
    const theirs = composedAncestors(other).reverse();
    let shared = 0;
    while (shared < chain.length && chain[shared] === theirs[shared]) shared++;
    depth = Math.max(depth, shared);
  }
  return chain[Math.min(depth, chain.length - 1)]!;
}

/**
 * The ticket rows of a Freshdesk ticket list, in page order: every shown row holding links to one ticket's page, once
 * per ticket, leaving out those `skip` names. §2c gives no list markup, so a row is found from its link
 * (FD_TICKET_LINK): its table row (`tr`, `[role="row"]`) if that holds only this ticket's links (else none), or its
 * `li` holding only this ticket's links, else (cards of plain `div`s) the link's highest ancestor holding no other
 * ticket's link. Links in the navigation, menus, dialogs and the dropdown portal (FD_NOT_A_LIST) are no rows, nor are
 * rows on a list page Ember keeps mounted but hidden.
 *
 * `anchor` is the parent of the row's subject link (the link itself in a row that is nothing but the link): the board
 * puts the badge's host first in its anchor (lib/overlay/badges/board.ts), so it sits right before the subject,
 * outside the link (inside it, a click on the badge would open the ticket), and the subject keeps the rest of its cell
 * (host.css sizes the host from the cell).
 * @example readFreshdeskListRows(document, { tool: 'freshdesk', kind: 'ticket-list', recordId: 'all_tickets' }).map((r) => r.ticketId) // ['7001', '7002', '7003']
 */
export function readFreshdeskListRows(root: ParentNode, page: PageMatch<'freshdesk'>, skip?: (row: Element) => boolean): TicketRow<'freshdesk'>[] {
  if (page.tool !== 'freshdesk' || page.kind !== 'ticket-list') return [];
  const links: Array<{ link: Element; ticketId: string }> = [];
  for (const link of lightThenDeep(root, FD_TICKET_LINK)) {
    const ticketId = TICKET_HREF.exec(link.getAttribute('href') ?? '')?.[1];
    if (ticketId && !link.closest(NOT_A_LIST)) links.push({ link, ticketId });
  }
  const ticketsUnder = ticketsByAncestor(links, root);
  const rows = new Map<Element, { ticketId: string; links: Element[] } | null>();
  for (const { link, ticketId } of links) {
    const row = rowOf(link, ticketsUnder);
    if (row === null) continue;
    const known = rows.get(row);
    if (known === undefined) rows.set(row, { ticketId, links: [link] });
    else if (known !== null && known.ticketId === ticketId) known.links.push(link);
    else rows.set(row, null); // two tickets' links in one row: not one ticket's row
  }
  const seen = new Set<string>();
  const visibility = new Map<Element, boolean>();
  const found: TicketRow<'freshdesk'>[] = [];
  for (const [row, entry] of rows) {
    if (entry === null || seen.has(entry.ticketId) || skip?.(row) || !isShown(row, { known: visibility })) continue;
    seen.add(entry.ticketId);
    const subject = subjectLink(entry.links);
    // A row that is the link itself (bare links side by side) has no place before it of its own: the badge goes at
    // the start of the link rather than in the container the other rows share.
    const parent = subject.parentElement;
    found.push({ row, ticketId: entry.ticketId, anchor: parent && row !== subject ? parent : subject });
  }
  return found;
}

/**
 * For every ancestor of the ticket links (up to `root`), the tickets linked inside it: one pass over the links and
 * their ancestors, instead of a query inside each candidate row.
 */
function ticketsByAncestor(links: ReadonlyArray<{ link: Element; ticketId: string }>, root: ParentNode): Map<Element, Set<string>> {
  const under = new Map<Element, Set<string>>();
  for (const { link, ticketId } of links) {
    for (let el: Element | null = link; el && el !== root; el = el.parentElement) {
      let ids = under.get(el);
      if (!ids) under.set(el, (ids = new Set()));
      else if (ids.has(ticketId)) break; // this ancestor and those above it have it already
      ids.add(ticketId);
    }
  }
  return under;
}

/**
 * The row of `link`: its table row (FD_LIST_ROW) when it sits in one, if that row holds this one ticket's links (null
 * when it holds several tickets': whose row it is cannot be told); else its list item (FD_LIST_CARD) holding one
 * ticket only; else its highest ancestor holding one ticket only (a card of plain `div`s).
 */
function rowOf(link: Element, ticketsUnder: Map<Element, Set<string>>): Element | null {
  const single = (el: Element | null): el is Element => el !== null && ticketsUnder.get(el)?.size === 1;
  const tableRow = link.closest(ROW);
  if (tableRow) return single(tableRow) ? tableRow : null;
  const card = link.closest(CARD);
  if (single(card)) return card;
  let row = link;
  for (let parent = link.parentElement; single(parent) && !isPageRoot(parent); parent = parent.parentElement) row = parent;
  return row;
}

/** `body` and `html` are never a row, even on a list of one ticket. */
const isPageRoot = (el: Element): boolean => el.localName === 'body' || el.localName === 'html';

/** The subject among a row's links to its ticket: a link to the ticket page whose text is not the bare number, else the first. */
function subjectLink(links: readonly Element[]): Element {
  return (
    links.find((link) => {
      const text = visibleText(link);
      return TICKET_PAGE_HREF.test(link.getAttribute('href') ?? '') && text !== '' && !TICKET_NUMBER.test(text);
    }) ?? links[0]!
  );
}
