/**
 * Freshdesk's agent pages: which URLs are its pages, where the ticket page's badge goes (the subject heading of the
 * ticket shown, never a hidden cached page's), and which rows of a list are tickets, with the badge's place before the
 * subject. The fixtures model the mint UI (test/fixtures/freshdesk/*.html, citing next-tools-and-anchors.md §2c).
 */
import { describe, expect, it } from 'vitest';
import { readFreshdeskListRows, readFreshdeskTicketPage } from '../../lib/sites/freshdesk/read-page';
import { freshdesk } from '../../lib/sites/freshdesk/tool';
import type { PageMatch } from '../../lib/sites/page-data';
import { matchToolPage } from '../../lib/sites/registry';
import { loadFixtureDocument } from '../fixtures/dom';

// The URL table and selector rows are run by test/sites/registry.test.ts, with every other tool's.
const FRESHDESK = freshdesk;

const ticket = (recordId: string): PageMatch<'freshdesk'> => ({ tool: 'freshdesk', kind: 'ticket', recordId });
const list = (recordId: string | null): PageMatch<'freshdesk'> => ({ tool: 'freshdesk', kind: 'ticket-list', recordId });

/** What the board does with a row's anchor (lib/overlay/badges/board.ts): the badge's host goes first in it. */
function placeBadge(anchor: Element): Element {
  const host = anchor.ownerDocument.createElement('entitlement-lens-badge');
  anchor.prepend(host);
  return host;
}

describe('Freshdesk URLs', () => {
  it('reads a helpdesk on a custom domain the admin assigned to Freshdesk, by its path', () => {
    const url = new URL('https://support.acme.example/a/tickets/7001');
    expect(matchToolPage(url, FRESHDESK)).toBeNull();
    expect(matchToolPage(url, FRESHDESK, new Map([['support.acme.example', 'freshdesk']]))).toEqual(ticket('7001'));
  });

  it('runs its content script on the agent app only, and on all of it (a single-page app moves between its routes)', () => {
    expect(freshdesk.contentPatterns).toEqual(['https://*.freshdesk.com/a/*']);
    expect(freshdesk.hostPatterns).toEqual(['https://*.freshdesk.com/*']);
    expect(freshdesk.apiHostAccess).toBe(false);
  });
});

describe('the ticket page badge', () => {
  it('goes on the subject heading of the ticket shown, not on the hidden page Ember keeps of the ticket before', () => {
    const place = readFreshdeskTicketPage(loadFixtureDocument('freshdesk/ticket.html'), ticket('7001'));
    expect(place?.ticketId).toBe('7001');
    expect(place?.anchor.className).toBe('ticket-subject-heading');
    expect(place?.anchor.textContent).toContain('Production search down after upgrade');
    expect(place?.anchor.closest('[style*="display: none"]')).toBeNull();
    // The ticket's values come from the API: nothing is read off the page.
    expect(place).not.toHaveProperty('ticket');
  });

  it("never uses a hidden page, even the URL's own ticket's: the page shown is another ticket's", () => {
    expect(readFreshdeskTicketPage(loadFixtureDocument('freshdesk/ticket.html'), ticket('6998'))).toBeNull();
    // On a list, only the hidden page of 7001 is mounted.
    expect(readFreshdeskTicketPage(loadFixtureDocument('freshdesk/list.html'), ticket('7001'))).toBeNull();
  });

  it('takes the heading whose breadcrumb names the ticket when several pages are shown, and none when none does', () => {
    const doc = loadFixtureDocument('freshdesk/ticket.html');
    doc.querySelector('#ember301')?.removeAttribute('style');
    expect(readFreshdeskTicketPage(doc, ticket('6998'))?.anchor.textContent).toContain('Invoice copy for March');
    expect(readFreshdeskTicketPage(doc, ticket('7001'))?.anchor.textContent).toContain('Production search down');
    expect(readFreshdeskTicketPage(doc, ticket('5555'))).toBeNull();
  });

  it('reads the ticket number with or without its #', () => {
    const doc = loadFixtureDocument('freshdesk/ticket.html');
    doc.querySelector('#ember301')?.removeAttribute('style');
    for (const crumb of Array.from(doc.querySelectorAll('.breadcrumb__item.active'))) crumb.textContent = `#${crumb.textContent}`;
    expect(readFreshdeskTicketPage(doc, ticket('6998'))?.anchor.textContent).toContain('Invoice copy for March');
  });

  it('treats a page hidden by the hidden attribute as hidden too', () => {
    const doc = loadFixtureDocument('freshdesk/ticket.html');
    doc.querySelector('#ember301')?.removeAttribute('style');
    doc.querySelector('#ember402')?.setAttribute('hidden', '');
    expect(readFreshdeskTicketPage(doc, ticket('7001'))).toBeNull();
    expect(readFreshdeskTicketPage(doc, ticket('6998'))?.anchor.textContent).toContain('Invoice copy');
  });

  it('uses the one heading shown when it names no ticket, but not when it names another (the previous ticket, right after the URL changed)', () => {
    const doc = loadFixtureDocument('freshdesk/ticket.html');
    expect(readFreshdeskTicketPage(doc, ticket('7002'))).toBeNull();
    for (const crumb of Array.from(doc.querySelectorAll('.breadcrumb__item.active'))) crumb.remove();
    expect(readFreshdeskTicketPage(doc, ticket('7002'))?.anchor.textContent).toContain('Production search down');
  });

  it('is null while the heading has not rendered, and for a match that is not a Freshdesk ticket page', () => {
    const doc = loadFixtureDocument('freshdesk/ticket.html');
    expect(readFreshdeskTicketPage(doc, list('all_tickets'))).toBeNull();
    expect(readFreshdeskTicketPage(doc, { tool: 'zendesk', kind: 'ticket', recordId: '7001' } as never)).toBeNull();
    for (const heading of Array.from(doc.querySelectorAll('.ticket-subject-heading'))) heading.remove();
    expect(readFreshdeskTicketPage(doc, ticket('7001'))).toBeNull();
  });
});

describe.each([
  ['table view', 'freshdesk/list.html', ['7001', '7002', '7003'], 'tr'],
  ['card view', 'freshdesk/list-cards.html', ['7001', '7004', '7006'], 'div'],
])('the list rows, %s', (_view, page, ids, rowTag) => {
  it('are the shown rows, one per ticket, in page order', () => {
    const rows = readFreshdeskListRows(loadFixtureDocument(page), list('all_tickets'));
    expect(rows.map((r) => r.ticketId)).toEqual(ids);
    for (const { row, ticketId } of rows) {
      expect(row.localName).toBe(rowTag);
      expect(row.closest('[style*="display: none"]')).toBeNull();
      // The row holds its ticket's links only.
      const linked = Array.from(row.querySelectorAll('a[href*="/a/tickets/"]')).map((a) => /\/a\/tickets\/([0-9]+)/.exec(a.getAttribute('href')!)?.[1]);
      expect(new Set(linked)).toEqual(new Set([ticketId]));
    }
  });

  it('put the badge right before the subject link, outside any link, inside the row', () => {
    const doc = loadFixtureDocument(page);
    for (const { row, anchor, ticketId } of readFreshdeskListRows(doc, list('all_tickets'))) {
      const host = placeBadge(anchor);
      expect(row.contains(host)).toBe(true);
      expect(host.closest('a')).toBeNull();
      const subject = Array.from(anchor.querySelectorAll(`a[href$="/a/tickets/${ticketId}"]`)).find((a) => !/^#/.test(a.textContent!.trim()));
      expect(subject, `subject link of ${ticketId}`).toBeDefined();
      expect(host.compareDocumentPosition(subject!) & 4).toBe(4); // DOCUMENT_POSITION_FOLLOWING
      expect(host.parentElement).toBe(subject!.parentElement);
    }
  });

  it('leave out the rows `skip` names', () => {
    const doc = loadFixtureDocument(page);
    const [, second] = readFreshdeskListRows(doc, list('all_tickets'));
    const rows = readFreshdeskListRows(doc, list('all_tickets'), (row) => row === second!.row);
    expect(rows.map((r) => r.ticketId)).toEqual([ids[0], ids[2]]);
  });

  it('are none on a ticket page match or another tool’s', () => {
    const doc = loadFixtureDocument(page);
    expect(readFreshdeskListRows(doc, ticket('7001'))).toEqual([]);
    expect(readFreshdeskListRows(doc, { tool: 'zendesk', kind: 'ticket-list', recordId: null } as never)).toEqual([]);
  });
});

describe('the list rows, what is no row', () => {
  it('has no row for "New ticket", view links, the pager, the portal, nor the hidden list and ticket page', () => {
    const rows = readFreshdeskListRows(loadFixtureDocument('freshdesk/list.html'), list('all_tickets'));
    const ids = rows.map((r) => r.ticketId);
    expect(ids).not.toContain('6990'); // hidden list, hidden ticket page
    expect(ids).not.toContain('6991'); // the sort menu in the dropdown portal
    expect(rows.find((r) => r.ticketId === '7002')?.row.id).toBe('ember721'); // the shown row, not the hidden list's
  });

  it('reads the hidden list once it is shown, each ticket once', () => {
    const doc = loadFixtureDocument('freshdesk/list.html');
    doc.querySelector('#ember610')?.removeAttribute('style');
    const rows = readFreshdeskListRows(doc, list('new_and_my_open'));
    expect(rows.map((r) => r.ticketId)).toEqual(['6990', '7002', '7001', '7003']);
    expect(rows.find((r) => r.ticketId === '7002')?.row.id).toBe('ember623');
  });

  it('takes the subject link, not the #id link, for the badge’s place', () => {
    const row = readFreshdeskListRows(loadFixtureDocument('freshdesk/list.html'), list('all_tickets')).find((r) => r.ticketId === '7002')!;
    const host = placeBadge(row.anchor);
    expect(host.nextElementSibling?.textContent).toBe('#7002');
    expect(row.anchor.querySelector('#ember724')?.textContent).toBe('Executors failing on batch changes');
  });

  it('drops a table row that links two tickets: whose row it is cannot be told', () => {
    const doc = loadFixtureDocument('freshdesk/list.html');
    doc.querySelector('#ember711 td:nth-child(4)')!.innerHTML = '<a href="/a/tickets/7003">Merged into #7003</a>';
    const rows = readFreshdeskListRows(doc, list('all_tickets'));
    expect(rows.map((r) => r.ticketId)).toEqual(['7002', '7003']);
    expect(rows.find((r) => r.ticketId === '7003')?.row.id).toBe('ember731');
  });

  it('finds a card of plain divs even when it is the only ticket of the list', () => {
    const doc = loadFixtureDocument('freshdesk/list-cards.html');
    doc.querySelector('#ember821')?.remove();
    doc.querySelector('#ember831')?.remove();
    const [row, ...more] = readFreshdeskListRows(doc, list('12000345678'));
    expect(more).toEqual([]);
    expect(row?.ticketId).toBe('7001');
    expect(row?.row.localName).not.toBe('body');
    expect(row?.anchor.className).toBe('_title_5d3');
  });

  it('takes a list item as the card when it holds one ticket', () => {
    const doc = loadFixtureDocument('freshdesk/list-cards.html');
    const cards = doc.querySelector('#ember810')!;
    cards.outerHTML = `<ul id="cards">${Array.from(cards.children)
      .map((card) => `<li>${card.innerHTML}</li>`)
      .join('')}</ul>`;
    const rows = readFreshdeskListRows(doc, list('12000345678'));
    expect(rows.map((r) => [r.ticketId, r.row.localName])).toEqual([
      ['7001', 'li'],
      ['7004', 'li'],
      ['7006', 'li'],
    ]);
  });
});
