/**
 * Time left on a watched target and the instant it reaches a given time left (lib/alerts/timing.ts), in the target's
 * business time: the clock the badges count, and the instants the `alerts` alarm is set for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantWithTimeLeft, isLive, leadTarget, targetNow } from '../../lib/alerts/timing';
import { openTimeBetween } from '../../lib/sla/calendar-table';
import type { Calendar } from '../../lib/sla/types';
import { anyCalendar, instant } from '../sla/arbitraries';
import { at, businessLA, twentyFourSevenUTC } from '../sla/fixtures';
import { CALENDARS, HOUR, MINUTE, target, watched } from './helpers';

/** Mon–Fri 09:00–17:00 America/Los_Angeles, no holidays (businessLA has Thanksgiving 2026 off). */
const weekdaysLA: Calendar = { ...businessLA, id: 'weekdays-la', holidays: [] };
const DAY = 24 * HOUR;

describe('the instant with a given open time left before due', () => {
  it.each([
    // due, amount, calendar, expected
    { name: 'within one open day', due: '2026-11-24T14:00-08:00', minutes: 60, calendar: weekdaysLA, expected: '2026-11-24T13:00-08:00' }, // Tue
    { name: 'over the night before', due: '2026-11-24T09:30-08:00', minutes: 60, calendar: weekdaysLA, expected: '2026-11-23T16:30-08:00' }, // Tue 09:30 → Mon 16:30
    { name: 'over a weekend', due: '2026-11-30T09:30-08:00', minutes: 60, calendar: weekdaysLA, expected: '2026-11-27T16:30-08:00' }, // Mon → Fri
    { name: 'over a weekend, 15 minutes', due: '2026-11-30T09:10-08:00', minutes: 15, calendar: weekdaysLA, expected: '2026-11-27T16:55-08:00' },
    { name: 'over a holiday', due: '2026-11-27T09:30-08:00', minutes: 60, calendar: businessLA, expected: '2026-11-25T16:30-08:00' }, // Fri → Wed, Thanksgiving off
    { name: 'the same, no holiday', due: '2026-11-27T09:30-08:00', minutes: 60, calendar: weekdaysLA, expected: '2026-11-26T16:30-08:00' },
    { name: 'a weekend and a holiday, 18 hours', due: '2026-11-30T10:00-08:00', minutes: 18 * 60, calendar: businessLA, expected: '2026-11-24T16:00-08:00' }, // 1 h Mon, 8 h Fri, 8 h Wed, 1 h Tue
    // Open time is the same from Fri 17:00 to Mon 09:00: the latest such instant is Monday's opening.
    { name: 'exactly an opening', due: '2026-11-30T10:00-08:00', minutes: 60, calendar: weekdaysLA, expected: '2026-11-30T09:00-08:00' },
    { name: 'due at an opening', due: '2026-11-30T09:00-08:00', minutes: 60, calendar: weekdaysLA, expected: '2026-11-27T16:00-08:00' },
  ])('Mon–Fri 09:00–17:00 Pacific, $name', ({ due, minutes, calendar, expected }) => {
    const result = instantWithTimeLeft(calendar, at(due), minutes * MINUTE);
    expect(result).toBe(at(expected));
    expect(openTimeBetween(calendar, result!, at(due))).toBe(minutes * MINUTE);
  });

  it('a due instant with seconds keeps them: the crossing is to the millisecond, not a second early', () => {
    const due = at('2026-12-07T09:30:17-08:00'); // Mon
    const result = instantWithTimeLeft(weekdaysLA, due, 18 * HOUR)!;
    expect(result).toBe(at('2026-12-02T15:30:17-08:00')); // Wed: ½ h Mon, 8 h Fri, 8 h Thu, 1½ h Wed
    expect(openTimeBetween(weekdaysLA, result + 1, due)).toBeLessThan(18 * HOUR);
  });

  it.each([15, 60, 24 * 60, 7 * 24 * 60])('on a 24x7 calendar, %i minutes before is due − that much wall time', (minutes) => {
    const due = at('2026-11-29T03:17:42Z');
    expect(instantWithTimeLeft(twentyFourSevenUTC, due, minutes * MINUTE)).toBe(due - minutes * MINUTE);
  });

  it('without a calendar (the policy no longer names it), wall time', () => {
    const due = at('2026-11-29T03:17:42Z');
    expect(instantWithTimeLeft(undefined, due, 60 * MINUTE)).toBe(due - 60 * MINUTE);
    expect(instantWithTimeLeft(undefined, due, 0)).toBe(due);
  });

  it('null when the calendar has not that much open time in 400 days', () => {
    // One minute a week: 100 hours of it take 115 years.
    const sparse: Calendar = { id: 'sparse', zone: 'UTC', hours: [{ days: [1], open: '09:00', close: '09:01' }], holidays: [] };
    expect(instantWithTimeLeft(sparse, at('2026-11-30T12:00Z'), 100 * HOUR)).toBeNull();
    // An hour a week: 40 hours are there, 40 weeks back.
    const weekly: Calendar = { id: 'weekly', zone: 'UTC', hours: [{ days: [1], open: '09:00', close: '10:00' }], holidays: [] };
    const result = instantWithTimeLeft(weekly, at('2026-11-30T12:00Z'), 40 * HOUR);
    expect(result).toBe(at('2026-11-30T09:00Z') - 39 * 7 * DAY); // the 40th Monday's opening, counting due's own
  });

  it('for any calendar, due instant and amount: enough open time from the answer, not enough a moment later', () => {
    const amount = fc.oneof(
      fc.integer({ min: 1, max: 7 * 24 * 60 }).map((m) => m * MINUTE), // a threshold
      fc.integer({ min: 1, max: 200 * HOUR }), // an at-risk span, any ms
    );
    fc.assert(
      fc.property(anyCalendar, instant, amount, (calendar, due, ms) => {
        const result = instantWithTimeLeft(calendar, due, ms);
        if (result === null) {
          // Only when 400 days before due hold less than that.
          expect(openTimeBetween(calendar, due - 400 * DAY, due)).toBeLessThan(ms);
          return;
        }
        expect(result).toBeLessThanOrEqual(due - ms);
        expect(openTimeBetween(calendar, result, due)).toBeGreaterThanOrEqual(ms);
        expect(openTimeBetween(calendar, result + 1000, due)).toBeLessThan(ms);
        // To the millisecond: the alarm set half a second after it rings past the crossing.
        expect(openTimeBetween(calendar, result + 1, due)).toBeLessThan(ms);
      }),
      { numRuns: 300 },
    );
  });
});

describe('time left and tone of a watched target, as the badge counts it', () => {
  const ticket = watched('1001');
  const due = at('2026-11-30T09:10-08:00'); // Mon

  it.each([
    { now: '2026-11-28T12:00-08:00', calendar: 'business', left: 10 * MINUTE, tone: 'at-risk' }, // Sat: ten minutes of Monday
    { now: '2026-11-27T09:00-08:00', calendar: 'business', left: 8 * HOUR + 10 * MINUTE, tone: 'at-risk' }, // under a quarter of 40 hours
    { now: '2026-11-27T09:00-08:00', calendar: '24x7', left: 3 * DAY + 10 * MINUTE, tone: 'ok' },
    { now: '2026-11-30T09:40-08:00', calendar: 'business', left: -30 * MINUTE, tone: 'breached' },
  ])('$calendar at $now: $left ms left, $tone', ({ now, calendar, left, tone }) => {
    expect(targetNow(ticket, target({ calendar, dueAt: due, targetHours: 40 }), CALENDARS, at(now))).toEqual({ remainingMs: left, tone });
  });

  it('a paused target keeps the time it had left when read', () => {
    const paused = target({ state: 'paused', calendar: 'business', dueAt: due, businessRemainingMs: 3 * HOUR });
    expect(targetNow(ticket, paused, CALENDARS, at('2026-12-10T12:00-08:00'))).toEqual({ remainingMs: 3 * HOUR, tone: 'paused' });
  });

  it('only running and breached targets are live', () => {
    expect(['running', 'breached', 'paused', 'met', 'unknown', 'no-deadline', 'see-contract'].filter((state) => isLive(target({ state: state as never })))).toEqual([
      'running',
      'breached',
    ]);
  });

  it('the lead target is the live or paused one due first; met and unknown ones never lead', () => {
    const first = target({ metric: 'first-response', state: 'met', dueAt: due - DAY });
    const unknown = target({ metric: 'next-response', state: 'unknown', dueAt: due - 2 * DAY });
    const resolution = target({ metric: 'resolution', state: 'running', dueAt: due + DAY });
    const paused = target({ metric: 'update', state: 'paused', dueAt: due });
    expect(leadTarget(watched('1', { targets: [first, unknown, resolution] }))?.metric).toBe('resolution');
    expect(leadTarget(watched('1', { targets: [first, resolution, paused] }))?.metric).toBe('update');
    expect(leadTarget(watched('1', { targets: [first, unknown] }))).toBeNull();
    expect(leadTarget(watched('1', { targets: [] }))).toBeNull();
  });
});
