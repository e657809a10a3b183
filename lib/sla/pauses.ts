import type { Interval } from './types';

/** A pause with a concrete end; a still-open pause (`end: null`) ends at +Infinity. */
export interface ClosedPause {
  start: number;
  end: number;
}

/**
 * Pauses sorted by start, overlaps and touching pauses merged, empty ones dropped, `end: null` → Infinity.
 * Returns `[]` for no pauses; allocates only a few small objects per call (fine on the query path).
 * @example normalizePauses([{ start: 5, end: 9 }, { start: 1, end: 6 }, { start: 20, end: null }])
 * // [{ start: 1, end: 9 }, { start: 20, end: Infinity }]
 */
export function normalizePauses(pauses: readonly Interval[]): ClosedPause[] {
  const list: ClosedPause[] = [];
  for (const pause of pauses) {
    const end = pause.end ?? Infinity;
    if (Number.isNaN(pause.start) || Number.isNaN(end)) throw new RangeError('Pause bounds must be numbers');
    if (end > pause.start) list.push({ start: pause.start, end });
  }
  if (list.length < 2) return list;
  list.sort((x, y) => x.start - y.start);
  const merged: ClosedPause[] = [list[0]!];
  for (let i = 1; i < list.length; i++) {
    const last = merged[merged.length - 1]!;
    const next = list[i]!;
    if (next.start <= last.end) last.end = Math.max(last.end, next.end);
    else merged.push(next);
  }
  return merged;
}
