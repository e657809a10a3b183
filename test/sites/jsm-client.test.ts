/**
 * Jira Service Management's API client (lib/sites/jsm/client.ts) against a fake Jira: how many requests each page
 * costs (the field list once, 2 per issue page, one search per 100 queue rows, never one per row) and how a failure is
 * said. The fake answers through lib/http/fetch-json.ts, so failures are the problems the content script really gets.
 */
import { describe, expect, it } from 'vitest';
import { fetchJson } from '../../lib/http/fetch-json';
import type { GetJson, PageMatch } from '../../lib/sites/page-data';
import { createJsmClient, JSM_FIELD_LIST_TTL_MS } from '../../lib/sites/jsm/client';
import { loadJsonFixture } from '../fixtures/dom';
import { jsmFields } from '../fixtures/jsm/api/fields';

const ORIGIN = 'https://acme.atlassian.net';
const URL_OF = new URL(`${ORIGIN}/browse/SUP-7`);
const ISSUE: PageMatch<'jsm'> = { tool: 'jsm', kind: 'ticket', recordId: 'SUP-7' };
const QUEUE: PageMatch<'jsm'> = { tool: 'jsm', kind: 'ticket-list', recordId: '1' };

type Answer = { status: number; json?: unknown; headers?: Record<string, string> };

/**
 * A fake Jira: `answer(path)` for each GET (default: the fixtures), every path asked kept in `asked`. Searches answer
 * the search fixture's issues whose keys the JQL names, so a search for other keys finds them missing.
 */
function fakeJira(answer: (path: string) => Answer | undefined = () => undefined) {
  const asked: string[] = [];
  const now = { ms: Date.UTC(2026, 10, 30, 9) };
  const fixtures = (path: string): Answer => {
    if (path === '/rest/api/3/field') return { status: 200, json: jsmFields() };
    if (path.startsWith('/rest/api/3/issue/SUP-7?')) return { status: 200, json: loadJsonFixture('jsm/api/issue-SUP-7.json') };
    if (path === '/rest/servicedeskapi/request/SUP-7/sla') return { status: 200, json: loadJsonFixture('jsm/api/sla-SUP-7.json') };
    if (path.startsWith('/rest/api/3/search/jql?')) {
      const keys = /key in \(([^)]*)\)/.exec(new URL(path, ORIGIN).searchParams.get('jql') ?? '')?.[1]?.split(',') ?? [];
      const all = loadJsonFixture('jsm/api/search.json') as { issues: Array<{ key: string }> };
      return { status: 200, json: { issues: all.issues.filter((i) => keys.includes(i.key)), isLast: true } };
    }
    return { status: 404, json: { errorMessages: ['Not found'] } };
  };
  const fetchImpl = (async (url: string) => {
    const path = url.slice(ORIGIN.length);
    asked.push(path);
    const { status, json, headers } = answer(path) ?? fixtures(path);
    return new Response(JSON.stringify(json ?? {}), { status, headers: { 'content-type': 'application/json', ...headers } });
  }) as typeof fetch;
  const get: GetJson = (path) => fetchJson(ORIGIN + path, { now: () => now.ms, fetchImpl });
  return { get, asked, now };
}

const kinds = (asked: readonly string[]) =>
  asked.map((p) =>
    p.startsWith('/rest/api/3/field') ? 'fields' : p.startsWith('/rest/api/3/issue/') ? 'issue' : p.includes('/sla') ? 'sla' : p.includes('/search/jql') ? 'search' : p,
  );

describe('an issue page', () => {
  it('costs the issue and its SLAs, 2 requests, plus the field list once per client', async () => {
    const jira = fakeJira();
    const client = createJsmClient({ now: () => jira.now.ms });
    const first = await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(kinds(jira.asked)).toEqual(['fields', 'issue', 'sla']);
    expect(jira.asked[1]).toBe('/rest/api/3/issue/SUP-7?fields=summary,priority,created,status,resolutiondate,reporter,customfield_10002');
    expect(first.ok && first.tickets.map((t) => [t.ticket.ticketId, t.organization?.name, t.ticket.firstResponseAt])).toEqual([
      ['SUP-7', 'Stark Industries', '2026-11-28T09:52:03+01:00'],
    ]);
    await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(kinds(jira.asked)).toEqual(['fields', 'issue', 'sla', 'issue', 'sla']);
  });

  it('asks for the field list once for batches asked at the same time', async () => {
    const jira = fakeJira();
    const client = createJsmClient({ now: () => jira.now.ms });
    await Promise.all([client.fetchTickets(jira.get, ['SUP-12'], QUEUE, URL_OF), client.fetchTickets(jira.get, ['SUP-13'], QUEUE, URL_OF)]);
    expect(kinds(jira.asked).sort()).toEqual(['fields', 'search', 'search']);
  });

  it('asks for the field list again after 30 minutes', async () => {
    const jira = fakeJira();
    const client = createJsmClient({ now: () => jira.now.ms });
    await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    jira.now.ms += JSM_FIELD_LIST_TTL_MS - 1;
    await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(kinds(jira.asked).filter((k) => k === 'fields')).toHaveLength(1);
    jira.now.ms += 1;
    await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(kinds(jira.asked).filter((k) => k === 'fields')).toHaveLength(2);
  });

  it('shows an issue that is no service request (its SLAs 404) without JSM’s SLAs', async () => {
    const jira = fakeJira((path) => (path.endsWith('/sla') ? { status: 404, json: { errorMessage: 'Not a request' } } : undefined));
    const batch = await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(batch.ok && batch.tickets[0]?.ticket).toMatchObject({ ticketId: 'SUP-7', toolDue: [], firstResponseAt: null });
  });

  it('fails the issue when its SLAs fail otherwise: without them its first response is unknown', async () => {
    const jira = fakeJira((path) => (path.endsWith('/sla') ? { status: 503 } : undefined));
    const batch = await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(batch.ok).toBe(false);
    expect(!batch.ok && batch.problem).toMatchObject({
      kind: 'server-error',
      status: 503,
      message: 'Jira Service Management answered with an error (503). It will be retried shortly.',
    });
  });
});

describe('a queue', () => {
  it('costs one search per 100 rows, with the SLA fields in it, never a request per row', async () => {
    const jira = fakeJira();
    const client = createJsmClient({ now: () => jira.now.ms });
    const keys = Array.from({ length: 150 }, (_, i) => `SUP-${i + 12}`);
    const batch = await client.fetchTickets(jira.get, keys, QUEUE, URL_OF);
    expect(kinds(jira.asked)).toEqual(['fields', 'search', 'search']);
    const searches = jira.asked.slice(1).map((p) => new URL(p, ORIGIN).searchParams);
    expect(searches.map((s) => s.get('jql')!.split(',').length)).toEqual([100, 50]);
    expect(searches[0]!.get('fields')).toBe('summary,priority,created,status,resolutiondate,reporter,customfield_10002,customfield_10030,customfield_10031,customfield_10032');
    // The fixture holds five of them; the others are simply not in Jira's answer (missing, not failed).
    expect(batch.ok && batch.tickets.map((t) => t.ticket.ticketId)).toEqual(['SUP-12', 'SUP-13', 'SUP-14', 'SUP-15', 'SUP-16']);
    expect(batch.ok && batch.tickets[1]?.ticket.toolDue).toContainEqual({ metric: 'first-response', due: '2026-11-29T12:00:00+01:00', status: 'breached' });
  });

  it('asks the issue open beside the queue within the same search as the rows', async () => {
    const jira = fakeJira();
    await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ['SUP-12', 'SUP-13', 'SUP-14', 'SUP-14'], QUEUE, URL_OF);
    expect(kinds(jira.asked)).toEqual(['fields', 'search']);
    expect(new URL(jira.asked[1]!, ORIGIN).searchParams.get('jql')).toBe('key in (SUP-12,SUP-13,SUP-14)');
  });

  it('follows Jira’s next-page token where it splits a page of 100', async () => {
    const page1 = { issues: [(loadJsonFixture('jsm/api/search.json') as { issues: unknown[] }).issues[0]], nextPageToken: 'CAEaAggD', isLast: false };
    const jira = fakeJira((path) => (path.includes('/search/jql') && !path.includes('nextPageToken') ? { status: 200, json: page1 } : undefined));
    const batch = await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ['SUP-12', 'SUP-13'], QUEUE, URL_OF);
    expect(kinds(jira.asked)).toEqual(['fields', 'search', 'search']);
    expect(jira.asked[2]).toContain('&nextPageToken=CAEaAggD');
    // SUP-12 is on both pages here (Jira's pages move while issues change): one ticket.
    expect(batch.ok && batch.tickets.map((t) => t.ticket.ticketId)).toEqual(['SUP-12', 'SUP-13']);
  });

  it('stops following tokens that never end', async () => {
    const jira = fakeJira((path) => (path.includes('/search/jql') ? { status: 200, json: { issues: [], nextPageToken: 'again', isLast: false } } : undefined));
    const batch = await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ['SUP-12'], QUEUE, URL_OF);
    expect(batch.ok).toBe(true);
    expect(kinds(jira.asked).filter((k) => k === 'search')).toHaveLength(10);
  });

  it('asks nothing for ids that are no keys', async () => {
    const jira = fakeJira();
    const batch = await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ['sup-1', '7', ''], QUEUE, URL_OF);
    expect(batch).toEqual({ ok: true, tickets: [] });
    expect(jira.asked).toEqual([]);
  });
});

describe('failures, named for the agent', () => {
  const fetchWith = async (answer: (path: string) => Answer | undefined, page = ISSUE, ids = ['SUP-7']) => {
    const jira = fakeJira(answer);
    const batch = await createJsmClient({ now: () => jira.now.ms }).fetchTickets(jira.get, ids, page, URL_OF);
    if (batch.ok) throw new Error('expected a failure');
    return batch.problem;
  };

  it('401: the tab’s session', async () => {
    const problem = await fetchWith((path) => (path.startsWith('/rest/api/3/issue/') ? { status: 401 } : undefined));
    expect(problem).toMatchObject({ kind: 'session-expired', status: 401, message: "Jira refused this tab's session (401). Sign in again in this tab, then retry." });
  });

  it('403: the Browse Projects permission (§2d Permissions)', async () => {
    const problem = await fetchWith((path) => (path.includes('/search/jql') ? { status: 403 } : undefined), QUEUE, ['SUP-12']);
    expect(problem.kind).toBe('forbidden');
    expect(problem.message).toMatch(/^Jira Service Management refused the queue's issues \(403\)/);
    expect(problem.message).toContain('Browse Projects');
  });

  it('404: the issue may have been deleted or moved', async () => {
    const problem = await fetchWith((path) => (path.startsWith('/rest/api/3/issue/') ? { status: 404 } : undefined));
    expect(problem.message).toBe('Jira Service Management could not find issue SUP-7 (404): it may have been deleted or moved, or your account may not see it.');
  });

  it('400 on a search: an issue shown may no longer exist', async () => {
    const problem = await fetchWith(
      (path) => (path.includes('/search/jql') ? { status: 400, json: { errorMessages: ['An issue with key SUP-99 does not exist for field key.'] } } : undefined),
      QUEUE,
      ['SUP-99'],
    );
    expect(problem.status).toBe(400);
    expect(problem.message).toContain('deleted or moved');
  });

  it('429: keeps when to retry', async () => {
    const problem = await fetchWith((path) => (path.startsWith('/rest/api/3/issue/') ? { status: 429, headers: { 'Retry-After': '30' } } : undefined));
    expect(problem).toMatchObject({ kind: 'rate-limited', status: 429, retryAt: Date.UTC(2026, 10, 30, 9, 0, 30) });
    expect(problem.message).toMatch(/^Jira Service Management is rate-limiting requests \(429\)/);
  });

  it('an answer not shaped as documented is malformed', async () => {
    const issue = await fetchWith((path) => (path.startsWith('/rest/api/3/issue/') ? { status: 200, json: { key: 'SUP-7' } } : undefined));
    expect(issue).toMatchObject({ kind: 'malformed', message: expect.stringContaining('Jira Service Management') });
    const sla = await fetchWith((path) => (path.endsWith('/sla') ? { status: 200, json: { values: 'none' } } : undefined));
    expect(sla.kind).toBe('malformed');
    const search = await fetchWith((path) => (path.includes('/search/jql') ? { status: 200, json: { total: 0 } } : undefined), QUEUE, ['SUP-12']);
    expect(search.kind).toBe('malformed');
  });

  it('a failed field list fails the batch, and is asked again next time', async () => {
    let fail = true;
    const jira = fakeJira((path) => (path === '/rest/api/3/field' && fail ? { status: 500 } : undefined));
    const client = createJsmClient({ now: () => jira.now.ms });
    const first = await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(!first.ok && first.problem.message).toBe('Jira Service Management answered with an error (500). It will be retried shortly.');
    expect(kinds(jira.asked)).toEqual(['fields']);
    fail = false;
    const second = await client.fetchTickets(jira.get, ['SUP-7'], ISSUE, URL_OF);
    expect(second.ok).toBe(true);
    expect(kinds(jira.asked)).toEqual(['fields', 'fields', 'issue', 'sla']);
  });

  it('a field list not shaped as documented is malformed, and not kept', async () => {
    const problem = await fetchWith((path) => (path === '/rest/api/3/field' ? { status: 200, json: { fields: [] } } : undefined));
    expect(problem).toMatchObject({ kind: 'malformed', message: expect.stringContaining('field list') });
  });
});
