/**
 * The agent's own unsolved Zendesk tickets, listed by the Search API so the background can watch them with no view
 * open (lib/sites/zendesk/api.ts `zendeskApiPaths.mine`, `parseZendeskSearchIds`; lib/sites/zendesk/client.ts
 * `fetchMine`). The reply is modelled on https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/
 * (test/fixtures/zendesk/api/search-mine.ts): offset pagination, at most 100 results a page and 1,000 a query,
 * `next_page` null on the last page.
 */
import { describe, expect, it } from 'vitest';
import type { FetchResult } from '../../lib/http/fetch-json';
import type { FetchProblem } from '../../lib/messaging/answers';
import { parseZendeskSearchIds, zendeskApiPaths } from '../../lib/sites/zendesk/api';
import { ZENDESK_CLIENT } from '../../lib/sites/zendesk/client';
import { searchMine } from '../fixtures/zendesk/api/search-mine';

type Reply = { results: Array<Record<string, unknown>>; next_page: string | null };

/** A search page of `ids`, with a next page or not. */
const page = (ids: number[], more: boolean): Reply => {
  const reply = searchMine() as Reply;
  const template = reply.results[0]!;
  reply.results = ids.map((id) => ({ ...template, id, url: `https://acme.zendesk.com/api/v2/tickets/${id}.json` }));
  if (!more) reply.next_page = null;
  return reply;
};
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

function fakeGet(answers: FetchResult[]) {
  const paths: string[] = [];
  return {
    paths,
    get: async (path: string): Promise<FetchResult> => {
      paths.push(path);
      return answers.shift() ?? { ok: true, json: page([], false) };
    },
  };
}

describe('the search path', () => {
  it('asks for the agent’s unsolved tickets, 100 a page, most recently updated first, the query encoded', () => {
    const path = zendeskApiPaths.mine(1);
    expect(path).toBe('/api/v2/search.json?query=type%3Aticket%20assignee%3Ame%20status%3Csolved&sort_by=updated_at&sort_order=desc&per_page=100&page=1');
    expect(path).not.toMatch(/[ <]/);
    const params = new URL(path, 'https://acme.zendesk.com').searchParams;
    expect(Object.fromEntries(params)).toEqual({
      query: 'type:ticket assignee:me status<solved',
      sort_by: 'updated_at',
      sort_order: 'desc',
      per_page: '100',
      page: '1',
    });
  });

  it.each([
    [2, '2'],
    [10, '10'],
    [0, '1'], // pages count from 1
    [-3, '1'],
    [2.7, '2'],
  ])('page %s is asked as page=%s', (n, expected) => {
    expect(new URL(zendeskApiPaths.mine(n), 'https://acme.zendesk.com').searchParams.get('page')).toBe(expected);
  });
});

describe('reading a search page', () => {
  it('gives the tickets’ ids in the order listed, and that another page follows', () => {
    expect(parseZendeskSearchIds(searchMine())).toEqual({ ids: ['1042', '1001', '987', '1105'], more: true });
  });

  it('the last page: next_page null (or absent, or empty)', () => {
    const last = searchMine() as Reply;
    last.next_page = null;
    expect(parseZendeskSearchIds(last)).toEqual({ ids: ['1042', '1001', '987', '1105'], more: false });
    const { next_page: _gone, ...absent } = searchMine() as Reply;
    expect(parseZendeskSearchIds(absent)?.more).toBe(false);
    expect(parseZendeskSearchIds({ ...(searchMine() as Reply), next_page: '' })?.more).toBe(false);
  });

  it('skips what is not a ticket (users, groups, organizations) and results without a usable id', () => {
    const reply = searchMine() as Reply;
    reply.results.push(
      { id: 30001, name: 'Ada Agent', result_type: 'user', url: 'https://acme.zendesk.com/api/v2/users/30001.json' },
      { id: 50001, name: 'Tier 2', result_type: 'group' },
      { id: 40001, name: 'Initech', result_type: 'organization' },
      { id: '1200', result_type: 'ticket' }, // an id as a string of digits is still an id
      { id: '12a', result_type: 'ticket' },
      { id: -5, result_type: 'ticket' },
      { id: null, result_type: 'ticket' },
    );
    (reply.results as unknown[]).push(null, 'ticket 77', 77);
    expect(parseZendeskSearchIds(reply)?.ids).toEqual(['1042', '1001', '987', '1105', '1200']);
  });

  it.each([null, undefined, 'results', 42, [], {}, { results: null }, { results: { 0: { id: 1 } } }, { count: 0 }])('not a search answer (%j): null', (json) => {
    expect(parseZendeskSearchIds(json)).toBeNull();
  });

  it('no results: no ids, no more', () => {
    expect(parseZendeskSearchIds({ results: [], next_page: null, previous_page: null, count: 0, facets: null })).toEqual({ ids: [], more: false });
  });
});

describe('listing them all (fetchMine)', () => {
  it('follows next_page until it is null', async () => {
    const { get, paths } = fakeGet([
      { ok: true, json: page(range(2000, 100), true) },
      { ok: true, json: page(range(2100, 100), true) },
      { ok: true, json: page(range(2200, 4), false) },
      { ok: true, json: page(range(9000, 100), true) }, // never asked
    ]);
    const mine = await ZENDESK_CLIENT.fetchMine!(get, 1000);
    expect(mine).toEqual({ ok: true, ticketIds: range(2000, 204).map(String) });
    expect(paths).toEqual([zendeskApiPaths.mine(1), zendeskApiPaths.mine(2), zendeskApiPaths.mine(3)]);
  });

  it('stops at the limit, asking no page beyond it', async () => {
    const { get, paths } = fakeGet([
      { ok: true, json: page(range(2000, 100), true) },
      { ok: true, json: page(range(2100, 100), true) },
    ]);
    const mine = await ZENDESK_CLIENT.fetchMine!(get, 150);
    expect(mine).toEqual({ ok: true, ticketIds: range(2000, 150).map(String) });
    expect(paths).toHaveLength(2);

    const one = fakeGet([{ ok: true, json: page(range(2000, 100), true) }]);
    expect(await ZENDESK_CLIENT.fetchMine!(one.get, 100)).toEqual({ ok: true, ticketIds: range(2000, 100).map(String) });
    expect(one.paths).toHaveLength(1);
  });

  it('never asks past page 10: Zendesk answers 1,000 results a query at most (page 11 is a 422)', async () => {
    const answers: FetchResult[] = range(0, 12).map((p) => ({ ok: true, json: page(range(10_000 + p * 100, 100), true) }));
    const { get, paths } = fakeGet(answers);
    const mine = await ZENDESK_CLIENT.fetchMine!(get, 1000);
    expect(paths.at(-1)).toBe(zendeskApiPaths.mine(10));
    expect(mine.ok && mine.ticketIds.length).toBe(1000);
  });

  it('a ticket listed on two pages (offset pagination shifts as tickets are updated) is listed once', async () => {
    const { get } = fakeGet([
      { ok: true, json: page([1, 2, 3], true) },
      { ok: true, json: page([3, 4], false) },
    ]);
    expect(await ZENDESK_CLIENT.fetchMine!(get, 1000)).toEqual({ ok: true, ticketIds: ['1', '2', '3', '4'] });
  });

  it('a page with no tickets ends the list even if it names a next one', async () => {
    const { get, paths } = fakeGet([
      { ok: true, json: page([1], true) },
      { ok: true, json: page([], true) },
      { ok: true, json: page([2], false) },
    ]);
    expect(await ZENDESK_CLIENT.fetchMine!(get, 1000)).toEqual({ ok: true, ticketIds: ['1'] });
    expect(paths).toHaveLength(2);
  });

  it('none open: an empty list (an answer, not a failure)', async () => {
    const { get } = fakeGet([{ ok: true, json: page([], false) }]);
    expect(await ZENDESK_CLIENT.fetchMine!(get, 1000)).toEqual({ ok: true, ticketIds: [] });
  });

  it('an error reply is returned as the problem, on any page', async () => {
    const limited: FetchProblem = { kind: 'rate-limited', message: 'The tool is rate-limiting requests (429).', status: 429, retryAt: 1_795_000_000_000 };
    const { get, paths } = fakeGet([
      { ok: true, json: page(range(2000, 100), true) },
      { ok: false, problem: limited },
    ]);
    expect(await ZENDESK_CLIENT.fetchMine!(get, 1000)).toEqual({ ok: false, problem: limited });
    expect(paths).toHaveLength(2);

    const expired: FetchProblem = { kind: 'session-expired', message: 'Your session has expired.', status: 401, retryAt: null };
    expect(await ZENDESK_CLIENT.fetchMine!(fakeGet([{ ok: false, problem: expired }]).get, 1000)).toEqual({ ok: false, problem: expired });
  });

  it('a reply not shaped like search results is a malformed answer', async () => {
    const { get } = fakeGet([{ ok: true, json: { tickets: [{ id: 1 }] } }]);
    const mine = await ZENDESK_CLIENT.fetchMine!(get, 1000);
    expect(mine).toEqual({ ok: false, problem: expect.objectContaining({ kind: 'malformed', status: null, retryAt: null }) });
  });
});
