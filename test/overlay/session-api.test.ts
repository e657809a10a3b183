/**
 * A tool's API read from its own page with the agent's session: the content script asks the background's back-off
 * first, makes one request per batch through the tool's client, and the background keeps the last good tickets
 * (lib/overlay/session-api.ts, lib/background/api-tickets.ts `ApiTicketMemory`): a failure, or a reload during one,
 * still shows what was known, marked stale; a 429 is waited out across reloads; a ticket the tool leaves out is missing.
 */
import { describe, expect, it } from 'vitest';
import { ApiTicketMemory } from '../../lib/background/api-tickets';
import type { FetchProblem, TicketLookup } from '../../lib/messaging/answers';
import { createSessionApiSource } from '../../lib/overlay/session-api';
import type { ApiTicket, ApiTicketBatch, TicketApiClient } from '../../lib/sites/page-data';
import type { PageMatch, Tool } from '../../lib/sites/types';

const ORIGIN = 'https://acme.atlassian.net';
const item = (ticketId: string, subject = 'Search is down'): ApiTicket<Tool> => ({
  ticket: { tool: 'jsm', ticketId, subject, priority: 'High', severityField: null, status: 'Open', createdAt: null, firstResponseAt: null, resolvedAt: null, organizationId: null },
  label: null,
  account: null,
  organization: null,
  statusSince: null,
});
const problem = (kind: FetchProblem['kind'], retryAt: number | null = null): FetchProblem => ({
  kind,
  message: `${kind} happened`,
  status: kind === 'rate-limited' ? 429 : 401,
  retryAt,
});

/** A page's source wired to one background memory, as the content script and the background are by messages. */
function setup(answers: ApiTicketBatch<Tool>[], memory = new ApiTicketMemory()) {
  const clock = { now: 1_000_000 };
  const calls: string[][] = [];
  const client: TicketApiClient<Tool> = {
    fetchTickets: async (_get, ids) => {
      calls.push([...ids]);
      return answers.shift() ?? { ok: true, tickets: [] };
    },
  };
  const match: PageMatch = { tool: 'jsm', kind: 'ticket-list', recordId: '1' };
  const page = () => {
    const evaluated: string[][] = [];
    const source = createSessionApiSource({
      client,
      get: async () => ({ ok: true, json: {} }),
      page: () => ({ match, url: new URL(`${ORIGIN}/jira/servicedesk/projects/SUP/queues/custom/1`) }),
      gate: async (fresh) => memory.gate(ORIGIN, clock.now, fresh),
      batchSize: 100,
      evaluate: async (ticketIds, tickets, outcome) => {
        const settled = memory.settle(ORIGIN, ticketIds, tickets, outcome, clock.now);
        evaluated.push(settled.items.map((t) => `${t.ticket.ticketId}:${t.ticket.subject}`));
        const lookup: TicketLookup = {
          tickets: {},
          organizations: {},
          calendars: [],
          policy: { id: 'p', name: 'P', version: '1' },
          fetchedAt: settled.fetchedAt,
          missing: settled.missing,
          problem: settled.problem,
          source: settled.problem ? 'cache' : 'api',
        };
        return lookup;
      },
    });
    return { source, evaluated };
  };
  return { page, calls, clock };
}

describe('the session API source and the background’s memory of it', () => {
  it('evaluates what the tool answered and calls a ticket it left out missing', async () => {
    const { page } = setup([{ ok: true, tickets: [item('SUP-1'), item('SUP-2')] }]);
    const { source, evaluated } = page();
    const lookup = await source.lookup(['SUP-1', 'SUP-2', 'SUP-3'], false);
    expect(evaluated).toEqual([['SUP-1:Search is down', 'SUP-2:Search is down']]);
    expect(lookup.missing).toEqual(['SUP-3']);
    expect(lookup.problem).toBeNull();
    expect(lookup.source).toBe('api');
  });

  it('keeps the last good tickets through a refusal, and through a reload during it, said and dated; Retry asks again', async () => {
    const { page, clock, calls } = setup([
      { ok: true, tickets: [item('SUP-1', 'first')] },
      { ok: false, problem: problem('session-expired') },
      { ok: false, problem: problem('session-expired') },
      { ok: true, tickets: [item('SUP-1', 'second')] },
    ]);
    const before = page();
    const first = await before.source.lookup(['SUP-1'], false);
    clock.now += 60_000;
    const failed = await before.source.lookup(['SUP-1'], false);
    expect(failed.problem?.kind).toBe('session-expired');
    expect(failed.source).toBe('cache');
    expect(failed.fetchedAt).toBe(first.fetchedAt);
    expect(failed.missing).toEqual([]);
    expect(before.evaluated[1]).toEqual(['SUP-1:first']);
    // The agent reloads: a new page, the background's memory: the last good data is still there, stale.
    const after = page();
    const reloaded = await after.source.lookup(['SUP-1'], false);
    expect(reloaded.problem?.kind).toBe('session-expired');
    expect(after.evaluated[0]).toEqual(['SUP-1:first']);
    expect(calls).toHaveLength(3); // a refused session waits for the agent, but is not a back-off: asked again
    const retried = await after.source.lookup(['SUP-1'], true);
    expect(retried.problem).toBeNull();
    expect(after.evaluated[1]).toEqual(['SUP-1:second']);
  });

  it('waits out a 429’s Retry-After, even on Retry and after a reload, without asking the tool', async () => {
    const { page, calls, clock } = setup([{ ok: false, problem: problem('rate-limited', 1_000_000 + 30_000) }]);
    await page().source.lookup(['SUP-1'], false);
    expect(calls).toHaveLength(1);
    clock.now += 10_000;
    const blocked = await page().source.lookup(['SUP-1'], true);
    expect(calls).toHaveLength(1);
    expect(blocked.problem).toMatchObject({ kind: 'rate-limited', retryAt: 1_030_000 });
    expect(blocked.missing).toEqual(['SUP-1']);
    clock.now += 30_000;
    await page().source.lookup(['SUP-1'], false);
    expect(calls).toHaveLength(2);
  });

  it('backs off after a server error (5 s, doubling): a reload within it does not ask again', async () => {
    const { page, calls, clock } = setup([
      { ok: false, problem: problem('server-error') },
      { ok: false, problem: problem('server-error') },
    ]);
    await page().source.lookup(['SUP-1'], false);
    clock.now += 4_000;
    expect((await page().source.lookup(['SUP-1'], false)).problem?.kind).toBe('server-error');
    expect(calls).toHaveLength(1);
    clock.now += 2_000;
    await page().source.lookup(['SUP-1'], false);
    expect(calls).toHaveLength(2);
    clock.now += 9_000; // the second wait is 10 s
    await page().source.lookup(['SUP-1'], false);
    expect(calls).toHaveLength(2);
  });
});

describe('the agent’s own tickets, asked for by the background (refreshMine)', () => {
  const match: PageMatch = { tool: 'zendesk', kind: 'ticket-list', recordId: '360001' };
  const url = new URL('https://acme.zendesk.com/agent/filters/360001');
  const ids = (count: number) => Array.from({ length: count }, (_, i) => String(2000 + i));

  /** A Zendesk page's source whose client lists `mine` (or has no such list), wired to one background memory. */
  function mineSetup(options: { mine?: { ok: true; ticketIds: string[] } | { ok: false; problem: FetchProblem } | null; answers?: ApiTicketBatch<Tool>[]; batchSize?: number }) {
    const memory = new ApiTicketMemory();
    const clock = { now: 1_000_000 };
    const fetched: string[][] = [];
    const sent: Array<{ ticketIds: string[]; tickets: string[]; outcome: string; mine: string[] | undefined }> = [];
    const gates: boolean[] = [];
    const answers = [...(options.answers ?? [])];
    const client: TicketApiClient<Tool> = {
      fetchTickets: async (_get, ticketIds) => {
        fetched.push([...ticketIds]);
        return answers.shift() ?? { ok: true, tickets: ticketIds.map((id) => item(id)) };
      },
      ...(options.mine === null ? {} : { fetchMine: async (_get, limit) => options.mine ?? { ok: true, ticketIds: ids(Math.min(limit, 5)) } }),
    };
    const source = createSessionApiSource({
      client,
      get: async () => ({ ok: true, json: {} }),
      page: () => ({ match, url }),
      gate: async (fresh) => {
        gates.push(fresh);
        return memory.gate(url.origin, clock.now, fresh);
      },
      batchSize: options.batchSize ?? 100,
      evaluate: async (ticketIds, tickets, outcome, mine) => {
        const settled = memory.settle(url.origin, ticketIds, tickets, outcome, clock.now);
        sent.push({ ticketIds, tickets: tickets.map((t) => t.ticket.ticketId), outcome: outcome.kind, mine });
        return {
          tickets: {},
          organizations: {},
          calendars: [],
          policy: { id: 'p', name: 'P', version: '1' },
          fetchedAt: settled.fetchedAt,
          missing: [],
          problem: settled.problem,
          source: 'api',
        };
      },
    });
    return { source, memory, clock, fetched, sent, gates };
  }

  it('a client with no such list: false, and nothing is asked or sent', async () => {
    const { source, fetched, sent, gates } = mineSetup({ mine: null });
    expect(await source.refreshMine(1000, match, url)).toBe(false);
    expect(fetched).toEqual([]);
    expect(sent).toEqual([]);
    expect(gates).toEqual([]);
  });

  it('while the origin backs off, nothing is listed or sent (the watch list keeps what it had)', async () => {
    const { source, memory, clock, fetched, sent } = mineSetup({});
    memory.settle(url.origin, ['1'], [], { kind: 'failed', problem: problem('rate-limited', clock.now + 60_000) }, clock.now);
    expect(await source.refreshMine(1000, match, url)).toBe(true);
    expect(fetched).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('the list cannot be read: nothing is sent', async () => {
    const { source, fetched, sent } = mineSetup({ mine: { ok: false, problem: problem('session-expired') } });
    expect(await source.refreshMine(1000, match, url)).toBe(true);
    expect(fetched).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('reads them in batches of the adapter’s size, each sent with every id of the list as `mine`', async () => {
    const all = ids(250);
    const { source, fetched, sent, gates } = mineSetup({ mine: { ok: true, ticketIds: all } });
    expect(await source.refreshMine(1000, match, url)).toBe(true);
    expect(fetched).toEqual([all.slice(0, 100), all.slice(100, 200), all.slice(200)]);
    expect(sent.map((s) => [s.ticketIds.length, s.tickets.length, s.outcome])).toEqual([
      [100, 100, 'read'],
      [100, 100, 'read'],
      [50, 50, 'read'],
    ]);
    expect(sent.every((s) => s.mine === all)).toBe(true);
    expect(gates).toEqual([false, false, false, false]); // the list, then each batch: never a forced retry
  });

  it('a batch the tool refuses is sent as failed (still with `mine`); once the origin backs off, the rest wait', async () => {
    const all = ids(7);
    const { source, fetched, sent } = mineSetup({ mine: { ok: true, ticketIds: all }, batchSize: 3, answers: [{ ok: false, problem: problem('server-error') }] });
    await source.refreshMine(1000, match, url);
    expect(fetched).toEqual([all.slice(0, 3)]);
    expect(sent).toEqual([{ ticketIds: all.slice(0, 3), tickets: [], outcome: 'failed', mine: all }]);
  });

  it('none of the agent’s tickets open: one message with no ids and `mine` empty', async () => {
    const { source, fetched, sent } = mineSetup({ mine: { ok: true, ticketIds: [] } });
    expect(await source.refreshMine(1000, match, url)).toBe(true);
    expect(fetched).toEqual([]);
    expect(sent).toEqual([{ ticketIds: [], tickets: [], outcome: 'read', mine: [] }]);
  });

  it('asks the client for at most the limit', async () => {
    const { source, sent } = mineSetup({});
    await source.refreshMine(3, match, url);
    expect(sent[0]!.mine).toEqual(ids(3));
  });
});
