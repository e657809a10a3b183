import { describe, expect, it } from 'vitest';
import { readZendeskListRows, zendeskRowBadgeAnchor } from '../../lib/sites/zendesk';
import { parseFixtureHtml, readFixture } from '../fixtures/dom';
import { ZENDESK_VIEW_ROWS, renderZendeskView, type ZendeskViewRow } from '../fixtures/zendesk/view';

function rows(count: number): ZendeskViewRow[] {
  const priorities = ['urgent', 'high', 'normal', 'low', null];
  const statuses = ['new', 'open', 'pending', 'hold', 'solved'];
  return Array.from({ length: count }, (_, i) => ({
    id: 100_000 + i,
    subject: `Ticket ${i} <${i % 7}> & "more"`,
    requester: `Requester ${i % 13}`,
    priority: priorities[i % priorities.length] ?? null,
    status: statuses[i % statuses.length] ?? 'open',
    updated: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
  }));
}

describe('renderZendeskView', () => {
  it('is what test/fixtures/zendesk/view.html holds (regenerate with npx tsx test/fixtures/zendesk/write-view.ts)', () => {
    expect(readFixture('zendesk/view.html')).toBe(renderZendeskView(ZENDESK_VIEW_ROWS));
  });

  it('starts with the model/citation comment', () => {
    expect(renderZendeskView([]).startsWith('<!--\n  MODEL (not a copy)')).toBe(true);
  });

  it('escapes subjects and requesters', () => {
    const doc = parseFixtureHtml(renderZendeskView([{ ...ZENDESK_VIEW_ROWS[0]!, subject: '<img src=x onerror=alert(1)>' }]));
    expect(doc.querySelectorAll('img').length).toBe(0);
    expect(doc.querySelector('[data-test-id="ticket-table-cells-subject"] a')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([200, 1000])('renders %i rows that read back in order, each with a badge anchor', (count) => {
    const data = rows(count);
    const doc = parseFixtureHtml(renderZendeskView(data));
    const read = readZendeskListRows(doc);
    expect(read.map((r) => r.ticketId)).toEqual(data.map((r) => String(r.id)));
    expect(read.every(({ row }) => zendeskRowBadgeAnchor(row)?.getAttribute('data-test-id') === 'ticket-table-cells-subject')).toBe(true);
  });
});
