/**
 * Freshdesk's API client as the ticket badges use it, against a fake same-origin GET: one request for the tickets a
 * page shows (the ticket, or one page of the list, never one per row), each company once and then from its ten-minute
 * cache, and every failure as a problem that names Freshdesk and says what to do. Replies are the models in
 * test/fixtures/freshdesk/api/ (next-tools-and-anchors.md §2c; see freshdesk-api.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { FetchResult } from '../../lib/http/fetch-json';
import type { FetchProblem } from '../../lib/messaging/answers';
import { FRESHDESK_COMPANY_TTL_MS, createFreshdeskClient } from '../../lib/sites/freshdesk/client';
import { freshdesk } from '../../lib/sites/freshdesk/tool';
import type { PageMatch } from '../../lib/sites/page-data';

import { freshdeskTicket7001 } from '../fixtures/freshdesk/api/ticket-7001';
import { freshdeskCompany5001 } from '../fixtures/freshdesk/api/company-5001';
import { freshdeskListAllTickets } from '../fixtures/freshdesk/api/list-all_tickets';

const ORIGIN = 'https://acme.freshdesk.com';
const TICKET_URL = new URL(`${ORIGIN}/a/tickets/7001`);
const LIST_URL = new URL(`${ORIGIN}/a/tickets/filters/all_tickets`);
const ticketPage: PageMatch<'freshdesk'> = { tool: 'freshdesk', kind: 'ticket', recordId: '7001' };
const listPage = (recordId: string | null = 'all_tickets'): PageMatch<'freshdesk'> => ({ tool: 'freshdesk', kind: 'ticket-list', recordId });

const problem = (kind: FetchProblem['kind'], status: number | null, retryAt: number | null = null): FetchResult => ({
  ok: false,
  problem: { kind, message: 'fetchJson’s generic words', status, retryAt },
});

/** A fake `GetJson`: answers by path, records every path asked for. */
function fakeGet(answer: (path: string) => FetchResult | undefined) {
  const paths: string[] = [];
  const get = async (path: string): Promise<FetchResult> => {
    paths.push(path);
    return answer(path) ?? problem('not-found', 404);
  };
  return { get, paths };
}

/** The tenant the fixtures model: the list of all tickets, ticket 7001, and company 5001 (5002 is a copy of it). */
function tenant(path: string): FetchResult | undefined {
  if (path.startsWith('/api/_/tickets?')) return { ok: true, json: freshdeskListAllTickets() };
  if (path === '/api/v2/tickets/7001?include=stats') return { ok: true, json: freshdeskTicket7001() };
  const company = /^\/api\/v2\/companies\/(500[12])$/.exec(path);
  if (company) return { ok: true, json: { ...(freshdeskCompany5001() as object), id: Number(company[1]) } };
  return undefined;
}

const clock = (start = Date.parse('2026-11-25T20:00:00Z')) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

describe('the Freshdesk client on a ticket page', () => {
  it('reads the ticket with one request, then its company, and gives the ticket with its account', async () => {
    const { get, paths } = fakeGet(tenant);
    const batch = await createFreshdeskClient(clock()).fetchTickets(get, ['7001'], ticketPage, TICKET_URL);
    expect(paths).toEqual(['/api/v2/tickets/7001?include=stats', '/api/v2/companies/5001']);
    expect(batch.ok).toBe(true);
    if (!batch.ok) return;
    expect(batch.tickets).toHaveLength(1);
    expect(batch.tickets[0]?.ticket).toMatchObject({ ticketId: '7001', priority: 'urgent', status: 'Open', organizationId: '5001' });
    expect(batch.tickets[0]?.account).toMatchObject({ tool: 'freshdesk', recordId: '5001', name: 'Stark Industries', url: `${ORIGIN}/a/companies/5001` });
    expect(batch.tickets[0]?.account?.fields.segment).toBe('Strategic');
  });

  it('asks for nothing when no ticket is asked for, only ids that are no Freshdesk ids, or another ticket than the page’s', async () => {
    const { get, paths } = fakeGet(tenant);
    const client = createFreshdeskClient(clock());
    expect(await client.fetchTickets(get, [], ticketPage, TICKET_URL)).toEqual({ ok: true, tickets: [] });
    expect(await client.fetchTickets(get, ['7001/../../contacts'], ticketPage, TICKET_URL)).toEqual({ ok: true, tickets: [] });
    expect(await client.fetchTickets(get, ['7002'], ticketPage, TICKET_URL)).toEqual({ ok: true, tickets: [] }); // not this page's ticket
    expect(paths).toEqual([]);
  });

  it('is the adapter’s client', () => {
    expect(freshdesk.tickets.client).toBeDefined();
    expect(freshdesk.tickets.source).toBe('api');
    expect(freshdesk.tickets.batchSize).toBe(100);
  });
});

describe('the Freshdesk client on a list', () => {
  it('reads the whole page of rows with one request, never one per row, and keeps the tickets asked for', async () => {
    const { get, paths } = fakeGet(tenant);
    const batch = await createFreshdeskClient(clock()).fetchTickets(get, ['7003', '7001', '7002', '9999'], listPage(), LIST_URL);
    const ticketRequests = paths.filter((p) => p.includes('/tickets'));
    expect(ticketRequests).toEqual(['/api/_/tickets?filter=all_tickets&page=1&per_page=100&include=stats']);
    expect(batch.ok && batch.tickets.map((t) => t.ticket.ticketId)).toEqual(['7001', '7002', '7003']); // 9999: missing, never fetched alone
  });

  it('reads each company the tickets name once, and none for a ticket without one', async () => {
    const { get, paths } = fakeGet(tenant);
    const batch = await createFreshdeskClient(clock()).fetchTickets(get, ['7001', '7002', '7003', '7005', '7008'], listPage(), LIST_URL);
    expect(paths.filter((p) => p.includes('/companies/')).sort()).toEqual(['/api/v2/companies/5001', '/api/v2/companies/5002']);
    expect(batch.ok && batch.tickets.map((t) => [t.ticket.ticketId, t.account?.recordId ?? null])).toEqual([
      ['7001', '5001'],
      ['7002', '5002'],
      ['7003', '5001'],
      ['7005', null],
      ['7008', '5002'],
    ]);
  });

  it('keeps each company ten minutes, then reads it again', async () => {
    const time = clock();
    const { get, paths } = fakeGet(tenant);
    const client = createFreshdeskClient(time);
    const companies = () => paths.filter((p) => p.includes('/companies/')).length;
    await client.fetchTickets(get, ['7001', '7002'], listPage(), LIST_URL);
    expect(companies()).toBe(2);
    time.advance(FRESHDESK_COMPANY_TTL_MS - 1);
    const again = await client.fetchTickets(get, ['7001', '7002'], listPage(), LIST_URL);
    expect(companies()).toBe(2);
    expect(again.ok && again.tickets[0]?.account?.name).toBe('Stark Industries');
    time.advance(1);
    await client.fetchTickets(get, ['7001'], listPage(), LIST_URL);
    expect(companies()).toBe(3);
  });

  it('reads a company once for two batches asking at the same time', async () => {
    const { get, paths } = fakeGet(tenant);
    const client = createFreshdeskClient(clock());
    await Promise.all([client.fetchTickets(get, ['7001'], listPage(), LIST_URL), client.fetchTickets(get, ['7003'], listPage(), LIST_URL)]);
    expect(paths.filter((p) => p === '/api/v2/companies/5001')).toHaveLength(1);
  });

  it('does not keep a company read that failed', async () => {
    let fail = true;
    const { get, paths } = fakeGet((path) => (fail && path.includes('/companies/') ? problem('server-error', 503) : tenant(path)));
    const client = createFreshdeskClient(clock());
    expect((await client.fetchTickets(get, ['7001'], listPage(), LIST_URL)).ok).toBe(false);
    fail = false;
    const batch = await client.fetchTickets(get, ['7001'], listPage(), LIST_URL);
    expect(batch.ok && batch.tickets[0]?.account?.recordId).toBe('5001');
    expect(paths.filter((p) => p === '/api/v2/companies/5001')).toHaveLength(2);
  });

  it('leaves the tickets of a company Freshdesk no longer has (404) without an account, and reads the rest', async () => {
    const { get } = fakeGet((path) => (path === '/api/v2/companies/5002' ? problem('not-found', 404) : tenant(path)));
    const batch = await createFreshdeskClient(clock()).fetchTickets(get, ['7001', '7002'], listPage(), LIST_URL);
    expect(batch.ok && batch.tickets.map((t) => [t.ticket.ticketId, t.account?.recordId ?? null])).toEqual([
      ['7001', '5001'],
      ['7002', null],
    ]);
  });

  it.each([
    [
      'the page, sort field and order of the list page',
      `${LIST_URL.href}?page=3&orderBy=updated_at&orderType=desc`,
      listPage(),
      '/api/_/tickets?filter=all_tickets&page=3&per_page=30&include=stats&order_by=updated_at&order_type=desc',
    ],
    [
      'the API’s spelling of the order',
      `${LIST_URL.href}?order_by=due_by&order_type=ASC`,
      listPage(),
      '/api/_/tickets?filter=all_tickets&page=1&per_page=100&include=stats&order_by=due_by&order_type=asc',
    ],
    ['a saved view by its id', `${ORIGIN}/a/tickets/filters/12000345678`, listPage('12000345678'), '/api/_/tickets?filter=12000345678&page=1&per_page=100&include=stats'],
    ['no view on the default list', `${ORIGIN}/a/tickets`, listPage(null), '/api/_/tickets?page=1&per_page=100&include=stats'],
    [
      'no page, sort or order it cannot carry',
      `${LIST_URL.href}?page=-2&orderBy=created_at%26filter%3Dspam&orderType=up`,
      listPage(),
      '/api/_/tickets?filter=all_tickets&page=1&per_page=100&include=stats',
    ],
  ])('asks with %s', async (_what, href, page, expected) => {
    const { get, paths } = fakeGet(tenant);
    await createFreshdeskClient(clock()).fetchTickets(get, ['7001'], page, new URL(href));
    expect(paths[0]).toBe(expected);
  });

  it('asks for no list whose view the API cannot carry (a match made elsewhere), and says so', async () => {
    const { get, paths } = fakeGet(tenant);
    const batch = await createFreshdeskClient(clock()).fetchTickets(get, ['7001'], listPage('All Tickets'), LIST_URL);
    expect(paths).toEqual([]);
    expect(!batch.ok && batch.problem.message).toMatch(/^Lens cannot ask Freshdesk for this list/);
  });
});

describe('the Freshdesk client’s problems', () => {
  const run = async (answer: (path: string) => FetchResult | undefined, page: PageMatch<'freshdesk'> = listPage(), url = LIST_URL) => {
    const batch = await createFreshdeskClient(clock()).fetchTickets(fakeGet(answer).get, ['7001'], page, url);
    if (batch.ok) throw new Error('expected a problem');
    return batch.problem;
  };

  it('says plainly that Freshdesk refused the session (401), and what to do', async () => {
    expect(await run(() => problem('session-expired', 401))).toEqual({
      kind: 'session-expired',
      message:
        "Freshdesk refused this tab's session for its API (401). Sign in again in this tab; if it persists, your Freshdesk may not accept the agent session for API reads: tell your admin.",
      status: 401,
      retryAt: null,
    });
  });

  it('names the role as a cause of a 403, for tickets and for companies', async () => {
    const tickets = await run(() => problem('forbidden', 403));
    expect(tickets.message).toBe(
      "Freshdesk refused this tab's session for its API (403). Sign in again in this tab; if it persists, your Freshdesk role may not read these tickets, or your Freshdesk may not accept the agent session for API reads: tell your admin.",
    );
    const companies = await run((path) => (path.includes('/companies/') ? problem('forbidden', 403) : tenant(path)));
    expect(companies.message).toContain('your Freshdesk role may not read companies');
    expect(companies.status).toBe(403);
  });

  it('keeps the retry time of a 429 and says it', async () => {
    const retryAt = Date.parse('2026-11-25T20:01:30Z');
    const read = await run(() => problem('rate-limited', 429, retryAt));
    expect(read).toMatchObject({ kind: 'rate-limited', status: 429, retryAt });
    expect(read.message).toBe('Freshdesk is rate-limiting API requests (429). Retrying after 20:01:30 UTC.');
  });

  it.each([
    ['server-error', 503, 'Freshdesk answered with an error (503). It will be retried shortly.'],
    ['server-error', 400, "Freshdesk did not accept Lens's request (400). Tell your admin."],
    ['timeout', null, 'Freshdesk did not answer in time. Check your connection, then retry.'],
    ['network', null, 'Freshdesk could not be reached. Check your connection, then retry.'],
    ['malformed', 200, "Freshdesk's answer was not valid JSON. It will be retried; if it persists, tell your admin."],
  ] as const)('names Freshdesk for a %s (%s)', async (kind, status, message) => {
    expect(await run(() => problem(kind, status))).toMatchObject({ kind, status, message });
  });

  it('says a list Freshdesk does not answer (404) cannot be read this way, and a ticket’s 404 that it may be gone', async () => {
    expect((await run(() => problem('not-found', 404))).message).toMatch(/^Freshdesk did not find this list's tickets \(404\)/);
    expect((await run(() => problem('not-found', 404), ticketPage, TICKET_URL)).message).toBe('Freshdesk did not find this ticket (404): it may have been deleted or merged.');
  });

  it.each([
    ['a list that is no list', { tickets: 'none' }, listPage(), LIST_URL],
    ['an error body for a ticket', { code: 'access_denied' }, ticketPage, TICKET_URL],
  ])('turns %s into a malformed problem, to be retried', async (_what, json, page, url) => {
    expect(await run(() => ({ ok: true, json }), page, url)).toEqual({
      kind: 'malformed',
      message: "Freshdesk's answer did not look like tickets. It will be retried.",
      status: null,
      retryAt: null,
    });
  });

  it('turns a company reply that is no company, or another company, into a malformed problem', async () => {
    const notACompany = await run((path) => (path.includes('/companies/') ? { ok: true, json: [] } : tenant(path)));
    expect(notACompany).toMatchObject({ kind: 'malformed', message: "Freshdesk's answer did not look like a company. It will be retried." });
    const another = await run((path) => (path.includes('/companies/') ? { ok: true, json: { id: 6000, name: 'Other' } } : tenant(path)));
    expect(another.kind).toBe('malformed');
  });
});
