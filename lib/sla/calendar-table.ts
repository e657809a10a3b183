import { MS_PER_DAY, MS_PER_MINUTE, epochDayOf, isoWeekdayOfEpochDay, parseClockTime, parseIsoDate, yearOfEpochDay } from './civil-time';
import type { Calendar } from './types';
import { type ZoneClock, zoneClock } from './zone-clock';

/**
 * The fast engine's core: a calendar's open time as a sorted table of disjoint open intervals (epoch ms)
 * with prefix sums, so "open time between a and b" and "when has X of open time passed" are two binary
 * searches — no Temporal, no allocation on the query path.
 *
 * The table covers whole local calendar years, built lazily a year at a time and extended on demand in
 * either direction. Coverage by year relies on each local day's open intervals lying between that day's
 * midnight and the next, which holds unless a zone's offset change straddles midnight (none of the zones we
 * serve; their changes happen in the small hours). joinFlat still merges correctly if it ever does not.
 */
interface CalendarTable {
  readonly clock: ZoneClock;
  /** Per ISO weekday (index 1–7): flat [open, close, open, close, …] in minutes after local midnight. */
  readonly hoursByWeekday: readonly number[][];
  readonly holidays: ReadonlySet<number>; // epoch days
  firstYear: number; // first local year built (inclusive)
  lastYear: number; // last local year built (inclusive)
  coveredFrom: number; // instant of local midnight starting firstYear
  coveredTo: number; // instant of local midnight ending lastYear
  count: number;
  starts: Float64Array;
  ends: Float64Array;
  /** cum[i] = open ms before interval i (relative to coveredFrom); cum[count] = total. Rebased on backward growth. */
  cum: Float64Array;
  /**
   * dayIndex[d] = how many intervals start before coveredFrom + d × 24 h. Turns "which interval holds t" from
   * a binary search over every interval (its unpredictable branches were the engine's largest cost) into a
   * lookup plus a step or two over that one day's intervals. Rebuilt whenever the table grows.
   */
  dayIndex: Int32Array;
}

/**
 * Memory guard: one table never spans more than this many years (~6 MB for a weekday calendar). Hit only by
 * queries centuries apart on one calendar, or a calendar whose every open day is a listed holiday.
 */
const MAX_YEARS = 1000;
/** Tables keyed by content signature; capped because property tests mint thousands of one-off calendars. */
const SIGNATURE_CACHE_LIMIT = 128;

interface IdentityEntry {
  zone: string;
  hours: Calendar['hours'];
  holidays: Calendar['holidays'];
  table: CalendarTable;
}
// Identity first: computing a signature per query would dominate the ~1 µs budget. Calendars are treated as
// immutable values; replacing `zone`, `hours` or `holidays` is noticed, mutating those arrays in place is not
// (the hours part of the signature is memoised per array, too).
const byIdentity = new WeakMap<Calendar, IdentityEntry>();
const bySignature = new Map<string, CalendarTable>();

function tableFor(calendar: Calendar): CalendarTable {
  const hit = byIdentity.get(calendar);
  if (hit && hit.zone === calendar.zone && hit.hours === calendar.hours && hit.holidays === calendar.holidays) {
    return hit.table;
  }
  const signature = calendarSignature(calendar);
  let table = bySignature.get(signature);
  if (table) {
    bySignature.delete(signature); // re-insert: Map order doubles as least-recently-used order
  } else {
    table = createTable(calendar);
    if (bySignature.size >= SIGNATURE_CACHE_LIMIT) bySignature.delete(bySignature.keys().next().value!);
  }
  bySignature.set(signature, table);
  byIdentity.set(calendar, { zone: calendar.zone, hours: calendar.hours, holidays: calendar.holidays, table });
  return table;
}

/** Hours arrays are usually shared between calendar copies (e.g. `{ ...c, holidays }`), so memoise their part. */
const hoursSignatures = new WeakMap<Calendar['hours'], string>();

/**
 * Zone + hours + holidays, order-insensitive where order carries no meaning; `id`/`name` are labels only.
 * Kept cheap (a few µs) because callers that rebuild calendar objects per ticket land here on every call.
 */
function calendarSignature(calendar: Calendar): string {
  let hours = hoursSignatures.get(calendar.hours);
  if (hours === undefined) {
    hours = JSON.stringify(calendar.hours.map((h) => [[...h.days].sort((a, b) => a - b), h.open, h.close]));
    hoursSignatures.set(calendar.hours, hours);
  }
  const holidays = calendar.holidays;
  let sorted = true;
  for (let i = 1; i < holidays.length && sorted; i++) sorted = holidays[i - 1]! <= holidays[i]!;
  return `${calendar.zone}|${hours}|${(sorted ? holidays : [...holidays].sort()).join(',')}`;
}

function createTable(calendar: Calendar): CalendarTable {
  const hoursByWeekday: number[][] = [[], [], [], [], [], [], [], []];
  for (const entry of calendar.hours) {
    const open = parseClockTime(entry.open);
    const close = parseClockTime(entry.close);
    if (close <= open) throw new RangeError(`Calendar ${calendar.id}: close ${entry.close} is not after open ${entry.open}`);
    for (const day of entry.days) {
      if (!Number.isInteger(day) || day < 1 || day > 7) throw new RangeError(`Calendar ${calendar.id}: bad ISO weekday ${day}`);
      hoursByWeekday[day]!.push(open, close);
    }
  }
  if (hoursByWeekday.every((list) => list.length === 0)) {
    // Without this, a deadline search would extend the table until MAX_YEARS and only then fail.
    throw new RangeError(`Calendar ${calendar.id} has no open hours`);
  }
  return {
    clock: zoneClock(calendar.zone),
    hoursByWeekday,
    holidays: new Set(calendar.holidays.map(parseIsoDate)),
    firstYear: 0,
    lastYear: -1, // empty: no year built yet
    coveredFrom: 0,
    coveredTo: 0,
    count: 0,
    starts: new Float64Array(0),
    ends: new Float64Array(0),
    cum: new Float64Array(1),
    dayIndex: new Int32Array(0),
  };
}

/** Open intervals of one local year, sorted and merged, as a flat [start, end, start, end, …] list. */
function yearIntervals(table: CalendarTable, year: number): number[] {
  const raw: number[] = [];
  const lastDay = epochDayOf(year + 1, 1, 1);
  for (let day = epochDayOf(year, 1, 1); day < lastDay; day++) {
    if (table.holidays.has(day)) continue;
    const hours = table.hoursByWeekday[isoWeekdayOfEpochDay(day)]!;
    const midnight = day * MS_PER_DAY; // local ms
    for (let i = 0; i < hours.length; i += 2) {
      // A `24:00` close is local midnight of the next day, converted like any other wall time.
      const start = table.clock.toEpochMs(midnight + hours[i]! * MS_PER_MINUTE);
      const end = table.clock.toEpochMs(midnight + hours[i + 1]! * MS_PER_MINUTE);
      // An opening inside a DST gap is pushed later and can land after its closing: then nothing is open.
      if (end > start) raw.push(start, end);
    }
  }
  return mergeFlat(raw);
}

/** Sort flat [start, end] pairs and merge overlapping or touching ones (24x7 becomes one stretch). */
function mergeFlat(flat: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const merged: number[] = [];
  for (const [start, end] of pairs) {
    const last = merged.length - 1;
    if (last > 0 && start <= merged[last]!) merged[last] = Math.max(merged[last]!, end);
    else merged.push(start, end);
  }
  return merged;
}

/** Replace the table's arrays with `flat` (already sorted and merged) and recompute the prefix sums. */
function setIntervals(table: CalendarTable, flat: number[]): void {
  const count = flat.length / 2;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const cum = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) {
    starts[i] = flat[2 * i]!;
    ends[i] = flat[2 * i + 1]!;
    cum[i + 1] = cum[i]! + (ends[i]! - starts[i]!);
  }
  table.count = count;
  table.starts = starts;
  table.ends = ends;
  table.cum = cum;
}

function currentFlat(table: CalendarTable): number[] {
  const flat: number[] = [];
  for (let i = 0; i < table.count; i++) flat.push(table.starts[i]!, table.ends[i]!);
  return flat;
}

/**
 * Join two sorted, merged flat lists where `later` belongs after `earlier`: a linear append that merges the
 * seam (a 24x7 calendar's Dec 31 and Jan 1 are one stretch). Falls back to a full sort if they interleave,
 * which only a zone with a midnight-crossing transition could cause.
 */
function joinFlat(earlier: number[], later: number[]): number[] {
  if (earlier.length > 0 && later.length > 0 && later[0]! < earlier[earlier.length - 2]!) {
    return mergeFlat(earlier.concat(later));
  }
  const joined = earlier.slice();
  for (let i = 0; i < later.length; i += 2) {
    const last = joined.length - 1;
    if (last > 0 && later[i]! <= joined[last]!) joined[last] = Math.max(joined[last]!, later[i + 1]!);
    else joined.push(later[i]!, later[i + 1]!);
  }
  return joined;
}

function localYearStart(table: CalendarTable, year: number): number {
  return table.clock.toEpochMs(epochDayOf(year, 1, 1) * MS_PER_DAY);
}

function assertSpan(firstYear: number, lastYear: number): void {
  if (lastYear - firstYear + 1 > MAX_YEARS) {
    throw new RangeError(`SLA calendar table would span more than ${MAX_YEARS} years (${firstYear}–${lastYear})`);
  }
}

/** Build one more year at the end (or the first year). Appending keeps the prefix-sum base, so cum stays valid. */
function growForward(table: CalendarTable, year: number): void {
  if (table.lastYear < table.firstYear) {
    table.firstYear = year;
    table.coveredFrom = localYearStart(table, year);
  }
  assertSpan(table.firstYear, year);
  setIntervals(table, joinFlat(currentFlat(table), yearIntervals(table, year)));
  table.lastYear = year;
  table.coveredTo = localYearStart(table, year + 1);
  reindexDays(table);
}

/** Build one more year at the start. Rebases the prefix sums, so callers must read cum values only after. */
function growBackward(table: CalendarTable): void {
  const year = table.firstYear - 1;
  assertSpan(year, table.lastYear);
  setIntervals(table, joinFlat(yearIntervals(table, year), currentFlat(table)));
  table.firstYear = year;
  table.coveredFrom = localYearStart(table, year);
  reindexDays(table);
}

/** Rebuild dayIndex for the table's current coverage (one entry per 24 h from coveredFrom, through coveredTo). */
function reindexDays(table: CalendarTable): void {
  const days = Math.floor((table.coveredTo - table.coveredFrom) / MS_PER_DAY) + 1;
  const index = new Int32Array(days);
  const starts = table.starts;
  let i = 0;
  for (let d = 0; d < days; d++) {
    const boundary = table.coveredFrom + d * MS_PER_DAY;
    while (i < table.count && starts[i]! < boundary) i++;
    index[d] = i;
  }
  table.dayIndex = index;
}

/** Make sure instant `t` lies within the table. Call for every instant of a query BEFORE reading cum. */
function cover(table: CalendarTable, t: number): void {
  if (t >= table.coveredFrom && t <= table.coveredTo && table.lastYear >= table.firstYear) return;
  if (!Number.isFinite(t)) throw new RangeError(`Instant must be finite epoch ms, got ${t}`);
  // First year: the UTC year of t is within a day of its local year; cover() below fixes any off-by-one.
  if (table.lastYear < table.firstYear) growForward(table, yearOfEpochDay(Math.floor(t / MS_PER_DAY)));
  while (t < table.coveredFrom) growBackward(table);
  while (t > table.coveredTo) growForward(table, table.lastYear + 1);
}

/** Count of intervals starting at or before instant t (t must be covered). */
function intervalsStartedBy(table: CalendarTable, t: number): number {
  const starts = table.starts;
  const count = table.count;
  // Every interval starting before t's 24 h slot is counted already; step over those starting within it.
  let lo = table.dayIndex[Math.floor((t - table.coveredFrom) / MS_PER_DAY)]!;
  while (lo < count && starts[lo]! <= t) lo++;
  return lo;
}

/** Open ms in the table from coveredFrom up to instant t, given lo = intervalsStartedBy(table, t). */
function cumulativeBefore(table: CalendarTable, t: number, lo: number): number {
  if (lo === 0) return 0;
  const i = lo - 1;
  const end = table.ends[i]!;
  return table.cum[i]! + ((t < end ? t : end) - table.starts[i]!);
}

/** Open ms in the table from coveredFrom up to instant t (t must be covered). */
function cumulativeAt(table: CalendarTable, t: number): number {
  return cumulativeBefore(table, t, intervalsStartedBy(table, t));
}

/**
 * Open time (ms) of `calendar` in [aMs, bMs); 0 when bMs <= aMs. Pauses are not considered here.
 * @example openTimeBetween(businessLA, mon0900, mon1700) // 8 * 3_600_000
 */
export function openTimeBetween(calendar: Calendar, aMs: number, bMs: number): number {
  if (!(bMs > aMs)) return 0;
  const table = tableFor(calendar);
  cover(table, aMs);
  cover(table, bMs); // may grow forward only after aMs is covered, which never rebases cum
  return cumulativeAt(table, bMs) - cumulativeAt(table, aMs);
}

/**
 * The earliest instant t >= fromMs at which the open time in [fromMs, t] reaches `openMs` (fromMs itself
 * for 0). Completing exactly at a closing time answers the closing instant, not the next opening.
 * @example instantAtOpenTime(businessLA, fri1630, 3_600_000) // Monday 09:30
 */
export function instantAtOpenTime(calendar: Calendar, fromMs: number, openMs: number): number {
  if (!(openMs > 0)) {
    if (openMs === 0) return fromMs;
    throw new RangeError(`Open time must be a non-negative number of ms, got ${openMs}`);
  }
  if (openMs === Infinity) return Infinity;
  const table = tableFor(calendar);
  cover(table, fromMs);
  const started = intervalsStartedBy(table, fromMs);
  const target = cumulativeBefore(table, fromMs, started) + openMs;
  // Growing forward only appends (and may extend the last interval), so `started` stays valid.
  while (table.cum[table.count]! < target) growForward(table, table.lastYear + 1);
  // First interval i whose end brings the running total to the target: cum[i + 1] >= target. No interval
  // before the one holding fromMs can (their ends are at most cumulativeAt(fromMs) < target), so gallop
  // forward from it — deadlines are usually a few intervals away — then binary-search the last stride.
  const cum = table.cum;
  let lo = started > 0 ? started - 1 : 0;
  let hi = lo;
  for (let stride = 1; cum[hi + 1]! < target; stride *= 2) {
    lo = hi + 1;
    hi = Math.min(hi + stride, table.count - 1);
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid + 1]! < target) lo = mid + 1;
    else hi = mid;
  }
  // cum[lo] < target (else an earlier interval would qualify), so the answer is inside (start, end].
  return table.starts[lo]! + (target - cum[lo]!);
}
