import { Temporal } from 'temporal-polyfill';
import type { Calendar, Interval } from '../../lib/sla/types';

/**
 * TESTS ONLY. A deliberately simple second implementation of business time, sharing nothing with the
 * fast engine but the types: walk local days one by one with Temporal, compute each day's open intervals
 * directly, clip them to the cursor and cut out pauses, and consume. Slow, but correct by reading.
 */

type Span = [start: number, end: number];

/** Stop walking after this many days: only a calendar that is (almost) never open gets this far. */
const MAX_DAYS = 100 * 366;

/** The instant of `HH:MM` on `date` in `zone`; `24:00` is the start of the next day. */
function instantOf(zone: string, date: Temporal.PlainDate, hhmm: string): number {
  if (hhmm === '24:00') return date.add({ days: 1 }).toZonedDateTime(zone).epochMilliseconds;
  // PlainDate.toZonedDateTime always uses 'compatible' disambiguation: gap → later, overlap → earlier.
  return date.toZonedDateTime({ timeZone: zone, plainTime: Temporal.PlainTime.from(hhmm) }).epochMilliseconds;
}

/** Sort spans and join overlapping or touching ones. */
function union(spans: Span[]): Span[] {
  const sorted = [...spans].sort((x, y) => x[0] - y[0]);
  const out: Span[] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** The open intervals of one local day: each matching WeeklyHours entry, united; none on a holiday. */
function openSpansOn(calendar: Calendar, date: Temporal.PlainDate): Span[] {
  if (calendar.holidays.includes(date.toString())) return [];
  const spans: Span[] = [];
  for (const hours of calendar.hours) {
    if (!hours.days.includes(date.dayOfWeek)) continue;
    const start = instantOf(calendar.zone, date, hours.open);
    const end = instantOf(calendar.zone, date, hours.close);
    if (end > start) spans.push([start, end]); // an opening pushed past its closing by a DST gap is empty
  }
  return union(spans);
}

/** Pauses as spans (null end = forever), united so that none overlap. */
function pauseSpans(pauses: readonly Interval[]): Span[] {
  return union(pauses.filter((p) => (p.end ?? Infinity) > p.start).map((p): Span => [p.start, p.end ?? Infinity]));
}

/** The parts of [start, end) not covered by any pause, in order. */
function unpausedParts(start: number, end: number, pauses: Span[]): Span[] {
  const parts: Span[] = [];
  let cursor = start;
  for (const [pauseStart, pauseEnd] of pauses) {
    if (pauseEnd <= cursor || pauseStart >= end) continue;
    if (pauseStart > cursor) parts.push([cursor, pauseStart]);
    cursor = pauseEnd;
  }
  if (cursor < end) parts.push([cursor, end]);
  return parts;
}

function localDateOf(calendar: Calendar, epochMs: number): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(calendar.zone).toPlainDate();
}

/**
 * Oracle for addBusinessTime: earliest instant where open, un-paused time since `startMs` reaches `durationMs`.
 * @example oracleAddBusinessTime(businessLA, mon1000, 24 * 3_600_000) // Thursday 10:00
 */
export function oracleAddBusinessTime(calendar: Calendar, startMs: number, durationMs: number, pauses: readonly Interval[] = []): number {
  if (durationMs === 0) return startMs; // no open time needed: the start itself is the earliest instant
  const paused = pauseSpans(pauses);
  let remaining = durationMs;
  let date = localDateOf(calendar, startMs);
  for (let day = 0; day < MAX_DAYS; day++, date = date.add({ days: 1 })) {
    for (const [open, close] of openSpansOn(calendar, date)) {
      for (const [from, to] of unpausedParts(Math.max(open, startMs), close, paused)) {
        if (to - from >= remaining) return from + remaining;
        remaining -= to - from;
      }
    }
    // A never-ending pause that has begun before the next day starts leaves nothing to count, ever.
    const nextDayStart = date.add({ days: 1 }).toZonedDateTime(calendar.zone).epochMilliseconds;
    if (paused.some(([start, end]) => end === Infinity && start <= nextDayStart)) return Infinity;
  }
  throw new RangeError(`Calendar ${calendar.id} has no open time within ${MAX_DAYS} days`);
}

/**
 * Oracle for businessTimeBetween: open, un-paused ms in [aMs, bMs).
 * @example oracleBusinessTimeBetween(businessLA, mon0900, mon1700) // 28_800_000
 */
export function oracleBusinessTimeBetween(calendar: Calendar, aMs: number, bMs: number, pauses: readonly Interval[] = []): number {
  const paused = pauseSpans(pauses);
  let total = 0;
  for (let date = localDateOf(calendar, aMs); date.toZonedDateTime(calendar.zone).epochMilliseconds < bMs; date = date.add({ days: 1 })) {
    for (const [open, close] of openSpansOn(calendar, date)) {
      for (const [from, to] of unpausedParts(Math.max(open, aMs), Math.min(close, bMs), paused)) total += to - from;
    }
  }
  return total;
}
