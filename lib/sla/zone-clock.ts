import { Temporal } from 'temporal-polyfill';
import { MS_PER_DAY, MS_PER_HOUR } from './civil-time';

/**
 * Local wall-clock time → real instant, for one IANA zone, with Temporal's 'compatible' disambiguation.
 *
 * Why not just call Temporal for every conversion: building a calendar table needs two conversions per
 * open period per day, and a Temporal conversion costs ~15 µs, so a year of a business calendar would
 * cost ~10 ms. Instead we ask Temporal once for the zone's offset transitions and, away from them, the
 * answer is plain subtraction of the (provably constant) offset. Anywhere near a transition we still call
 * Temporal, so DST gaps and overlaps get exactly Temporal's semantics.
 */
export interface ZoneClock {
  readonly zone: string;
  /**
   * The instant (epoch ms) of a local wall-clock time given as "local ms" (wall time counted as if UTC).
   * @example zoneClock('America/Los_Angeles').toEpochMs(Date.UTC(2026, 2, 8, 2, 30)) // 03:30 PDT, the gap skipped
   */
  toEpochMs(localMs: number): number;
}

/**
 * Real offsets are well inside ±24 h (Temporal rejects anything else), so every candidate instant for a
 * local time L lies strictly within L ± 24 h. If no transition falls in L ± WINDOW, the offset is constant
 * over all candidates and L − offset is the unique, unambiguous answer.
 */
const WINDOW = 25 * MS_PER_HOUR;
/** Transitions are fetched a year at a time: getTimeZoneTransition is slow (~0.4 ms), and rarely needed. */
const CHUNK = 366 * MS_PER_DAY;
/** Slow-path answers are memoised; calendars reuse a few clock times, so this stays small, but cap it anyway. */
const MEMO_LIMIT = 50_000;

const clocks = new Map<string, ZoneClock>();

/**
 * The shared, cached ZoneClock for an IANA zone (throws RangeError for an unknown zone).
 * @example zoneClock('UTC').toEpochMs(0) // 0
 */
export function zoneClock(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = createZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

function offsetMsAt(zone: string, epochMs: number): number {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
}

function createZoneClock(zone: string): ZoneClock {
  const origin = Date.UTC(2026, 0, 1);
  // Invariant: `transitions` lists every transition instant T with coveredFrom < T <= coveredTo, ascending;
  // `offsetsAfter[k]` is the offset from transitions[k] on; `baseOffset` is the offset at coveredFrom.
  let coveredFrom = origin;
  let coveredTo = origin;
  let baseOffset = offsetMsAt(zone, origin); // also validates the zone name up front
  let transitions: number[] = [];
  let offsetsAfter: number[] = [];
  const memo = new Map<number, number>();

  function extendForward(to: number): void {
    let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(coveredTo).toZonedDateTimeISO(zone);
    // 'next' is strictly after the cursor, so a transition exactly at coveredTo (already listed) is not repeated.
    while ((cursor = cursor.getTimeZoneTransition('next')) && cursor.epochMilliseconds <= to) {
      transitions.push(cursor.epochMilliseconds);
      offsetsAfter.push(cursor.offsetNanoseconds / 1e6);
    }
    coveredTo = to;
  }

  function extendBackward(from: number): void {
    const found: number[] = [];
    const offsets: number[] = [];
    // 'previous' is strictly before its cursor; start 1 ms late so a transition exactly at coveredFrom
    // (excluded by the invariant until now) is picked up.
    let cursor: Temporal.ZonedDateTime | null = Temporal.Instant.fromEpochMilliseconds(coveredFrom + 1).toZonedDateTimeISO(zone);
    while ((cursor = cursor.getTimeZoneTransition('previous')) && cursor.epochMilliseconds > from) {
      found.push(cursor.epochMilliseconds);
      offsets.push(cursor.offsetNanoseconds / 1e6);
    }
    transitions = found.reverse().concat(transitions);
    offsetsAfter = offsets.reverse().concat(offsetsAfter);
    coveredFrom = from;
    baseOffset = offsetMsAt(zone, from);
  }

  /** Index of the first listed transition at or after `epochMs` (transitions.length if none). */
  function firstTransitionFrom(epochMs: number): number {
    let lo = 0;
    let hi = transitions.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (transitions[mid]! < epochMs) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  function viaTemporal(localMs: number): number {
    let answer = memo.get(localMs);
    if (answer === undefined) {
      const wall = Temporal.Instant.fromEpochMilliseconds(localMs).toZonedDateTimeISO('UTC').toPlainDateTime();
      answer = wall.toZonedDateTime(zone).epochMilliseconds; // default disambiguation: 'compatible'
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(localMs, answer);
    }
    return answer;
  }

  return {
    zone,
    toEpochMs(localMs: number): number {
      while (localMs - WINDOW <= coveredFrom) extendBackward(coveredFrom - CHUNK);
      while (localMs + WINDOW > coveredTo) extendForward(coveredTo + CHUNK);
      const k = firstTransitionFrom(localMs - WINDOW);
      if (k < transitions.length && transitions[k]! <= localMs + WINDOW) return viaTemporal(localMs);
      // No transition anywhere near: the offset in force before index k applies to every candidate.
      const offset = k === 0 ? baseOffset : offsetsAfter[k - 1]!;
      return localMs - offset;
    },
  };
}
