import { Temporal } from 'temporal-polyfill';

interface Day {
  date: string;
  from: number;
  to: number;
}
const lastDay = new Map<string, Day>();

/**
 * The calendar date (`YYYY-MM-DD`) at instant `now` in an IANA zone. Remembers the day it last answered per
 * zone, so evaluating many accounts at one `now` costs one Temporal conversion, not one each.
 * @example localDate(Date.UTC(2026, 10, 21, 3), 'America/Los_Angeles') // '2026-11-20'
 */
export function localDate(now: number, zone: string): string {
  const cached = lastDay.get(zone);
  if (cached && now >= cached.from && now < cached.to) return cached.date;
  const zoned = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone);
  const start = zoned.startOfDay();
  const day: Day = {
    date: zoned.toPlainDate().toString(),
    from: start.epochMilliseconds,
    to: start.add({ days: 1 }).epochMilliseconds,
  };
  lastDay.set(zone, day);
  return day.date;
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
