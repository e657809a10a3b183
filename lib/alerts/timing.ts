/**
 * Time left on a watched target, and the instant it will reach a given time left: in the target's business time, the
 * clock the badges count (lib/overlay/countdown.ts), so "15 min left" in a notification is what the badge shows then.
 */
import { countdown, type CountdownTone } from '../policy/sla-countdown';
import type { SlaDecision } from '../policy';
import { openTimeBetween } from '../sla/calendar-table';
import type { Calendar } from '../sla/types';
import type { WatchedTarget, WatchedTicket } from './watch';

/** A target's state that may still alert or count: running when read (or already past due). */
export const isLive = (t: WatchedTarget): boolean => t.state === 'running' || t.state === 'breached';

const asDecision = (t: WatchedTarget, severity: WatchedTicket['severity']): SlaDecision => ({
  metric: t.metric,
  severity,
  label: t.label,
  internal: false,
  calendar: t.calendar,
  calendarZone: null,
  targetHours: t.targetHours,
  dueAt: new Date(t.dueAt).toISOString(),
  state: t.state,
  businessRemainingMs: t.businessRemainingMs,
  wallRemainingMs: null,
  reasons: [],
});

/**
 * Business time left (negative past due) and the badge's tone (at risk: under an hour or a quarter of the target).
 * @example targetNow(ticket, ticket.targets[0], calendars, Date.now()).tone // 'at-risk'
 */
export function targetNow(ticket: WatchedTicket, target: WatchedTarget, calendars: readonly Calendar[], now: number): { remainingMs: number; tone: CountdownTone } {
  const { remainingMs, tone } = countdown(asDecision(target, ticket.severity), calendars, now);
  return { remainingMs, tone };
}

/**
 * The target a ticket is led by: the live (or paused) one due first. Met and unknown targets never lead.
 * @example leadTarget(ticket)?.metric // 'first-response'
 */
export function leadTarget(ticket: WatchedTicket): WatchedTarget | null {
  let lead: WatchedTarget | null = null;
  for (const t of ticket.targets) if ((isLive(t) || t.state === 'paused') && (!lead || t.dueAt < lead.dueAt)) lead = t;
  return lead;
}

const MAX_SPAN = 400 * 86_400_000;

/**
 * The instant at which `openMs` of the calendar's open time is left before `dueAt`: the latest t with
 * openTimeBetween(t, dueAt) ≥ openMs, to the millisecond (the alarm rings half a second after it: an answer a second
 * early would ring before the crossing, and the level or the at-risk count would wait for the next alarm). Null when
 * the calendar has not that much open time in 400 days.
 * Without a calendar, wall time.
 * @example instantWithTimeLeft(businessLA, monday0930, 3_600_000) // the Friday before, 16:30 (closes 17:00)
 */
export function instantWithTimeLeft(calendar: Calendar | undefined, dueAt: number, openMs: number): number | null {
  if (!calendar) return dueAt - openMs;
  const open = (t: number) => openTimeBetween(calendar, t, dueAt);
  // Open time is never more than wall time: the instant is at or before dueAt − openMs. Gallop back until enough.
  let hi = dueAt - openMs;
  if (open(hi) >= openMs) return hi;
  let step = openMs;
  let lo = hi - step;
  while (open(lo) < openMs) {
    // Not enough in the whole span: null. (Galloping past it unchecked would answer null for an instant within it.)
    if (dueAt - lo >= MAX_SPAN) return null;
    hi = lo;
    step *= 2;
    lo = Math.max(lo - step, dueAt - MAX_SPAN);
  }
  // open(lo) ≥ openMs > open(hi): the boundary lies between.
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (open(mid) >= openMs) lo = mid;
    else hi = mid;
  }
  return lo;
}
