import { instantAtOpenTime, openTimeBetween } from './calendar-table';
import { normalizePauses, type ClosedPause } from './pauses';
import type { Calendar, Interval } from './types';

/**
 * The earliest instant at which the open, un-paused time of `calendar` since `startMs` reaches `durationMs`.
 * Starting outside open hours means the clock starts at the next opening; completing exactly at a closing
 * time is due at that closing (e.g. 17:00), not at the next opening. Pauses may be unsorted or overlap;
 * `end: null` never ends, so a duration not reached before such a pause yields Infinity.
 * @example
 * // Mon–Fri 09:00–17:00 America/Los_Angeles; created Fri 2026-03-06 16:30 PST, 1 h target:
 * addBusinessTime(businessLA, Date.parse('2026-03-07T00:30:00Z'), 3_600_000) // Mon 2026-03-09 09:30 PDT
 */
export function addBusinessTime(calendar: Calendar, startMs: number, durationMs: number, pauses: readonly Interval[] = []): number {
  checkAddArguments(startMs, durationMs);
  // Zero needs no open time at all, so the earliest such instant is the start itself, even inside a pause.
  if (pauses.length === 0 || durationMs === 0) return instantAtOpenTime(calendar, startMs, durationMs);
  return addAcrossPauses(calendar, startMs, durationMs, normalizePauses(pauses));
}

/** addBusinessTime's argument checks, shared with computeTarget so both throw the same errors in the same order. */
export function checkAddArguments(startMs: number, durationMs: number): void {
  if (!(durationMs >= 0)) throw new RangeError(`Duration must be a non-negative number of ms, got ${durationMs}`);
  if (!Number.isFinite(startMs)) throw new RangeError(`Start must be finite epoch ms, got ${startMs}`);
}

/**
 * addBusinessTime after its checks, with pauses already through normalizePauses (computeTarget normalises
 * them once for both of its calls instead of twice).
 */
export function addAcrossPauses(calendar: Calendar, startMs: number, durationMs: number, merged: readonly ClosedPause[]): number {
  if (merged.length === 0 || durationMs === 0) return instantAtOpenTime(calendar, startMs, durationMs);
  let cursor = startMs;
  let remaining = durationMs;
  // Consume the open stretch before each pause, then jump over the pause; stops once the remainder fits.
  for (const pause of merged) {
    if (pause.end <= cursor) continue;
    if (pause.start > cursor) {
      const open = openTimeBetween(calendar, cursor, pause.start);
      if (open >= remaining) return instantAtOpenTime(calendar, cursor, remaining);
      remaining -= open;
    }
    cursor = pause.end;
    if (cursor === Infinity) return Infinity;
  }
  return instantAtOpenTime(calendar, cursor, remaining);
}

/**
 * Open, un-paused ms of `calendar` in [aMs, bMs); 0 when bMs <= aMs.
 * @example
 * // Mon–Fri 09:00–17:00 America/Los_Angeles, Fri 16:00 PST → Mon 10:00 PDT across spring-forward: 2 h
 * businessTimeBetween(businessLA, Date.parse('2026-03-07T00:00:00Z'), Date.parse('2026-03-09T17:00:00Z')) // 7_200_000
 */
export function businessTimeBetween(calendar: Calendar, aMs: number, bMs: number, pauses: readonly Interval[] = []): number {
  if (!(bMs > aMs)) return 0;
  if (pauses.length === 0) return openTimeBetween(calendar, aMs, bMs);
  return betweenMinusPauses(calendar, aMs, bMs, normalizePauses(pauses));
}

/** businessTimeBetween for bMs > aMs, with pauses already through normalizePauses. */
export function betweenMinusPauses(calendar: Calendar, aMs: number, bMs: number, merged: readonly ClosedPause[]): number {
  let total = openTimeBetween(calendar, aMs, bMs);
  // Merged pauses are disjoint, so subtracting each one's clipped open time never double-counts.
  for (const pause of merged) {
    const from = pause.start > aMs ? pause.start : aMs;
    const to = pause.end < bMs ? pause.end : bMs;
    if (to > from) total -= openTimeBetween(calendar, from, to);
  }
  return total;
}
