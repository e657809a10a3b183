/**
 * The watch list (lib/alerts/watch.ts): which tickets are watched and why, with their targets as last evaluated, and
 * the bounds that keep it small (watch hours, watch limit, short texts). Lookups come from the real engine.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_WATCH, forgetMine, isFinished, snooze, trim, watchLookup, type WatchState } from '../../lib/alerts/watch';
import type { FetchProblem, TicketLookup } from '../../lib/messaging/answers';
import { HOUR, LIMITS, MINUTE, ORIGIN, lookupOf, organization, rawTicket, seenIn, stateOf, watched, watchedFrom } from './helpers';

/** Mon 23 Nov 2026 10:00 PST. */
const NOW = Date.parse('2026-11-23T18:00:00Z');
const key = (id: string, origin = ORIGIN) => `${origin}#${id}`;
const tickets = (...ids: string[]) => ids.map((ticketId) => rawTicket({ ticketId }));
const refused: FetchProblem = { kind: 'rate-limited', message: 'The tool is rate-limiting requests (429).', status: 429, retryAt: null };

describe('why a ticket is watched', () => {
  it('the ticket a page shows is “opened”, the others on it “list”; the tab, its page and its customer are kept', () => {
    const state = watchedFrom(lookupOf(tickets('1001', '1002'), NOW, organization([], NOW)), NOW, { openedTicketId: '1001' });
    expect(Object.keys(state.tickets)).toEqual([key('1001'), key('1002')]);
    expect(state.tickets[key('1001')]).toMatchObject({
      key: key('1001'),
      tool: 'zendesk',
      origin: ORIGIN,
      ticketId: '1001',
      label: '#1001',
      subject: 'Search is down',
      customer: 'Acme',
      severity: 1,
      url: `${ORIGIN}/agent/tickets/1001`,
      why: 'opened',
      firstSeenAt: NOW,
      seenAt: NOW,
      readAt: NOW,
      stale: false,
      tabId: 4,
    });
    expect(state.tickets[key('1002')]!.why).toBe('list');
  });

  it('an opened ticket seen later in a list stays “opened”; one of the agent’s own stays “mine” whatever shows it', () => {
    let state = watchedFrom(lookupOf(tickets('1001'), NOW), NOW, { openedTicketId: '1001' });
    state = watchedFrom(lookupOf(tickets('1001', '1002'), NOW + MINUTE), NOW + MINUTE, { openedTicketId: null, tabId: 7 }, state);
    expect(state.tickets[key('1001')]).toMatchObject({ why: 'opened', firstSeenAt: NOW, seenAt: NOW + MINUTE, tabId: 7 });

    state = watchedFrom(lookupOf(tickets('1002'), NOW + 2 * MINUTE), NOW + 2 * MINUTE, { reason: 'mine', tabId: 9 }, state);
    // Fetched without being shown: the tab it was last seen in stays the one to focus.
    expect(state.tickets[key('1002')]).toMatchObject({ why: 'mine', tabId: 7 });
    state = watchedFrom(lookupOf(tickets('1002'), NOW + 3 * MINUTE), NOW + 3 * MINUTE, { openedTicketId: null }, state);
    expect(state.tickets[key('1002')]!.why).toBe('mine');
    state = watchedFrom(lookupOf(tickets('1002'), NOW + 4 * MINUTE), NOW + 4 * MINUTE, { openedTicketId: '1002' }, state);
    expect(state.tickets[key('1002')]).toMatchObject({ why: 'mine', firstSeenAt: NOW + MINUTE, seenAt: NOW + 4 * MINUTE, tabId: 4 });
  });

  it('one of the agent’s own never seen in a tab has no tab', () => {
    const state = watchedFrom(lookupOf(tickets('1003'), NOW), NOW, { reason: 'mine', tabId: 9 });
    expect(state.tickets[key('1003')]).toMatchObject({ why: 'mine', tabId: null });
  });

  it('the same ticket id at two Zendesk accounts is two tickets', () => {
    let state = watchedFrom(lookupOf(tickets('1001'), NOW), NOW);
    state = watchedFrom(lookupOf(tickets('1001'), NOW), NOW, { origin: 'https://globex.zendesk.com' }, state);
    expect(Object.keys(state.tickets).sort()).toEqual([key('1001'), key('1001', 'https://globex.zendesk.com')]);
  });
});

describe('what is kept of its targets', () => {
  it('the contractual targets with a due instant, as evaluated (the internal goal is not alerted)', () => {
    const state = watchedFrom(lookupOf(tickets('1001'), NOW), NOW);
    expect(state.tickets[key('1001')]!.targets).toEqual([
      {
        metric: 'first-response',
        label: 'Severity 1 first response (24 business hours)',
        dueAt: Date.parse('2026-11-27T17:30:00Z'), // Fri 09:30 PST, Thanksgiving off
        calendar: 'business',
        targetHours: 24,
        state: 'running',
        businessRemainingMs: 23.5 * HOUR,
      },
      {
        metric: 'resolution',
        label: 'Severity 1 resolution or workaround (72 business hours)',
        dueAt: Date.parse('2026-12-07T17:30:00Z'),
        calendar: 'business',
        targetHours: 72,
        state: 'running',
        businessRemainingMs: 71.5 * HOUR,
      },
    ]);
  });

  it('a ticket of unknown severity is watched with no targets (nothing to count)', () => {
    const state = watchedFrom(lookupOf([rawTicket({ priority: null })], NOW), NOW);
    expect(state.tickets[key('1001')]).toMatchObject({ severity: null, targets: [] });
  });
});

describe('watching ends when the ticket is done', () => {
  it.each(['solved', 'closed', 'Resolved', 'Done', 'Cancelled', 'Completed'])('status %s: unwatched, with its alerts sent and its snooze', (status) => {
    const before: WatchState = {
      ...watchedFrom(lookupOf(tickets('1001', '1002'), NOW), NOW),
      sent: { [key('1001')]: ['first-response|60'], [key('1002')]: ['first-response|60'] },
    };
    const snoozed = snooze(before, key('1001'), true);
    const after = watchedFrom(lookupOf([rawTicket({ status })], NOW + HOUR), NOW + HOUR, {}, snoozed);
    expect(Object.keys(after.tickets)).toEqual([key('1002')]);
    expect(after.sent).toEqual({ [key('1002')]: ['first-response|60'] });
    expect(after.snoozed).toEqual([]);
  });

  it('every contractual target met: unwatched; a status that only pauses the clock is not an end', () => {
    const before = watchedFrom(lookupOf(tickets('1001'), NOW), NOW);
    const met = lookupOf([rawTicket({ status: 'open', firstResponseAt: '2026-11-23T17:45:00Z', resolvedAt: '2026-11-23T17:55:00Z' })], NOW);
    expect(isFinished(met.tickets['1001']!)).toBe(true);
    expect(watchedFrom(met, NOW, {}, before).tickets).toEqual({});

    const responded = lookupOf([rawTicket({ firstResponseAt: '2026-11-23T17:45:00Z' })], NOW);
    expect(isFinished(responded.tickets['1001']!)).toBe(false);
    const pending = lookupOf([rawTicket({ status: 'pending' })], NOW);
    expect(isFinished(pending.tickets['1001']!)).toBe(false);
    expect(Object.keys(watchedFrom(pending, NOW, {}, before).tickets)).toEqual([key('1001')]);
  });

  it('a finished ticket never watched is not added', () => {
    expect(watchedFrom(lookupOf([rawTicket({ status: 'solved' })], NOW), NOW)).toEqual(EMPTY_WATCH);
  });
});

describe('data the tool refused to refresh', () => {
  it('is marked stale and keeps its age (from the lookup), while the sighting counts as now', () => {
    const readAt = NOW - 30 * MINUTE;
    const cached: TicketLookup = { ...lookupOf(tickets('1001'), readAt), problem: refused, source: 'cache' };
    const state = watchedFrom(cached, NOW, { openedTicketId: '1001' });
    expect(state.tickets[key('1001')]).toMatchObject({ stale: true, readAt, seenAt: NOW, firstSeenAt: NOW });

    // Refused again later: the data is still as old as it was.
    const again = watchedFrom(cached, NOW + 10 * MINUTE, {}, state);
    expect(again.tickets[key('1001')]).toMatchObject({ stale: true, readAt, seenAt: NOW + 10 * MINUTE });
    // Read again: fresh.
    const fresh = watchedFrom(lookupOf(tickets('1001'), NOW + 20 * MINUTE), NOW + 20 * MINUTE, {}, again);
    expect(fresh.tickets[key('1001')]).toMatchObject({ stale: false, readAt: NOW + 20 * MINUTE });
  });
});

describe('bounded', () => {
  it('beyond the watch limit, the tickets seen longest ago go first, with their alerts sent and snoozes', () => {
    const limits = { ...LIMITS, watchLimit: 3 };
    let state: WatchState = EMPTY_WATCH;
    for (const [i, id] of ['1', '2', '3'].entries()) state = watchLookup(state, lookupOf(tickets(id), NOW), seenIn(), NOW + i * MINUTE, limits);
    state = { ...snooze(state, key('1'), true), sent: { [key('1')]: ['first-response|60'], [key('2')]: ['first-response|60'] } };
    state = snooze(state, key('2'), true);
    // Ticket 1 seen again: now 2 is the one seen longest ago.
    state = watchLookup(state, lookupOf(tickets('1'), NOW), seenIn(), NOW + 3 * MINUTE, limits);
    state = watchLookup(state, lookupOf(tickets('4'), NOW), seenIn(), NOW + 4 * MINUTE, limits);
    expect(Object.keys(state.tickets).sort()).toEqual([key('1'), key('3'), key('4')]);
    expect(state.sent).toEqual({ [key('1')]: ['first-response|60'] });
    expect(state.snoozed).toEqual([key('1')]);
  });

  it('a page of more tickets than the limit keeps that many', () => {
    const ids = Array.from({ length: 12 }, (_, i) => String(2000 + i));
    const state = watchLookup(EMPTY_WATCH, lookupOf(tickets(...ids), NOW), seenIn(), NOW, { ...LIMITS, watchLimit: 10 });
    expect(Object.keys(state.tickets)).toHaveLength(10);
  });

  it('a ticket not seen for the watch hours is no longer watched', () => {
    const state = stateOf(watched('1', { seenAt: NOW - 25 * HOUR }), watched('2', { seenAt: NOW - 23 * HOUR }), watched('3', { seenAt: NOW - 24 * HOUR }));
    const withSent: WatchState = { ...state, sent: { [key('1')]: ['first-response|15'] }, snoozed: [key('1'), key('2')] };
    const trimmed = trim(withSent, NOW, LIMITS);
    expect(Object.keys(trimmed.tickets).sort()).toEqual([key('2'), key('3')]);
    expect(trimmed.sent).toEqual({});
    expect(trimmed.snoozed).toEqual([key('2')]);
    // Also when a lookup of another ticket comes in.
    expect(Object.keys(watchedFrom(lookupOf(tickets('4'), NOW), NOW, {}, withSent).tickets).sort()).toEqual([key('2'), key('3'), key('4')]);
    // Nothing to drop: the same state.
    expect(trim(trimmed, NOW, LIMITS)).toBe(trimmed);
  });

  it('control characters become spaces and texts are clipped to 200 characters', () => {
    const long = 'x'.repeat(500);
    const lookup = lookupOf([rawTicket({ subject: 'Line\u0000one\r\n\ttwo\u007f\u0085end' })], NOW);
    lookup.tickets['1001']!.label = `#1001\u001b[31m${long}`;
    const state = watchedFrom(lookup, NOW);
    const ticket = state.tickets[key('1001')]!;
    expect(ticket.subject).toBe('Line one two end');
    expect(ticket.label).toBe(`#1001 [31m${long}`.slice(0, 200));
    expect(ticket.label).toHaveLength(200);

    const named = lookupOf([rawTicket({ subject: long })], NOW, organization([], NOW));
    named.organizations['zendesk:77']!.evaluation.account.name = `Acme\u0007${long}`;
    const clipped = watchedFrom(named, NOW).tickets[key('1001')]!;
    expect(clipped.subject).toHaveLength(200);
    expect(clipped.customer).toBe(`Acme ${long}`.slice(0, 200));
  });
});

describe('the agent’s own tickets', () => {
  it('those the tool no longer lists as theirs become “list”; others, and other accounts’, stay', () => {
    let state = watchedFrom(lookupOf(tickets('1', '2'), NOW), NOW, { reason: 'mine' });
    state = watchedFrom(lookupOf(tickets('3'), NOW), NOW, { reason: 'mine', origin: 'https://globex.zendesk.com' }, state);
    state = watchedFrom(lookupOf(tickets('4'), NOW), NOW, { openedTicketId: '4' }, state);
    const after = forgetMine(state, ORIGIN, new Set(['2']));
    expect(Object.values(after.tickets).map((t) => `${t.origin}#${t.ticketId}:${t.why}`)).toEqual([
      `${ORIGIN}#1:list`,
      `${ORIGIN}#2:mine`,
      'https://globex.zendesk.com#3:mine',
      `${ORIGIN}#4:opened`,
    ]);
    // Still all listed: nothing changes, the same state.
    expect(forgetMine(state, ORIGIN, new Set(['1', '2']))).toBe(state);
  });
});

describe('“Not for this ticket”', () => {
  it('snoozes a watched ticket once, and undoes it; an unknown ticket is not snoozed', () => {
    const state = stateOf(watched('1'), watched('2'));
    const on = snooze(snooze(state, key('1'), true), key('1'), true);
    expect(on.snoozed).toEqual([key('1')]);
    expect(on.tickets).toBe(state.tickets);
    expect(snooze(on, key('1'), false).snoozed).toEqual([]);
    expect(snooze(state, key('99'), true).snoozed).toEqual([]);
  });
});
