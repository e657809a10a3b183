/**
 * Plain calendar arithmetic on "local milliseconds": wall-clock time counted as if the zone were UTC.
 * Nothing here knows about time zones or the host clock; converting local ms to real instants is
 * zone-clock.ts's job. Kept as integer arithmetic so the calendar table can be built without Temporal
 * on every day.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 of a proleptic-Gregorian date (month 1–12); works for any year, unlike Date.UTC,
 * which remaps years 0–99.
 * @example epochDayOf(2026, 11, 26) // 20418
 */
export function epochDayOf(year: number, month: number, day: number): number {
  // Howard Hinnant's days_from_civil: shift the year to start in March so the leap day is last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The year of an epoch day (the inverse of epochDayOf, year part only).
 * @example yearOfEpochDay(20418) // 2026
 */
export function yearOfEpochDay(epochDay: number): number {
  // Estimate from the mean Gregorian year, then correct the at-most-one-off guess exactly.
  let year = 1970 + Math.floor(epochDay / 365.2425);
  if (epochDayOf(year, 1, 1) > epochDay) year -= 1;
  else if (epochDayOf(year + 1, 1, 1) <= epochDay) year += 1;
  return year;
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of an epoch day.
 * @example isoWeekdayOfEpochDay(0) // 4 — 1970-01-01 was a Thursday
 */
export function isoWeekdayOfEpochDay(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Minutes after local midnight of an `HH:MM` clock time; `24:00` is 1440 (midnight ending the day).
 * Throws RangeError on anything else, so a typo in a calendar fails loudly instead of shifting deadlines.
 * @example parseClockTime('09:30') // 570
 */
export function parseClockTime(text: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!(hours <= 23 && minutes <= 59) && !(hours === 24 && minutes === 0)) {
    throw new RangeError(`Invalid clock time "${text}", expected HH:MM between 00:00 and 24:00`);
  }
  return hours * 60 + minutes;
}

/**
 * Epoch day of a `YYYY-MM-DD` date; throws RangeError for malformed or impossible dates (e.g. 2026-02-30).
 * @example parseIsoDate('1970-01-02') // 1
 */
export function parseIsoDate(text: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const firstOfMonth = epochDayOf(year, month, 1);
    const daysInMonth = epochDayOf(month === 12 ? year + 1 : year, (month % 12) + 1, 1) - firstOfMonth;
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth) return firstOfMonth + day - 1;
  }
  throw new RangeError(`Invalid holiday date "${text}", expected YYYY-MM-DD`);
}
