/**
 * Reading the Zendesk agent pages themselves: the ticket page (fallback when the API refuses) and the
 * rows of a ticket view, where list badges are mounted.
 */
import { deepQueryAlternatives, deepQueryFirst } from '../dom/deep-query';
import { controlValue, visibleText } from '../dom/dom-text';
import {
  ZD_ROW_BADGE_ANCHOR,
  ZD_ROW_ID_CELL,
  ZD_ROW_TICKET_LINK,
  ZD_TICKET_ID_HOLDER,
  ZD_TICKET_ORGANIZATION,
  ZD_TICKET_PRIORITY,
  ZD_TICKET_ROW,
  ZD_TICKET_SECTION,
  ZD_TICKET_SUBJECT,
} from './selectors';
import type { PageMatch, RawTicket } from '../page-data';

/** Attribute (on ZD_TICKET_ID_HOLDER) carrying the ticket id of a ticket tab. */
export const ZENDESK_TICKET_ID_ATTRIBUTE = 'data-side-conversations-anchor-id';

/** `tickets/123`, `/agent/tickets/123`, `https://x.zendesk.com/agent/tickets/123?…` → '123'. */
const TICKET_HREF = /(?:^|\/)tickets\/([0-9]+)(?:[/?#]|$)/;
/** `#123` / `123` in the ID column. */
const ID_CELL_TEXT = /^#?\s*([0-9]+)$/;

export interface ZendeskPageTicket {
  /** What the page shows: `priority` is the displayed (possibly localised) label, e.g. "Urgent". */
  ticket: RawTicket<'zendesk'>;
  organizationName: string | null;
}

/**
 * The ticket tab of `ticketId`. Several tabs can be mounted at once, so a tab is used when it says it
 * is this ticket, or when it is the only tab and names no ticket at all; a lone tab naming ANOTHER
 * ticket (e.g. mid-navigation) is not. Without tab markup the whole root is the tab.
 */
function ticketScope(root: ParentNode, ticketId: string | null): ParentNode | null {
  const sections = deepQueryAlternatives(root, ZD_TICKET_SECTION);
  if (sections.length === 0) return root;
  const claims = (section: Element): string[] => deepQueryAlternatives(section, ZD_TICKET_ID_HOLDER).map((h) => h.getAttribute(ZENDESK_TICKET_ID_ATTRIBUTE) ?? '');
  if (ticketId !== null) {
    const own = sections.find((section) => claims(section).includes(ticketId));
    if (own) return own;
  }
  const only = sections.length === 1 ? sections[0] : undefined;
  return only && claims(only).length === 0 ? only : null;
}

function textOf(el: Element | null): string | null {
  if (!el) return null;
  const text = controlValue(el) ?? visibleText(el);
  return text === '' ? null : text;
}

/**
 * Subject, displayed priority and organization name of the ticket page, or null when `page` (the caller's one
 * match of the URL, custom domains included) is not a ticket page or the tab is not rendered.
 */
export function readZendeskTicketFromPage(root: ParentNode, page: PageMatch): ZendeskPageTicket | null {
  if (page.tool !== 'zendesk' || page.kind !== 'ticket' || page.recordId === null) return null;
  const scope = ticketScope(root, page.recordId);
  if (!scope) return null;

  const subjectEl = deepQueryFirst(scope, ZD_TICKET_SUBJECT);
  if (!subjectEl) return null;
  return {
    ticket: {
      tool: 'zendesk',
      ticketId: page.recordId,
      subject: textOf(subjectEl),
      priority: textOf(deepQueryFirst(scope, ZD_TICKET_PRIORITY)),
      severityField: null,
      status: null,
      createdAt: null,
      firstResponseAt: null,
      resolvedAt: null,
      organizationId: null,
    },
    organizationName: textOf(deepQueryFirst(scope, ZD_TICKET_ORGANIZATION)),
  };
}

/**
 * Where the ticket-page badge mounts: the container of the subject field in the ticket header
 * (append the badge to it). With `ticketId`, only that ticket's tab is considered.
 */
export function zendeskTicketHeaderAnchor(root: ParentNode, ticketId: string | null = null): Element | null {
  const scope = ticketScope(root, ticketId);
  if (!scope) return null;
  return deepQueryFirst(scope, ZD_TICKET_SUBJECT)?.parentElement ?? null;
}

/** Ticket id a row links to: the ticket link's href, else the ID column. Null for rows that are not tickets (e.g. group headers). */
export function zendeskRowTicketId(row: Element): string | null {
  // The usual case first, with one selector match instead of listing every link: a view is read at every change
  // of the page, a thousand rows at a time.
  const first = TICKET_HREF.exec(row.querySelector(ZD_ROW_TICKET_LINK[0])?.getAttribute('href') ?? '')?.[1];
  if (first) return first;
  for (const selector of ZD_ROW_TICKET_LINK) {
    for (const link of Array.from(row.querySelectorAll(selector))) {
      const id = TICKET_HREF.exec(link.getAttribute('href') ?? '')?.[1];
      if (id) return id;
    }
  }
  for (const selector of ZD_ROW_ID_CELL) {
    const cell = row.querySelector(selector);
    const id = cell ? ID_CELL_TEXT.exec(visibleText(cell))?.[1] : undefined;
    if (id) return id;
  }
  return null;
}

/**
 * The ticket rows of the ticket tables on the page, in table order, each with its ticket id (leaving out the rows
 * `skip` names, e.g. those read already). Zendesk's agent UI is
 * light DOM (./selectors.ts), so this is one `querySelectorAll`, not a walk into shadow roots: it runs at
 * every change of a view of up to a thousand rows, where the deep walk over every element of the page cost ~35 ms.
 */
export function readZendeskListRows(root: ParentNode, skip?: (row: Element) => boolean): Array<{ ticketId: string; row: Element }> {
  const rows: Array<{ ticketId: string; row: Element }> = [];
  let found: Element[] = [];
  for (const selector of ZD_TICKET_ROW) {
    found = Array.from(root.querySelectorAll(selector));
    if (found.length > 0) break;
  }
  for (const row of found) {
    if (skip?.(row)) continue;
    const ticketId = zendeskRowTicketId(row);
    if (ticketId !== null) rows.push({ ticketId, row });
  }
  return rows;
}

/** The element inside `row` that a list badge goes in (the host is prepended, before the row's text). */
export function zendeskRowBadgeAnchor(row: Element): Element | null {
  for (const selector of ZD_ROW_BADGE_ANCHOR) {
    const cell = row.querySelector(selector);
    if (cell) return cell;
  }
  return null;
}
