/**
 * The SLA benchmark's workload: seeded tickets with both severities, on all three calendars of the default
 * policy, created over two years (2026–2027, so every America/Los_Angeles DST change of both years is
 * crossed), ten holidays a year on every calendar, a quarter of the tickets with pauses (some still open).
 * One item = one `computeTarget` call = one "deadline".
 */
import { PRESETS } from '../../lib/policy/presets';
import { oracleAddBusinessTime, oracleBusinessTimeBetween } from '../sla/oracle';
import type { Calendar, Interval, TargetResult, TargetSpec, TargetState, TicketTimes } from '../../lib/sla/types';
import { chooser, seeded } from './stats';

export interface Deadline {
  spec: TargetSpec;
  ticket: TicketTimes;
  now: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const FROM = Date.UTC(2026, 0, 1, 8); // 2026-01-01 00:00 PST
const SPAN = Date.UTC(2028, 0, 1, 8) - FROM; // two years

/** Ten US holidays a year (observed dates), 2026 and 2027, plus 2028's New Year for deadlines that run over. */
export const HOLIDAYS = [
  '2026-01-01',
  '2026-01-19',
  '2026-02-16',
  '2026-05-25',
  '2026-06-19',
  '2026-07-03',
  '2026-09-07',
  '2026-11-26',
  '2026-11-27',
  '2026-12-25',
  '2027-01-01',
  '2027-01-18',
  '2027-02-15',
  '2027-05-31',
  '2027-06-18',
  '2027-07-05',
  '2027-09-06',
  '2027-11-25',
  '2027-11-26',
  '2027-12-24',
];

/**
 * The default policy's three calendars (business LA, 24x7 UTC, internal UTC) with the holidays, built ONCE:
 * the engine caches its tables per calendar object, as the product does (`calendarsFor` in ticket-sla.ts).
 */
export function benchCalendars(): Record<'business' | '24x7' | 'internal', Calendar> {
  const byId = new Map(PRESETS.sourcegraph.sla!.calendars.map((c) => [c.id, { ...c, holidays: [...c.holidays, ...HOLIDAYS] } as Calendar]));
  return { business: byId.get('business')!, '24x7': byId.get('24x7')!, internal: byId.get('internal')! };
}

/**
 * `tickets` tickets → their deadlines: Severity 1 first response 24 h and resolution 72 h (business, or 24x7
 * for a 24/7 Support customer), Severity 2 first response 40 h (its resolution has no deadline, so no call),
 * and every ticket's internal 1 h goal. The hours come from the preset's targets.
 */
export function slaWorkload(tickets: number, seed = 2026): Deadline[] {
  const { random, int, chance } = chooser(seeded(seed));
  const calendars = benchCalendars();
  const targets = PRESETS.sourcegraph.sla!.targets;
  const hours = (metric: string, severity?: number) => targets.find((t) => t.metric === metric && t.severity === severity)!.hours!;
  const out: Deadline[] = [];
  for (let i = 0; i < tickets; i++) {
    const createdAt = FROM + Math.floor(random() * SPAN);
    const now = createdAt + Math.floor(random() ** 2 * 21 * DAY); // mostly recent, some three weeks old
    const severity = chance(0.45) ? 1 : 2;
    const firstResponseAt = chance(0.5) ? createdAt + Math.floor(random() * Math.min(now - createdAt, 60 * HOUR)) : null;
    const resolvedAt = firstResponseAt !== null && chance(0.3) ? firstResponseAt + Math.floor(random() * (now - firstResponseAt)) : null;
    const pauses: Interval[] = [];
    if (chance(0.25)) {
      let cursor = createdAt;
      for (let n = int(1, 3); n > 0 && cursor < now; n--) {
        const start = cursor + Math.floor(random() * Math.max(1, (now - cursor) / 2));
        const open = n === 1 && chance(0.3); // the last pause may still be running
        const end = open ? null : start + int(10, 48 * 60) * 60_000;
        pauses.push({ start, end });
        cursor = end ?? now;
      }
    }
    const ticket: TicketTimes = { createdAt, firstResponseAt, resolvedAt, pauses };
    const sev1Calendar = chance(0.3) ? calendars['24x7'] : calendars.business;
    if (severity === 1) {
      out.push({ spec: { metric: 'first-response', hours: hours('first-response', 1), calendar: sev1Calendar, stopsAt: 'firstResponseAt' }, ticket, now });
      out.push({ spec: { metric: 'resolution', hours: hours('resolution', 1), calendar: sev1Calendar, stopsAt: 'resolvedAt' }, ticket, now });
    } else {
      out.push({ spec: { metric: 'first-response', hours: hours('first-response', 2), calendar: calendars.business, stopsAt: 'firstResponseAt' }, ticket, now });
    }
    out.push({ spec: { metric: 'internal-first-response', hours: hours('internal-first-response'), calendar: calendars.internal, stopsAt: 'firstResponseAt' }, ticket, now });
  }
  // Ticket by ticket, each ticket's targets together: the order evaluateTicketSla (lib/policy/ticket-sla.ts)
  // computes them in for a view's tickets. Severities and calendars still interleave, ticket to ticket.
  return out;
}

/**
 * `computeTarget` (lib/sla/target.ts) line for line, on the day-walking oracle instead of the fast engine:
 * the baseline for `sla.speedupVsOracle`. The benchmark checks both agree on every item it times.
 */
export function oracleComputeTarget(spec: TargetSpec, ticket: TicketTimes, now: number): TargetResult {
  const targetMs = Math.round(spec.hours * HOUR);
  const completedAt = ticket[spec.stopsAt];
  const pauses = ticket.pauses.map((p) => (p.end === null ? { start: p.start, end: Math.max(p.start, now) } : p));
  const dueAt = oracleAddBusinessTime(spec.calendar, ticket.createdAt, targetMs, pauses);
  const used = oracleBusinessTimeBetween(spec.calendar, ticket.createdAt, completedAt ?? now, pauses);
  let state: TargetState;
  if (completedAt !== null) state = completedAt <= dueAt ? 'met' : 'breached';
  else if (now > dueAt) state = 'breached';
  else state = ticket.pauses.some((p) => p.start <= now && (p.end === null || now < p.end)) ? 'paused' : 'running';
  return { metric: spec.metric, calendar: spec.calendar.id, targetMs, dueAt, state, businessRemainingMs: targetMs - used, wallRemainingMs: dueAt - now, completedAt };
}
