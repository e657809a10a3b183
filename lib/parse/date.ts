import { zoneClock } from '../sla/zone-clock';
import { blank, isBlank, ok, quote, unreadable, type Parsed } from './result';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DateOrder = 'MDY' | 'DMY';

/** The largest distance from the epoch an ECMAScript Date can represent (±100,000,000 days). */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * Reads a calendar date to `YYYY-MM-DD`. Accepts ISO dates (a time part is dropped), `Nov 3, 2026`,
 * `3 Nov 2026`, and slashed dates in the given order (Salesforce and HubSpot in en-US show M/D/YYYY).
 * @example parseDate('11/3/2026', 'Renewal Date') // { value: '2026-11-03', warning: null }
 */
export function parseDate(raw: unknown, field: string, order: DateOrder = 'MDY'): Parsed<string> {
  if (isBlank(raw)) return blank();
  if (typeof raw !== 'string') return unreadable(field, raw);
  const text = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, field, raw);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return order === 'MDY' ? build(+m[3]!, a, b, field, raw) : build(+m[3]!, b, a, field, raw);
  }
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/.exec(text);
  if (m) return build(+m[3]!, MONTHS.indexOf(m[1]!.toLowerCase()) + 1, +m[2]!, field, raw);
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.?,? (\d{4})$/.exec(text);
  if (m) return build(+m[3]!, MONTHS.indexOf(m[2]!.toLowerCase()) + 1, +m[1]!, field, raw);
  return unreadable(field, raw);
}

function build(year: number, month: number, day: number, field: string, raw: unknown): Parsed<string> {
  // Round-trip through UTC to reject 2026-02-30 and month 13 rather than rolling them over.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return unreadable(field, raw, 'no such date');
  }
  return ok(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * Reads an instant (ISO 8601 with a zone or `Z`, or epoch milliseconds) to epoch ms.
 * A date-time without a zone is refused: guessing the zone would shift every SLA.
 * @example parseInstant('2026-11-20T17:00:00Z', 'Created') // { value: 1795194000000, … }
 */
export function parseInstant(raw: unknown, field: string): Parsed<number> {
  if (isBlank(raw)) return blank();
  // Beyond ±8.64e15 ms a number is no instant a Date can hold (and toISOString would throw on it).
  if (typeof raw === 'number') return Number.isFinite(raw) && Math.abs(raw) <= MAX_EPOCH_MS ? ok(raw) : unreadable(field, raw, 'not a time');
  if (typeof raw !== 'string') return unreadable(field, raw);
  const text = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(text)) {
    return unreadable(field, raw, 'expected an ISO 8601 instant with a zone');
  }
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? unreadable(field, raw) : ok(ms);
}

const MERIDIEM = /^(am|pm|a\.m\.|p\.m\.|午前|午後)$/i;

/**
 * Whether `locale` writes a numeric date month first or day first (`en-US` 11/28/2026, `en-GB` 28/11/2026), or null
 * for a locale Intl does not know.
 * @example dateOrderOf('en-GB') // 'DMY'
 */
export function dateOrderOf(locale: string): DateOrder | null {
  try {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2026, 10, 28));
    const day = parts.findIndex((p) => p.type === 'day');
    const month = parts.findIndex((p) => p.type === 'month');
    return day < 0 || month < 0 ? null : day < month ? 'DMY' : 'MDY';
  } catch {
    return null;
  }
}

/**
 * The order the numeric dates of several displayed date-times must be in: one with a first number above 12 can only be
 * day first, one with a second number above 12 only month first (a list view of many rows nearly always shows one);
 * with neither, null (the caller falls back to the page's language). Both at once: the texts disagree, null.
 * @example dateOrderShown(['28/11/2026 09:14', '05/11/2026 10:00']) // 'DMY'
 */
export function dateOrderShown(texts: readonly (string | null)[]): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    const m = /^\s*(\d{1,2})[/.](\d{1,2})[/.]\d{4}/.exec(text ?? '');
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'DMY' : 'MDY';
}

/**
 * Reads a date-time as a CRM displays it, in the zone it is displayed in, to epoch ms. Salesforce and HubSpot show
 * date-times in the user's own zone with no offset (`11/28/2026, 9:14 AM`), so the caller says which zone that is
 * (the browser's, assumed to be the user's CRM zone, and stated). Accepted, with an optional comma before the time,
 * optional seconds, 12- or 24-hour clocks:
 * - `M/D/YYYY h:mm AM` (slashes in `order`, en-US by default), `D.M.YYYY HH:mm` (dots: day first, as German shows it),
 *   `YYYY/MM/DD H:mm` and `YYYY-MM-DD HH:mm` (year first, as Japanese shows it), `Nov 28, 2026 9:14 AM`, `28 Nov 2026 09:14`;
 * - an explicit trailing `GMT+1`, `UTC-05:00`, `UTC` or `Z`, which wins over `zone`;
 * - an ISO 8601 instant with a zone, read as such.
 * @example parseDisplayedInstant('11/28/2026, 9:14 AM', 'Date/Time Opened', 'UTC').value // Date.UTC(2026, 10, 28, 9, 14)
 */
export function parseDisplayedInstant(raw: unknown, field: string, zone: string, order: DateOrder = 'MDY'): Parsed<number> {
  if (isBlank(raw)) return blank();
  if (typeof raw !== 'string') return unreadable(field, raw);
  const iso = parseInstant(raw, field);
  if (iso.value !== null) return iso;
  const text = raw.trim().replace(/\s+/g, ' ');
  // The offset, if the page prints one: GMT+1, GMT+01:00, UTC-5, UTC, Z.
  const offsetMatch = /\s(?:(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|Z)$/i.exec(text);
  const offsetMs = offsetMatch ? (offsetMatch[1] === '-' ? -1 : 1) * ((Number(offsetMatch[2] ?? 0) * 60 + Number(offsetMatch[3] ?? 0)) * 60_000) : null;
  const body = offsetMatch ? text.slice(0, offsetMatch.index) : text;
  const m = /^(.+?),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(\S+))?$/.exec(body);
  if (!m) return unreadable(field, raw, 'expected a date and a time');
  const [, datePart, hh, mm, ss, meridiem] = m;
  const ymd = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(datePart!);
  const date = ymd
    ? build(+ymd[1]!, +ymd[2]!, +ymd[3]!, field, raw)
    : /^\d{1,2}\.\d{1,2}\.\d{4}$/.test(datePart!)
      ? parseDate(datePart, field, 'DMY')
      : parseDate(datePart, field, order);
  if (date.value === null) return unreadable(field, raw, 'no such date');
  let hour = Number(hh);
  const minute = Number(mm);
  const second = Number(ss ?? 0);
  if (meridiem !== undefined) {
    if (!MERIDIEM.test(meridiem) || hour < 1 || hour > 12) return unreadable(field, raw, 'not a time of day');
    const pm = /^(pm|p\.m\.|午後)$/i.test(meridiem);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return unreadable(field, raw, 'not a time of day');
  const [y, mo, d] = date.value.split('-').map(Number) as [number, number, number];
  const localMs = Date.UTC(y, mo - 1, d, hour, minute, second);
  if (offsetMs !== null) return ok(localMs - offsetMs);
  try {
    return ok(zoneClock(zone).toEpochMs(localMs));
  } catch {
    return unreadable(field, raw, `unknown time zone ${quote(zone)}`);
  }
}
