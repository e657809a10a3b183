import { addAcrossPauses, betweenMinusPauses, checkAddArguments } from './business-time';
import { normalizePauses, type ClosedPause } from './pauses';
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
  const start = ticket.createdAt;
  const end = completedAt ?? now;
  // addBusinessTime(calendar, start, targetMs, pauses) and businessTimeBetween(calendar, start, end, pauses),
  // with the pauses normalised once for both — and only when either call would have normalised them, so
  // invalid pauses throw exactly when they did.
  const pauses = projectOpenPauses(ticket.pauses, now);
  checkAddArguments(start, targetMs);
  const merged = pauses.length > 0 && (targetMs !== 0 || end > start) ? normalizePauses(pauses) : NO_PAUSES;
  const dueAt = addAcrossPauses(spec.calendar, start, targetMs, merged);
  const used = end > start ? betweenMinusPauses(spec.calendar, start, end, merged) : 0;
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

const NO_PAUSES: readonly ClosedPause[] = [];

/** Still-open pauses end at `now` (or never start, if they begin after it). Without one, the list itself. */
function projectOpenPauses(pauses: readonly Interval[], now: number): readonly Interval[] {
  // Most tickets have no open pause: copying the list for every target was a measurable share of the call.
  let open = false;
  for (const p of pauses) if (p.end === null) open = true;
  return open ? pauses.map((p) => (p.end === null ? { start: p.start, end: Math.max(p.start, now) } : p)) : pauses;
}

function stateOf(completedAt: number | null, dueAt: number, now: number, pauses: readonly Interval[]): TargetState {
  if (completedAt !== null) return completedAt <= dueAt ? 'met' : 'breached';
  if (now > dueAt) return 'breached';
  for (const p of pauses) if (p.start <= now && (p.end === null || now < p.end)) return 'paused';
  return 'running';
}
