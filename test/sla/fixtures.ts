import type { Calendar } from '../../lib/sla/types';

/** Shared calendars and helpers for the SLA tests (not a test file itself). */

export const HOUR = 3_600_000;
export const MINUTE = 60_000;

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

/** The customer-facing business calendar: Mon–Fri 09:00–17:00 Pacific, with US Thanksgiving 2026 off. */
export const businessLA: Calendar = {
  id: 'business-la',
  zone: 'America/Los_Angeles',
  hours: [{ days: WEEKDAYS, open: '09:00', close: '17:00' }],
  holidays: ['2026-11-26'],
};

/** The internal support calendar: Mon–Fri 09:00–24:00 UTC. */
export const internalUTC: Calendar = {
  id: 'internal-utc',
  zone: 'UTC',
  hours: [{ days: WEEKDAYS, open: '09:00', close: '24:00' }],
  holidays: [],
};

/** Round the clock, every day. */
export const twentyFourSevenUTC: Calendar = {
  id: '24x7-utc',
  zone: 'UTC',
  hours: [{ days: EVERY_DAY, open: '00:00', close: '24:00' }],
  holidays: [],
};

/** A one-rule calendar: `days` (default Mon–Fri) open `open`–`close` in `zone`. */
export function calendar(zone: string, open: string, close: string, days = WEEKDAYS, holidays: string[] = []): Calendar {
  return { id: `${zone} ${open}-${close}`, zone, hours: [{ days, open, close }], holidays };
}

/** Epoch ms of an ISO instant with explicit offset, e.g. at('2026-03-06T16:30-08:00'). */
export function at(isoWithOffset: string): number {
  const ms = Date.parse(isoWithOffset);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:\d{2})$/.test(isoWithOffset)) throw new Error(`bad instant ${isoWithOffset}`);
  return ms;
}
