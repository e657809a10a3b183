/**
 * The demo's model of Freshdesk (test/fixtures/demo/render-freshdesk.ts) is read by the Freshdesk adapter as the
 * fixtures are: the ticket page's badge place, the list's rows, and the API replies its client parses, one demo ticket
 * being the same ticket (id, subject, instants) as in the other tools, with Freshdesk's own SLA opinion beside it.
 */
import { describe, expect, it } from 'vitest';
import { mapFields } from '../../lib/parse/field-mapping';
import { parseFreshdeskCompany, parseFreshdeskTicket, parseFreshdeskTicketList } from '../../lib/sites/freshdesk/api';
import { FRESHDESK_FIELD_MAPPING } from '../../lib/sites/freshdesk/defaults';
import { readFreshdeskListRows, readFreshdeskTicketPage } from '../../lib/sites/freshdesk/read-page';
import { DEMO_TICKETS, demoAccounts, demoToday, type DemoTicket } from '../fixtures/demo/accounts';
import { INJECTION_PAYLOADS } from '../fixtures/demo/hostile';
import {
  freshdeskCompanyJson,
  freshdeskListJson,
  freshdeskTicketJson,
  freshdeskTicketTitle,
  renderFreshdeskListFragment,
  renderFreshdeskListPage,
  renderFreshdeskTicketFragment,
  renderFreshdeskTicketPage,
} from '../fixtures/demo/render-freshdesk';
import { ticketTimes } from '../fixtures/demo/zendesk-data';
import { parseFixtureHtml } from '../fixtures/dom';

/** Sat 21 Nov 2026 12:00 Pacific. */
const NOW = Date.parse('2026-11-21T20:00:00Z');
const accounts = demoAccounts(demoToday(NOW));
const accountOf = (t: DemoTicket) => accounts[t.orgIndex] ?? null;
const HOUR = 3_600_000;
/** The heading's own text, without its controls (the "Add AI summary" button). */
const ownText = (el: Element | undefined) =>
  Array.from(el?.childNodes ?? [])
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join('');

describe('the demo Freshdesk pages', () => {
  it('give the ticket page’s badge place on the subject heading of the ticket shown', () => {
    for (const ticket of DEMO_TICKETS) {
      const doc = parseFixtureHtml(renderFreshdeskTicketPage(ticket, accountOf(ticket), NOW));
      const place = readFreshdeskTicketPage(doc, { tool: 'freshdesk', kind: 'ticket', recordId: String(ticket.id) });
      expect(ownText(place?.anchor), String(ticket.id)).toBe(ticket.subject);
      // The breadcrumb names this ticket: a read for another id refuses the page.
      expect(readFreshdeskTicketPage(doc, { tool: 'freshdesk', kind: 'ticket', recordId: '4242' })).toBeNull();
    }
    expect(freshdeskTicketTitle(DEMO_TICKETS[0]!)).toBe('[#1001] Production search down after upgrade : Demo Support');
  });

  it('give every row of a list, in order, with the badge’s place right before the subject link', () => {
    const doc = parseFixtureHtml(renderFreshdeskListPage(DEMO_TICKETS, accounts, NOW, 'all_tickets'));
    const rows = readFreshdeskListRows(doc, { tool: 'freshdesk', kind: 'ticket-list', recordId: 'all_tickets' });
    expect(rows.map((r) => r.ticketId)).toEqual(DEMO_TICKETS.map((t) => String(t.id)));
    for (const { anchor, ticketId } of rows) {
      expect(anchor.firstElementChild?.getAttribute('href')).toBe(`/a/tickets/${ticketId}`);
      expect(anchor.closest('td')?.className).toBe('_subj_4q0bd');
    }
  });

  it('swap as one `<main data-demo-swap="main">`, as the other demo apps do', () => {
    for (const fragment of [renderFreshdeskTicketFragment(DEMO_TICKETS[1]!, accounts[2]!, NOW), renderFreshdeskListFragment(DEMO_TICKETS, accounts, NOW, 'new_and_my_open')]) {
      const doc = parseFixtureHtml(`<!DOCTYPE html><html><body>${fragment}</body></html>`);
      expect(doc.body.children).toHaveLength(1);
      expect(doc.querySelector('main')?.getAttribute('data-demo-swap')).toBe('main');
    }
  });

  it('hold a customer’s payloads as text, which the adapter reads back unchanged', () => {
    const payload = INJECTION_PAYLOADS[1]!; // <script>…</script>
    const ticket: DemoTicket = { ...DEMO_TICKETS[0]!, subject: payload, requester: payload };
    const html = renderFreshdeskTicketPage(ticket, { ...accounts[4]!, name: payload }, NOW);
    expect(html).not.toContain(payload);
    const place = readFreshdeskTicketPage(parseFixtureHtml(html), { tool: 'freshdesk', kind: 'ticket', recordId: String(ticket.id) });
    expect(ownText(place?.anchor)).toBe(payload);
    expect(renderFreshdeskListPage([ticket], accounts, NOW, payload)).not.toContain(payload);
  });
});

describe('the demo Freshdesk API replies', () => {
  it('read as the same ticket as in the other tools, with Freshdesk’s numbers as words', () => {
    const read = parseFreshdeskTicketList(freshdeskListJson(DEMO_TICKETS, accounts, NOW));
    expect(read?.skipped).toBe(0);
    expect(read?.tickets.map((t) => [t.ticket.ticketId, t.ticket.priority, t.ticket.status, t.ticket.organizationId])).toEqual([
      ['1001', 'urgent', 'Open', '5004'],
      ['1002', 'high', 'Open', '5002'],
      ['1003', 'medium', 'Open', '5001'],
      ['1004', 'urgent', 'Open', '5003'],
      ['1005', 'low', 'Pending', '5000'],
      ['1006', 'high', 'Open', '5005'],
      ['1007', 'low', 'Open', '5006'], // no priority in the demo: Freshdesk's default, Low
    ]);
    for (const [i, t] of DEMO_TICKETS.entries()) {
      const times = ticketTimes(t, NOW);
      expect(read?.tickets[i]?.ticket).toMatchObject({ subject: t.subject, createdAt: times.createdAt, firstResponseAt: times.firstReplyAt });
    }
  });

  it('say when a Pending ticket’s status began, and map on hold and solved to Freshdesk’s statuses', () => {
    const pending = parseFreshdeskTicket(freshdeskTicketJson(DEMO_TICKETS[4]!, accounts[0]!, NOW));
    expect(pending?.statusSince).toBe(ticketTimes(DEMO_TICKETS[4]!, NOW).firstReplyAt);
    const hold = parseFreshdeskTicket(freshdeskTicketJson({ ...DEMO_TICKETS[1]!, status: 'hold' }, accounts[2]!, NOW));
    expect(hold?.ticket.status).toBe('Waiting on Customer');
    const solvedTicket: DemoTicket = { ...DEMO_TICKETS[4]!, status: 'solved' };
    const solved = parseFreshdeskTicket(freshdeskTicketJson(solvedTicket, accounts[0]!, NOW));
    expect([solved?.ticket.status, solved?.ticket.resolvedAt]).toEqual(['Resolved', ticketTimes(solvedTicket, NOW).solvedAt]);
    expect(solved?.ticket.toolDue).toEqual([]);
  });

  it('carry Freshdesk’s own due times, on its calendar-hours policy: 24 hours to respond to an urgent ticket, around the clock', () => {
    const urgent = DEMO_TICKETS[0]!; // created 23 h 35 min ago, no reply
    const created = Date.parse(ticketTimes(urgent, NOW).createdAt);
    const read = parseFreshdeskTicket(freshdeskTicketJson(urgent, accounts[4]!, NOW));
    expect(read?.ticket.toolDue).toEqual([
      { metric: 'first-response', due: new Date(created + 24 * HOUR).toISOString().replace('.000Z', 'Z'), status: null },
      { metric: 'resolution', due: new Date(created + 72 * HOUR).toISOString().replace('.000Z', 'Z'), status: null },
    ]);
    // Eight days old and unanswered: Freshdesk has escalated both.
    expect(parseFreshdeskTicket(freshdeskTicketJson(DEMO_TICKETS[3]!, accounts[3]!, NOW))?.ticket.toolDue?.map((d) => d.status)).toEqual(['escalated', 'escalated']);
    // Medium and Low: 40 hours to respond.
    const medium = DEMO_TICKETS[2]!;
    const due = parseFreshdeskTicket(freshdeskTicketJson(medium, accounts[1]!, NOW))?.ticket.toolDue?.[0]?.due;
    expect(Date.parse(due!) - Date.parse(ticketTimes(medium, NOW).createdAt)).toBe(40 * HOUR);
  });

  it('give each demo account as a company whose fields map to the account’s attributes', () => {
    for (const [index, account] of accounts.entries()) {
      const company = parseFreshdeskCompany(freshdeskCompanyJson(account, index), 'https://demo.freshdesk.com')!;
      expect(company.recordId).toBe(String(5000 + index));
      expect(company.name).toBe(account.name);
      const mapped = mapFields(company.fields, FRESHDESK_FIELD_MAPPING);
      expect(mapped).toMatchObject({ domain: account.domain, segment: account.segment, arr: account.arr, packages: account.packages.join(';'), renewalDate: account.renewalDate });
      expect(mapped.kubernetes).toBe(/^yes$/i.test(account.kubernetes) ? 'true' : /^no$/i.test(account.kubernetes) ? 'false' : account.kubernetes);
    }
  });
});
