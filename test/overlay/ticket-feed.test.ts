import { describe, expect, it } from 'vitest';
import { createTicketFeed, type TicketFeedOptions } from '../../lib/overlay/ticket-feed';
import type { TicketLookup } from '../../lib/messaging/answers';

/** A lookup answer naming the ids it was asked for (as tickets with no SLA: the feed never reads them). */
const answer = (ids: string[], problem: TicketLookup['problem'] = null): TicketLookup => ({
  tickets: Object.fromEntries(ids.map((id) => [id, { ticketId: id } as unknown as TicketLookup['tickets'][string]])),
  organizations: {},
  calendars: [],
  policy: { id: 'p', name: 'P', version: '1' },
  fetchedAt: 0,
  missing: [],
  problem,
  source: problem ? 'cache' : 'api',
});

/** A feed whose requests wait until the test answers them, and whose timer fires when the test says. */
function harness(options: Partial<TicketFeedOptions> = {}) {
  const requests: Array<{ ids: string[]; fresh: boolean; resolve: (a: TicketLookup) => void; reject: (e: Error) => void }> = [];
  const changes: string[][] = [];
  const timers: Array<{ fn: () => void; ms: number; cancelled: boolean }> = [];
  const feed = createTicketFeed({
    lookup: (ids, fresh) => new Promise((resolve, reject) => requests.push({ ids, fresh, resolve, reject })),
    onChange: (ids) => changes.push([...ids]),
    batchSize: 3,
    schedule: (fn, ms) => {
      const timer = { fn, ms, cancelled: false };
      timers.push(timer);
      return () => (timer.cancelled = true);
    },
    refreshMs: 60_000,
    ...options,
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  const fire = () =>
    timers
      .filter((t) => !t.cancelled)
      .splice(0)
      .forEach((t) => ((t.cancelled = true), t.fn()));
  return { feed, requests, changes, timers, settle, fire };
}

describe('the ticket feed behind the Zendesk badges', () => {
  it('asks for the ids in fixed batches, once each, in the microtask after they are added', async () => {
    const { feed, requests, settle } = harness();
    feed.add(['1', '2', '3', '4']);
    feed.add(['2', '5']); // 2 is known; 5 fills the second batch
    expect(requests).toHaveLength(0); // nothing before the microtask
    await settle();
    expect(requests.map((r) => r.ids)).toEqual([
      ['1', '2', '3'],
      ['4', '5'],
    ]);
    expect(feed.get('4')?.loading).toBe(true);
    expect(feed.get('9')).toBeNull();
  });

  it('keeps a batch’s ids as rows come: a new id fills the last batch, which is asked again; full batches are not', async () => {
    const { feed, requests, settle } = harness();
    feed.add(['1', '2', '3', '4']);
    await settle();
    requests.forEach((r) => r.resolve(answer(r.ids)));
    await settle();
    feed.add(['1', '6']);
    await settle();
    expect(requests.slice(2).map((r) => r.ids)).toEqual([['4', '6']]);
  });

  it('asks again for just the batches holding tickets the page now shows otherwise (invalidate)', async () => {
    const { feed, requests, settle } = harness();
    feed.add(['1', '2', '3', '4']);
    await settle();
    requests.forEach((r) => r.resolve(answer(r.ids)));
    await settle();
    feed.invalidate(['4', '9']); // 9 was never added: ignored
    expect(requests).toHaveLength(2); // nothing before the microtask
    await settle();
    expect(requests.slice(2).map((r) => r.ids)).toEqual([['4']]);
  });

  it('hands each badge its batch’s answer, and tells which tickets changed', async () => {
    const { feed, requests, changes, settle } = harness();
    feed.add(['1', '2', '3', '4']);
    await settle();
    expect(changes).toEqual([]); // a first fetch changes nothing a badge shows ("…" already)
    requests[1]!.resolve(answer(['4']));
    await settle();
    expect(changes).toEqual([['4']]);
    expect(feed.get('4')).toMatchObject({ loading: false });
    expect(feed.get('4')?.lookup?.tickets['4']).toBeDefined();
    expect(feed.get('1')?.lookup).toBeUndefined();
  });

  it('keeps the last answer when a request fails, and drops an answer overtaken by a newer request', async () => {
    const { feed, requests, settle, fire } = harness();
    feed.add(['1']);
    await settle();
    requests[0]!.resolve(answer(['1']));
    await settle();
    const first = feed.get('1')!.lookup;
    fire(); // the refresh
    requests[1]!.reject(new Error('Extension context invalidated'));
    await settle();
    expect(feed.get('1')).toMatchObject({ loading: false, lookup: first });
    fire();
    fire();
    expect(requests).toHaveLength(4);
    requests[3]!.resolve(answer(['1']));
    await settle();
    const newest = feed.get('1')!.lookup;
    requests[2]!.resolve(answer(['1'])); // the older of the two in flight answers last
    await settle();
    expect(feed.get('1')!.lookup).toBe(newest);
  });

  it('Retry asks again at once with fresh set, and a batch showing a problem shows that it is asking', async () => {
    const { feed, requests, changes, settle } = harness();
    feed.add(['1']);
    await settle();
    requests[0]!.resolve(answer([], { kind: 'server-error', message: 'Zendesk answered 500', status: 500, retryAt: null }));
    await settle();
    changes.length = 0;
    feed.get('1')!.retry();
    expect(requests[1]).toMatchObject({ ids: ['1'], fresh: true });
    expect(changes).toEqual([['1']]);
    expect(feed.get('1')!.loading).toBe(true);
  });

  it('refreshes every batch each refreshMs while the page is visible, and stops with stop()', async () => {
    let visible = true;
    const { feed, requests, timers, settle, fire } = harness({ visible: () => visible });
    feed.add(['1', '2', '3', '4']);
    await settle();
    expect(timers.filter((t) => !t.cancelled).map((t) => t.ms)).toEqual([60_000]);
    fire();
    expect(requests).toHaveLength(4);
    expect(requests.slice(2).every((r) => r.fresh === false)).toBe(true);
    visible = false;
    fire();
    expect(requests).toHaveLength(4); // hidden: not asked, but the timer is armed again
    expect(timers.filter((t) => !t.cancelled)).toHaveLength(1);
    feed.stop();
    expect(timers.every((t) => t.cancelled)).toBe(true);
    feed.add(['9']);
    await settle();
    expect(requests).toHaveLength(4);
  });
});
