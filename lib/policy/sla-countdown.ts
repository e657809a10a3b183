/**
 * The live state of an SLA target at an instant: how much business time is left and whether it is on track, at risk
 * or breached. Pure (the clock is a parameter), so the badges, the copied summary (summary-text.ts) and the
 * background count a target the same way. Moved here from lib/overlay/countdown.ts, which re-exports it.
 */
import { businessTimeBetween } from '../sla/business-time';
import type { Calendar } from '../sla/types';
import type { SlaDecision } from './ticket-sla';

export type CountdownTone = 'ok' | 'at-risk' | 'breached' | 'paused' | 'met' | 'none';

export interface Countdown {
  decision: SlaDecision;
  /** Open business time left (negative once breached), computed from the due instant at `now`. */
  remainingMs: number;
  tone: CountdownTone;
}

const HOUR = 3_600_000;

/**
 * The target a badge counts down to: first response until it is met, then resolution. Internal goals never
 * lead the badge (they are listed in the expanded view).
 * @example nextTarget(ticket.sla)?.metric // 'first-response'
 */
export function nextTarget(sla: SlaDecision[]): SlaDecision | null {
  const contractual = sla.filter((d) => !d.internal && d.dueAt !== null);
  return contractual.find((d) => d.state === 'running' || d.state === 'paused' || d.state === 'breached') ?? null;
}

/**
 * Live business time left before `decision` is due, recomputed from its due instant (never decremented, so a
 * sleeping laptop or a clock change cannot drift it). At risk: under a quarter of the target or under an hour.
 * @example countdown(d, calendars, Date.now()).tone // 'at-risk'
 */
export function countdown(decision: SlaDecision, calendars: readonly Calendar[], now: number): Countdown {
  if (decision.dueAt === null || decision.targetHours === null) return { decision, remainingMs: 0, tone: 'none' };
  if (decision.state === 'met') return { decision, remainingMs: decision.businessRemainingMs ?? 0, tone: 'met' };
  const calendar = calendars.find((c) => c.id === decision.calendar);
  const due = Date.parse(decision.dueAt);
  let remainingMs: number;
  if (decision.state === 'paused' || !calendar) remainingMs = decision.businessRemainingMs ?? 0;
  else remainingMs = now <= due ? businessTimeBetween(calendar, now, due) : -businessTimeBetween(calendar, due, now);
  // Past the due instant is breached even while the business clock is closed (remaining shows 0 then).
  const breached = decision.state === 'breached' || (decision.state !== 'paused' && now > due);
  const target = decision.targetHours * HOUR;
  const tone: CountdownTone = breached ? 'breached' : decision.state === 'paused' ? 'paused' : remainingMs < HOUR || remainingMs < target / 4 ? 'at-risk' : 'ok';
  return { decision, remainingMs, tone };
}
