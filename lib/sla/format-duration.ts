import { MS_PER_HOUR, MS_PER_MINUTE } from './civil-time';

const MINUS = '\u2212'; // typographic minus, so "−2h 10m" lines up with "2h 10m" in proportional fonts

/**
 * Compact SLA countdown text: `Xh MMm` from one hour up (hours may exceed 24), `Mm SSs` below, and a
 * leading '−' (U+2212) when overdue. Truncates toward zero, so it never claims more time than is left;
 * a value that truncates to nothing shows without a sign.
 * @example formatDuration(7_800_000) // '2h 10m'
 * @example formatDuration(2_703_000) // '45m 03s'
 * @example formatDuration(-7_800_000) // '−2h 10m'
 */
export function formatDuration(ms: number): string {
  if (Number.isNaN(ms)) throw new RangeError('Cannot format NaN as a duration');
  if (!Number.isFinite(ms)) return ms > 0 ? '∞' : `${MINUS}∞`;
  const magnitude = Math.abs(ms);
  let text: string;
  let nonZero: boolean;
  if (magnitude >= MS_PER_HOUR) {
    const hours = Math.floor(magnitude / MS_PER_HOUR);
    const minutes = Math.floor((magnitude % MS_PER_HOUR) / MS_PER_MINUTE);
    text = `${hours}h ${String(minutes).padStart(2, '0')}m`;
    nonZero = true;
  } else {
    const minutes = Math.floor(magnitude / MS_PER_MINUTE);
    const seconds = Math.floor((magnitude % MS_PER_MINUTE) / 1000);
    text = `${minutes}m ${String(seconds).padStart(2, '0')}s`;
    nonZero = minutes > 0 || seconds > 0;
  }
  return ms < 0 && nonZero ? MINUS + text : text;
}

/**
 * The same countdown in one unit, for a ticket view's narrow row badge: minutes under an hour, else whole hours
 * (business hours can run past 24, so no days). Truncates toward zero like `formatDuration`; '−' when overdue.
 * @example formatDurationShort(2_703_000) // '45m'
 * @example formatDurationShort(7_800_000) // '2h'
 * @example formatDurationShort(-300_000) // '−5m'
 */
export function formatDurationShort(ms: number): string {
  if (Number.isNaN(ms)) throw new RangeError('Cannot format NaN as a duration');
  if (!Number.isFinite(ms)) return ms > 0 ? '∞' : `${MINUS}∞`;
  const magnitude = Math.abs(ms);
  const text = magnitude >= MS_PER_HOUR ? `${Math.floor(magnitude / MS_PER_HOUR)}h` : `${Math.floor(magnitude / MS_PER_MINUTE)}m`;
  return ms < 0 && magnitude >= MS_PER_MINUTE ? MINUS + text : text;
}
