import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, Interval, WeeklyHours } from '../../lib/sla/types';
import { HOUR, MINUTE, businessLA, internalUTC, twentyFourSevenUTC } from './fixtures';

/** fast-check generators for the engine-vs-oracle properties (not a test file itself). */

export const ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'] as const;

const DAY = 24 * HOUR;
const RANGE_FROM = Date.UTC(2025, 0, 1);
const RANGE_TO = Date.UTC(2029, 0, 1);

/** Every offset change of the listed zones in 2025–2028: starts near them exercise DST handling. */
const TRANSITIONS: number[] = ZONES.flatMap((zone) => {
  const found: number[] = [];
  let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(RANGE_FROM).toZonedDateTimeISO(zone);
  while ((cursor = cursor.getTimeZoneTransition('next')) && cursor.epochMilliseconds < RANGE_TO) {
    found.push(cursor.epochMilliseconds);
  }
  return found;
});

const clockTime = (quarter: number) => `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;

/** One WeeklyHours entry: random weekday set, open/close on a 15-minute grid, close after open. */
const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .record({
    days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
    open: fc.integer({ min: 0, max: 95 }),
    length: fc.integer({ min: 1, max: 96 }),
  })
  .map(({ days, open, length }) => ({ days, open: clockTime(open), close: clockTime(Math.min(96, open + length)) }));

/** ~10 holidays a year over the test range (sometimes none). */
const holidays: fc.Arbitrary<string[]> = fc.oneof(
  fc.constant<string[]>([]),
  fc
    .array(fc.integer({ min: RANGE_FROM / DAY - 30, max: RANGE_TO / DAY + 60 }), { minLength: 20, maxLength: 60 })
    .map((days) => [...new Set(days)].map((day) => new Date(day * DAY).toISOString().slice(0, 10))),
);

const randomCalendar: fc.Arbitrary<Calendar> = fc
  .record({ zone: fc.constantFrom(...ZONES), hours: fc.array(weeklyHours, { minLength: 1, maxLength: 3 }), holidays })
  .map(({ zone, hours, holidays }) => ({ id: 'random', zone, hours, holidays }));

const withHolidays = (base: Calendar) => holidays.map((list): Calendar => ({ ...base, holidays: [...base.holidays, ...list] }));

export const anyCalendar: fc.Arbitrary<Calendar> = fc.oneof(
  { arbitrary: withHolidays(businessLA), weight: 2 },
  { arbitrary: withHolidays(internalUTC), weight: 1 },
  { arbitrary: withHolidays(twentyFourSevenUTC), weight: 1 },
  { arbitrary: randomCalendar, weight: 4 },
);

/** Instants in 2025–2028: anywhere, on a 15-minute grid (hits openings/closings exactly), or near a DST change. */
export const instant: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: RANGE_FROM, max: RANGE_TO }),
  fc.integer({ min: RANGE_FROM / (15 * MINUTE), max: RANGE_TO / (15 * MINUTE) }).map((q) => q * 15 * MINUTE),
  fc
    .record({ transition: fc.constantFrom(...TRANSITIONS), quarters: fc.integer({ min: -10 * 96, max: 2 * 96 }) })
    .map(({ transition, quarters }) => transition + quarters * 15 * MINUTE),
);

/** Durations from 0 to 200 h: arbitrary ms, whole quarter-hours, or exactly 0. */
export const duration: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 200 * HOUR }), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 800 }).map((q) => q * 15 * MINUTE), weight: 4 },
  { arbitrary: fc.constant(0), weight: 1 },
);

/** 0–3 pauses near `start` (before, across, after it), overlapping at random, rarely still open. */
export const pausesNear = (start: number): fc.Arbitrary<Interval[]> =>
  fc
    .array(
      fc.record({
        offset: fc.oneof(
          fc.integer({ min: -3 * DAY, max: 15 * DAY }),
          fc.integer({ min: -12, max: 60 }).map((q) => q * 15 * MINUTE),
        ),
        length: fc.integer({ min: 0, max: 3 * DAY }),
        open: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
      }),
      { maxLength: 3 },
    )
    .map((list) => list.map(({ offset, length, open }) => ({ start: start + offset, end: open ? null : start + offset + length })));

/** A calendar, a start, its pauses and a duration. */
export const addCase = fc.record({ calendar: anyCalendar, start: instant, durationMs: duration }).chain((c) => pausesNear(c.start).map((pauses) => ({ ...c, pauses })));

/** A calendar, a window [a, b) of up to ~40 days (sometimes empty or reversed) and pauses near it. */
export const betweenCase = fc
  .record({ calendar: anyCalendar, a: instant, span: fc.integer({ min: -DAY, max: 40 * DAY }) })
  .chain((c) => pausesNear(c.a).map((pauses) => ({ calendar: c.calendar, a: c.a, b: c.a + c.span, pauses })));
