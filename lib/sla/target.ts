import { addBusinessTime, businessTimeBetween } from './business-time';
import { MS_PER_HOUR } from './civil-time';
import type { Interval, TargetResult, TargetSpec, TargetState, TicketTimes } from './types';

export { formatDuration } from './format-duration';

/**
 * Evaluate one SLA target for a ticket at `now`: due instant, state and time left. The clock starts at
 * `createdAt`; `ticket[spec.stopsAt]` completes it; a pause still open (`end: null`) is projected as ending
 * at `now`, so a paused ticket's dueAt is "if work resumed right now".
 * @example
 * // 4 h first response on Mon–Fri 09:00–17:00 America/Los_Angeles, created Mon 2026-03-02 10:00 PST:
 * computeTarget({ metric: 'first-response', hours: 4, calendar: businessLA, stopsAt: 'firstResponseAt' },
 *   { createdAt: Date.parse('2026-03-02T18:00:00Z'), firstResponseAt: null, resolvedAt: null, pauses: [] },
 *   Date.parse('2026-03-02T20:00:00Z'))
 * // { state: 'running', dueAt: Mon 14:00 PST, businessRemainingMs: 7_200_000, wallRemainingMs: 7_200_000, … }
 */
export function computeTarget(spec: TargetSpec, ticket: TicketTimes, now: number): TargetResult {
  if (!(spec.hours >= 0) || !Number.isFinite(spec.hours)) throw new RangeError(`Target hours must be ≥ 0, got ${spec.hours}`);
  const targetMs = Math.round(spec.hours * MS_PER_HOUR); // whole ms keeps all engine arithmetic exact
  const completedAt = ticket[spec.stopsAt];
  const pauses = projectOpenPauses(ticket.pauses, now);
  const dueAt = addBusinessTime(spec.calendar, ticket.createdAt, targetMs, pauses);
  const used = businessTimeBetween(spec.calendar, ticket.createdAt, completedAt ?? now, pauses);
  return {
    metric: spec.metric,
    calendar: spec.calendar.id,
    targetMs,
    dueAt,
    state: stateOf(completedAt, dueAt, now, ticket.pauses),
    businessRemainingMs: targetMs - used,
    wallRemainingMs: dueAt - now,
    completedAt,
  };
}

/** Still-open pauses end at `now` (or never start, if they begin after it). */
function projectOpenPauses(pauses: readonly Interval[], now: number): Interval[] {
  return pauses.map((p) => (p.end === null ? { start: p.start, end: Math.max(p.start, now) } : p));
}

function stateOf(completedAt: number | null, dueAt: number, now: number, pauses: readonly Interval[]): TargetState {
  if (completedAt !== null) return completedAt <= dueAt ? 'met' : 'breached';
  if (now > dueAt) return 'breached';
  const pausedNow = pauses.some((p) => p.start <= now && (p.end === null || now < p.end));
  return pausedNow ? 'paused' : 'running';
}
