import { describe, expect, it } from 'vitest';
import { instantAtOpenTime, openTimeBetween } from '../../lib/sla/calendar-table';
import { oracleAddBusinessTime, oracleBusinessTimeBetween } from './oracle';
import type { Calendar } from '../../lib/sla/types';
import { HOUR, at, businessLA, twentyFourSevenUTC } from './fixtures';

/** A copy with a unique (harmless, far-future) holiday, so it gets a fresh table rather than a cached one. */
let fresh = 0;
function freshCopy(calendar: Calendar): Calendar {
  fresh += 1;
  return { ...calendar, holidays: [...calendar.holidays, `2199-01-${String(fresh).padStart(2, '0')}`] };
}

describe('the calendar table', () => {
  it('treats a 24x7 calendar as one continuous stretch, across midnight and New Year', () => {
    // Thu 2026-12-31 12:00 UTC → Fri 2027-01-01 12:00 UTC
    expect(openTimeBetween(twentyFourSevenUTC, at('2026-12-31T12:00Z'), at('2027-01-01T12:00Z'))).toBe(24 * HOUR);
    expect(instantAtOpenTime(twentyFourSevenUTC, at('2026-12-31T12:00Z'), 24 * HOUR)).toBe(at('2027-01-01T12:00Z'));
  });

  it('grows backwards and forwards on demand without changing earlier answers', () => {
    const calendar = freshCopy(businessLA);
    const from2026 = at('2026-02-09T10:00-08:00'); // Mon PST
    const first = instantAtOpenTime(calendar, from2026, 100 * HOUR);
    const past = at('1990-06-01T12:00-07:00'); // Fri PDT: 36 years before the first table year
    const future = at('2060-03-01T08:00-08:00'); // Mon PST
    expect(instantAtOpenTime(calendar, past, 100 * HOUR)).toBe(oracleAddBusinessTime(calendar, past, 100 * HOUR));
    expect(instantAtOpenTime(calendar, future, 100 * HOUR)).toBe(oracleAddBusinessTime(calendar, future, 100 * HOUR));
    expect(instantAtOpenTime(calendar, from2026, 100 * HOUR)).toBe(first);
    expect(openTimeBetween(calendar, past, past + 40 * 86_400_000)).toBe(oracleBusinessTimeBetween(calendar, past, past + 40 * 86_400_000));
  });

  it('extends forward while searching when the target lies beyond the built years', () => {
    const calendar = freshCopy(businessLA);
    const start = at('2026-12-31T16:00-08:00'); // Thu PST; 2000 h ≈ a year of business days later
    expect(instantAtOpenTime(calendar, start, 2000 * HOUR)).toBe(oracleAddBusinessTime(calendar, start, 2000 * HOUR));
  });

  it('keys its cache on content: the same hours without the holiday give a different answer', () => {
    const wednesday = at('2026-11-25T16:00-08:00'); // Wed before Thanksgiving
    expect(instantAtOpenTime(businessLA, wednesday, 2 * HOUR)).toBe(at('2026-11-27T10:00-08:00'));
    expect(instantAtOpenTime({ ...businessLA, holidays: [] }, wednesday, 2 * HOUR)).toBe(at('2026-11-26T10:00-08:00'));
    expect(instantAtOpenTime({ ...businessLA }, wednesday, 2 * HOUR)).toBe(at('2026-11-27T10:00-08:00'));
  });

  it('notices when a calendar object gets a new holidays array', () => {
    const calendar: Calendar = { ...businessLA, holidays: [] };
    const wednesday = at('2026-11-25T16:00-08:00');
    expect(instantAtOpenTime(calendar, wednesday, 2 * HOUR)).toBe(at('2026-11-26T10:00-08:00'));
    calendar.holidays = ['2026-11-26'];
    expect(instantAtOpenTime(calendar, wednesday, 2 * HOUR)).toBe(at('2026-11-27T10:00-08:00'));
  });

  it('answers 0 for an empty or reversed window', () => {
    expect(openTimeBetween(businessLA, at('2026-02-09T12:00-08:00'), at('2026-02-09T12:00-08:00'))).toBe(0);
    expect(openTimeBetween(businessLA, at('2026-02-09T12:00-08:00'), at('2026-02-09T10:00-08:00'))).toBe(0);
  });

  it.each([
    ['close before open', { hours: [{ days: [1], open: '17:00', close: '09:00' }] }],
    ['an impossible clock time', { hours: [{ days: [1], open: '09:00', close: '25:00' }] }],
    ['a sloppy clock time', { hours: [{ days: [1], open: '9:00', close: '17:00' }] }],
    ['weekday 0', { hours: [{ days: [0], open: '09:00', close: '17:00' }] }],
    ['no open hours at all', { hours: [] }],
    ['an impossible holiday', { holidays: ['2026-02-30'] }],
    ['an unknown zone', { zone: 'Mars/Olympus_Mons' }],
  ])('rejects a calendar with %s', (_label, change) => {
    const calendar = { ...businessLA, id: 'broken', ...change } as Calendar;
    expect(() => openTimeBetween(calendar, at('2026-02-09T10:00Z'), at('2026-02-10T10:00Z'))).toThrow(RangeError);
  });

  it('rejects negative or NaN open time and non-finite instants', () => {
    expect(() => instantAtOpenTime(businessLA, at('2026-02-09T10:00Z'), -1)).toThrow(RangeError);
    expect(() => instantAtOpenTime(businessLA, at('2026-02-09T10:00Z'), NaN)).toThrow(RangeError);
    expect(() => instantAtOpenTime(businessLA, NaN, HOUR)).toThrow(RangeError);
  });

  it('refuses to grow one table past 1000 years', () => {
    const calendar = freshCopy(twentyFourSevenUTC);
    expect(openTimeBetween(calendar, at('2026-01-01T00:00Z'), at('2026-01-02T00:00Z'))).toBe(24 * HOUR);
    expect(() => openTimeBetween(calendar, at('2026-01-01T00:00Z'), at('3100-01-01T00:00Z'))).toThrow(/1000 years/);
  });
});
