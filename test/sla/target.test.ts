import { describe, expect, it } from 'vitest';
import { computeTarget, formatDuration } from '../../lib/sla/target';
import type { Interval, TargetSpec, TicketTimes } from '../../lib/sla/types';
import { HOUR, MINUTE, at, businessLA } from './fixtures';

const firstResponse: TargetSpec = { metric: 'first-response', hours: 4, calendar: businessLA, stopsAt: 'firstResponseAt' };
const resolution: TargetSpec = { metric: 'resolution', hours: 16, calendar: businessLA, stopsAt: 'resolvedAt' };

// Created Mon 2026-02-09 10:00 PST: the 4 h first-response target is due Mon 14:00 PST.
const created = at('2026-02-09T10:00-08:00');
const due = at('2026-02-09T14:00-08:00');

function ticket(times: Partial<TicketTimes> = {}): TicketTimes {
  return { createdAt: created, firstResponseAt: null, resolvedAt: null, pauses: [], ...times };
}

describe('computeTarget', () => {
  it('reports the metric, calendar and target length it evaluated', () => {
    const result = computeTarget(firstResponse, ticket(), at('2026-02-09T11:00-08:00'));
    expect(result).toMatchObject({ metric: 'first-response', calendar: 'business-la', targetMs: 4 * HOUR, dueAt: due, completedAt: null });
  });

  it.each([
    ['13:00, an hour early', '2026-02-09T13:00-08:00', 'met', 1 * HOUR],
    ['exactly at 14:00', '2026-02-09T14:00-08:00', 'met', 0],
    ['15:00, an hour late', '2026-02-09T15:00-08:00', 'breached', -1 * HOUR],
    ['Tuesday 10:00, four business hours late', '2026-02-10T10:00-08:00', 'breached', -4 * HOUR],
  ])('a first response at %s is %s with %d ms business time left', (_label, respondedAt, state, remaining) => {
    const now = at('2026-02-11T12:00-08:00'); // Wed: long after; a completed target no longer depends on now
    const result = computeTarget(firstResponse, ticket({ firstResponseAt: at(respondedAt) }), now);
    expect(result).toMatchObject({ state, businessRemainingMs: remaining, completedAt: at(respondedAt), dueAt: due });
    expect(result.wallRemainingMs).toBe(due - now);
  });

  it('a ticket with no response yet at Mon 12:00 is running with 2 h left', () => {
    const result = computeTarget(firstResponse, ticket(), at('2026-02-09T12:00-08:00'));
    expect(result).toMatchObject({ state: 'running', businessRemainingMs: 2 * HOUR, wallRemainingMs: 2 * HOUR });
  });

  it('a running ticket past due is breached, with negative time left', () => {
    const result = computeTarget(firstResponse, ticket(), at('2026-02-10T10:00-08:00')); // Tue 10:00 PST
    expect(result).toMatchObject({ state: 'breached', businessRemainingMs: -4 * HOUR, wallRemainingMs: -20 * HOUR });
  });

  it('a target due tomorrow keeps running overnight: business time stands still, wall time does not', () => {
    const lateTicket = ticket({ createdAt: at('2026-02-09T16:00-08:00') }); // Mon 16:00 PST → due Tue 12:00 PST
    const result = computeTarget(firstResponse, lateTicket, at('2026-02-09T20:00-08:00')); // Mon 20:00 PST
    expect(result).toMatchObject({ state: 'running', dueAt: at('2026-02-10T12:00-08:00'), businessRemainingMs: 3 * HOUR, wallRemainingMs: 16 * HOUR });
  });

  it('a ticket paused since 11:00 is paused at 13:00, and due as if work resumed now', () => {
    const pauses: Interval[] = [{ start: at('2026-02-09T11:00-08:00'), end: null }];
    const result = computeTarget(firstResponse, ticket({ pauses }), at('2026-02-09T13:00-08:00'));
    // 1 h used before the pause, 3 h left from 13:00 → 16:00 PST
    expect(result).toMatchObject({ state: 'paused', dueAt: at('2026-02-09T16:00-08:00'), businessRemainingMs: 3 * HOUR, wallRemainingMs: 3 * HOUR });
  });

  it('a paused ticket that ran out of time before the pause is breached, not paused', () => {
    const pauses: Interval[] = [{ start: at('2026-02-09T15:00-08:00'), end: null }];
    const result = computeTarget(firstResponse, ticket({ pauses }), at('2026-02-09T16:00-08:00'));
    expect(result).toMatchObject({ state: 'breached', dueAt: due, businessRemainingMs: -1 * HOUR });
  });

  it('a pause that has ended shifts the due time but the ticket is running again', () => {
    const pauses: Interval[] = [{ start: at('2026-02-09T11:00-08:00'), end: at('2026-02-09T12:00-08:00') }];
    const result = computeTarget(firstResponse, ticket({ pauses }), at('2026-02-09T12:00-08:00')); // end is exclusive
    expect(result).toMatchObject({ state: 'running', dueAt: at('2026-02-09T15:00-08:00'), businessRemainingMs: 3 * HOUR });
  });

  it('the resolution target is stopped by resolvedAt, not by the first response', () => {
    const t = ticket({ firstResponseAt: at('2026-02-09T10:30-08:00') });
    const now = at('2026-02-10T10:00-08:00'); // Tue 10:00 PST: 7 h + 1 h used of 16 h
    expect(computeTarget(resolution, t, now)).toMatchObject({ state: 'running', completedAt: null, businessRemainingMs: 8 * HOUR, dueAt: at('2026-02-11T10:00-08:00') });
    expect(computeTarget(resolution, { ...t, resolvedAt: now }, now)).toMatchObject({ state: 'met', completedAt: now });
  });

  it('fractional hours become whole milliseconds', () => {
    expect(computeTarget({ ...firstResponse, hours: 0.5 }, ticket(), created).dueAt).toBe(at('2026-02-09T10:30-08:00'));
  });

  it('rejects a negative target', () => {
    expect(() => computeTarget({ ...firstResponse, hours: -1 }, ticket(), created)).toThrow(RangeError);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0m 00s'],
    [45 * MINUTE + 3000, '45m 03s'],
    [HOUR - 1, '59m 59s'],
    [HOUR, '1h 00m'],
    [2 * HOUR + 10 * MINUTE + 59_999, '2h 10m'],
    [40 * HOUR, '40h 00m'],
    [-(2 * HOUR + 10 * MINUTE), '\u22122h 10m'],
    [-45_000, '\u22120m 45s'],
    [-500, '0m 00s'],
    [Infinity, '∞'],
  ])('formats %d ms as "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
