/**
 * Where the badges go on Jira Service Management's agent pages, and which issue each stands for: the issue view's
 * summary heading (the ticket page), a queue's rows, and the issue open beside a queue. Nothing else is read from the
 * page: the issues come from the API (./client.ts; ../shared/research/next-tools-and-anchors.md §2d rule 1).
 */
import type { PageMatch, TicketPlace, TicketRow } from '../page-data';
import { isShown, shownIssueViews } from './issue-view';
import { JSM_QUEUE_ROW, JSM_QUEUE_TABLE, JSM_ROW_CELL, JSM_ROW_ISSUE_LINK, JSM_ROW_SUMMARY_CELL } from './selectors';
import { isJsmIssueKey } from './urls';

/**
 * The issue page's badge place: in the shown summary heading of the issue view whose breadcrumbs name the key in the
 * URL. Null when `page` is not a JSM issue page, while that view has not rendered (callers retry on DOM mutations), or
 * while the only view shown is another issue's (the previous issue, kept mounted during the navigation).
 * @example readJsmIssuePage(document, { tool: 'jsm', kind: 'ticket', recordId: 'SUP-7' })?.anchor.textContent
 */
export function readJsmIssuePage(root: ParentNode, page: PageMatch<'jsm'>): TicketPlace<'jsm'> | null {
  if (page.tool !== 'jsm' || page.kind !== 'ticket' || page.recordId === null) return null;
  const views = shownIssueViews(root).filter((view) => view.key === page.recordId);
  // Two shown views of the same issue: which one the agent sees cannot be told; none is chosen.
  if (views.length !== 1) return null;
  return { anchor: views[0]!.heading, ticketId: page.recordId };
}

const ROW = JSM_QUEUE_ROW.join(', ');
const CELL = JSM_ROW_CELL.join(', ');
const LINK = JSM_ROW_ISSUE_LINK.join(', ');
const SUMMARY_CELL = JSM_ROW_SUMMARY_CELL.join(', ');

/**
 * The queue's rows, one per issue key, in page order, each with its badge's place (the summary cell, where the badge
 * is put before the summary: lib/overlay/badges/board.ts prepends it); then, when an issue is open beside the queue,
 * that issue's view, its badge in its summary heading. `skip` leaves out rows already placed. Only rows of a shown
 * queue table count. Empty when `page` is not a JSM queue.
 * @example readJsmQueueRows(document, { tool: 'jsm', kind: 'ticket-list', recordId: '1' }).map((r) => r.ticketId) // ['SUP-12', …]
 */
export function readJsmQueueRows(root: ParentNode, page: PageMatch<'jsm'>, skip?: (row: Element) => boolean): TicketRow<'jsm'>[] {
  if (page.tool !== 'jsm' || page.kind !== 'ticket-list') return [];
  const rows: TicketRow<'jsm'>[] = [];
  const seen = new Set<string>();
  const tables = queueTables(root);
  for (const table of tables) {
    if (!isShown(table)) continue;
    for (const link of Array.from(table.querySelectorAll(LINK))) {
      const ticketId = linkedKey(link);
      const row = ticketId ? link.closest(ROW) : null;
      if (!ticketId || !row || !table.contains(row) || seen.has(ticketId)) continue;
      seen.add(ticketId);
      if (skip?.(row)) continue;
      rows.push({ row, ticketId, anchor: rowAnchor(row, ticketId, link) });
    }
  }
  // The issue open beside the queue (the URL's `/{KEY}` or `?selectedIssue=KEY`): its key is read from its view.
  // Known limit (inferred, Low): where the queue is a `table`, a table inside that issue view that links issues (in its
  // description) would be read as the queue's too; check on a live tenant which markup the queue has.
  for (const view of shownIssueViews(root, tables)) {
    if (view.key === null || skip?.(view.container)) continue;
    rows.push({ row: view.container, ticketId: view.key, anchor: view.heading });
  }
  return rows;
}

/**
 * The queue's tables: those of the first alternative (./selectors.ts) that hold an issue link, outermost only. A table
 * without one is no queue (an open issue's description may hold a table), and does not bound the issue view.
 */
function queueTables(root: ParentNode): Element[] {
  for (const selector of JSM_QUEUE_TABLE) {
    const found = Array.from(root.querySelectorAll(selector)).filter((table) => table.querySelector(LINK) !== null);
    if (found.length > 0) return found.filter((table) => !found.some((other) => other !== table && other.contains(table)));
  }
  return [];
}

/** `/browse/SUP-12` → `SUP-12`; a queue-relative `…/queues/custom/1/SUP-12` → `SUP-12`; a link to a queue → null. */
const ISSUE_HREF = /^(?:https:\/\/[^/]+)?\/(?:browse|jira\/servicedesk\/projects\/[^/]+\/queues\/custom\/[0-9]+)\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The issue key a row's link points to, or null (a link to a queue, to anything else, or to a key not written as one). */
function linkedKey(link: Element): string | null {
  const key = ISSUE_HREF.exec(link.getAttribute('href') ?? '')?.[1];
  return key !== undefined && isJsmIssueKey(key) ? key : null;
}

/**
 * The row's summary cell: by its hook (Low); else the cell of the row's link to `key` whose text is not the bare key
 * (the summary's link); else the cell of the key's link; else (no cell markup) the link's parent. Never the link
 * itself: a badge inside it would navigate when clicked.
 */
function rowAnchor(row: Element, key: string, first: Element): Element {
  const hooked = row.querySelector(SUMMARY_CELL);
  if (hooked) return hooked;
  const links = Array.from(row.querySelectorAll(LINK)).filter((link) => linkedKey(link) === key);
  const summary = links.find((link) => (link.textContent ?? '').trim() !== key) ?? first;
  const cell = summary.closest(CELL);
  return cell && row.contains(cell) ? cell : (summary.parentElement ?? row);
}
