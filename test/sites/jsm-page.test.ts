/**
 * Where the badges go on Jira Service Management's pages (lib/sites/jsm/read-page.ts), against the fixture pages of
 * test/fixtures/jsm/: the issue view shown (not a previous one kept mounted), a queue's rows, and the issue open beside
 * a queue. Also the tool's URL table, asked of the tool alone (the registry's test runs it once the tool is listed).
 */
import { describe, expect, it } from 'vitest';
import type { PageMatch } from '../../lib/sites/page-data';
import { jsm } from '../../lib/sites/jsm/tool';
import { loadFixtureDocument } from '../fixtures/dom';
import { URL_TABLE } from './jsm/url-table';

const issuePage = (recordId: string): PageMatch<'jsm'> => ({ tool: 'jsm', kind: 'ticket', recordId });
const QUEUE: PageMatch<'jsm'> = { tool: 'jsm', kind: 'ticket-list', recordId: '1' };
const ticketPage = (doc: Document, page: PageMatch<'jsm'>) => jsm.tickets.ticketPage(doc, page, new URL('https://acme.atlassian.net/'));
const listRows = (doc: Document, page: PageMatch<'jsm'> = QUEUE, skip?: (row: Element) => boolean) => jsm.tickets.listRows!(doc, page, skip);
const QUEUE_KEYS = Array.from({ length: 22 }, (_, i) => `SUP-${12 + i}`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

/** The registry's `matchToolPage` for this tool alone: HTTPS on the default port, its host, its routes. */
function matchJsm(href: string): PageMatch<'jsm'> | null {
  const url = new URL(href);
  if (url.protocol !== 'https:' || url.port !== '' || !jsm.host.test(url.hostname)) return null;
  for (const page of jsm.pages) {
    const m = page.path.exec(url.pathname);
    if (m) return { tool: 'jsm', kind: page.kind, recordId: page.id ? page.id(m) : (m[1] ?? null) };
  }
  return null;
}

describe('Jira Service Management URLs', () => {
  it.each(URL_TABLE.accept)('reads %s', (href, expected) => {
    expect(matchJsm(href)).toEqual(expected);
  });
  it.each(URL_TABLE.reject.map((href) => [href]))('does not read %s', (href) => {
    expect(matchJsm(href)).toBeNull();
  });
});

describe('the issue page', () => {
  it('puts the badge in the summary heading of the issue view shown', () => {
    const place = ticketPage(loadFixtureDocument('jsm/issue.html'), issuePage('SUP-7'));
    expect(place?.ticketId).toBe('SUP-7');
    expect(place?.anchor.getAttribute('data-testid')).toBe('issue.views.issue-base.foundation.summary.heading');
    expect(text(place?.anchor)).toBe('Production search down after upgrade');
  });

  it('never reads the hidden view of the previous issue', () => {
    expect(ticketPage(loadFixtureDocument('jsm/issue.html'), issuePage('SUP-3'))).toBeNull();
  });

  it('waits while the view shown is still the previous issue’s (the URL already names the next)', () => {
    const doc = loadFixtureDocument('jsm/issue.html');
    const [previous, shown] = Array.from(doc.querySelectorAll('main > div'));
    previous?.removeAttribute('style');
    shown?.setAttribute('style', 'display: none');
    expect(ticketPage(doc, issuePage('SUP-7'))).toBeNull();
    expect(text(ticketPage(doc, issuePage('SUP-3'))?.anchor)).toBe('Invoice copy for October');
  });

  it('tells two shown views apart by their breadcrumbs, and waits for breadcrumbs that name no key', () => {
    const doc = loadFixtureDocument('jsm/issue.html');
    doc.querySelector('main > div')?.removeAttribute('style');
    expect(text(ticketPage(doc, issuePage('SUP-7'))?.anchor)).toBe('Production search down after upgrade');
    expect(text(ticketPage(doc, issuePage('SUP-3'))?.anchor)).toBe('Invoice copy for October');
    const crumb = doc.querySelectorAll('[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]')[1]!;
    crumb.innerHTML = '<span>Loading…</span>';
    crumb.setAttribute('href', '/browse/SUP-7');
    expect(ticketPage(doc, issuePage('SUP-7'))?.ticketId).toBe('SUP-7'); // the link still says which issue
    crumb.removeAttribute('href');
    expect(ticketPage(doc, issuePage('SUP-7'))).toBeNull();
  });

  it('is null for a match that is not a JSM issue page, and on a page without an issue view', () => {
    const doc = loadFixtureDocument('jsm/issue.html');
    expect(ticketPage(doc, QUEUE)).toBeNull();
    expect(ticketPage(doc, { tool: 'jsm', kind: 'ticket', recordId: null })).toBeNull();
    expect(ticketPage(doc, { tool: 'zendesk', kind: 'ticket', recordId: 'SUP-7' } as unknown as PageMatch<'jsm'>)).toBeNull();
    expect(ticketPage(loadFixtureDocument('jsm/queue.html'), issuePage('SUP-7'))).toBeNull();
  });
});

describe('a queue', () => {
  it('finds every row, in order, one per key, by its link to the issue', () => {
    const rows = listRows(loadFixtureDocument('jsm/queue.html'));
    expect(rows.map((r) => r.ticketId)).toEqual(QUEUE_KEYS);
    for (const { row } of rows) expect(row.classList.contains('virtual-table-row')).toBe(true);
  });

  it('puts each badge in the summary cell, before the summary, never inside a link', () => {
    const doc = loadFixtureDocument('jsm/queue.html');
    for (const { anchor, row } of listRows(doc)) {
      expect(anchor.getAttribute('data-test-id')).toBe('queue-table-cell-summary');
      expect(row.contains(anchor)).toBe(true);
      // What the board does (lib/overlay/badges/board.ts): the host goes first in the anchor, the summary stays after it.
      const host = doc.createElement('entitlement-lens-badge');
      anchor.prepend(host);
      expect(host.nextElementSibling?.localName).toBe('a');
      expect(host.closest('a')).toBeNull();
    }
  });

  it('finds the summary cell by its link’s text where the cells have no hooks', () => {
    const doc = loadFixtureDocument('jsm/queue.html');
    for (const cell of Array.from(doc.querySelectorAll('[data-test-id]'))) cell.removeAttribute('data-test-id');
    const [first] = listRows(doc);
    expect(first?.anchor.getAttribute('aria-colindex')).toBe('3'); // Summary, not Key (2)
    expect(text(first?.anchor)).toBe('SSO login loops after certificate rotation');
  });

  it('gives one row per key and leaves out the rows `skip` names', () => {
    const doc = loadFixtureDocument('jsm/queue.html');
    const rows = Array.from(doc.querySelectorAll('.virtual-table-row'));
    rows[0]!.after(rows[0]!.cloneNode(true)); // re-rendered twice, as a virtualised table may for a frame
    expect(listRows(doc).map((r) => r.ticketId)).toEqual(QUEUE_KEYS);
    const skipped = new Set(rows.slice(0, 2));
    expect(listRows(doc, QUEUE, (row) => skipped.has(row)).map((r) => r.ticketId)).toEqual(QUEUE_KEYS.slice(2));
  });

  it('takes only links whose path ends in a key: not the sidebar’s queues, not a key in lower case', () => {
    const doc = loadFixtureDocument('jsm/queue.html');
    const row = doc.querySelector('.virtual-table-row')!;
    for (const link of Array.from(row.querySelectorAll('a'))) link.setAttribute('href', link.getAttribute('href')!.replace('SUP-12', 'sup-12'));
    const keys = listRows(doc).map((r) => r.ticketId);
    expect(keys).not.toContain('SUP-12');
    expect(keys).not.toContain('sup-12');
    expect(keys).toHaveLength(21);
  });

  it('reads no row of a queue table that is hidden, nor on a page that is not a queue', () => {
    const doc = loadFixtureDocument('jsm/queue.html');
    expect(listRows(doc, issuePage('SUP-12'))).toEqual([]);
    doc.querySelector('[role="grid"]')?.setAttribute('hidden', '');
    expect(listRows(doc)).toEqual([]);
  });
});

describe('a queue with an issue open beside it', () => {
  it('badges every row, and the open issue in its own view', () => {
    const doc = loadFixtureDocument('jsm/queue-with-issue.html');
    const rows = listRows(doc, { tool: 'jsm', kind: 'ticket-list', recordId: '1' });
    expect(rows.map((r) => r.ticketId)).toEqual([...QUEUE_KEYS, 'SUP-14']);
    const open = rows.at(-1)!;
    expect(open.anchor.getAttribute('data-testid')).toBe('issue.views.issue-base.foundation.summary.heading');
    expect(open.row.localName).toBe('section'); // the side panel: its view, without the queue
    expect(open.row.querySelector('table')).toBeNull();
  });

  it('puts a table row’s badge in the summary cell (the link whose text is not the key)', () => {
    const rows = listRows(loadFixtureDocument('jsm/queue-with-issue.html'));
    for (const { anchor, row, ticketId } of rows.slice(0, -1)) {
      expect(anchor.localName).toBe('td');
      expect(row.localName).toBe('tr');
      expect(Array.from(row.children).indexOf(anchor)).toBe(2);
      expect(text(anchor)).not.toBe(ticketId);
    }
  });

  it('is not misled by a table in the open issue’s description', () => {
    const doc = loadFixtureDocument('jsm/queue-with-issue.html');
    doc.querySelector('section .css-1ovwe2m')!.insertAdjacentHTML('beforeend', '<table><tbody><tr><td>search-prod-1</td><td>09:02</td></tr></tbody></table>');
    const open = listRows(doc).at(-1)!;
    expect([open.ticketId, open.row.localName]).toEqual(['SUP-14', 'section']);
  });

  it('does not count the issue view’s own links to other issues as rows', () => {
    const keys = listRows(loadFixtureDocument('jsm/queue-with-issue.html')).map((r) => r.ticketId);
    expect(keys).not.toContain('SUP-3');
  });

  it('leaves out the open issue when `skip` names its view, or while its breadcrumbs name no key', () => {
    const doc = loadFixtureDocument('jsm/queue-with-issue.html');
    expect(listRows(doc, QUEUE, (row) => row.localName === 'section').map((r) => r.ticketId)).toEqual(QUEUE_KEYS);
    doc.querySelector('[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]')?.remove();
    expect(listRows(doc).map((r) => r.ticketId)).toEqual(QUEUE_KEYS);
  });
});
