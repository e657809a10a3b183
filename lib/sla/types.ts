/**
 * Types shared by the SLA engine (fast), its oracle, and the policy layer that picks targets.
 * Every instant is epoch milliseconds (UTC); every wall-clock notion lives in a `Calendar` with an IANA zone.
 */

/** Open hours on some weekdays. `days` are ISO weekdays (1 = Monday … 7 = Sunday). `close` may be `24:00`. */
export interface WeeklyHours {
  days: number[];
  open: string; // 'HH:MM'
  close: string; // 'HH:MM', after `open`; '24:00' means midnight at the end of the day
}

/** A support calendar: weekly open hours in one IANA zone, minus whole-day holidays (dates in that zone). */
export interface Calendar {
  id: string;
  name?: string;
  zone: string;
  hours: WeeklyHours[];
  holidays: string[]; // 'YYYY-MM-DD', local to `zone`
}

/** A half-open interval [start, end) of epoch ms. `end: null` means still open (e.g. a pause not yet ended). */
export interface Interval {
  start: number;
  end: number | null;
}

export type TargetState = 'running' | 'paused' | 'met' | 'breached';

/** One SLA target to evaluate: `hours` of open, un-paused time on `calendar`, stopped by `stopsAt`. */
export interface TargetSpec {
  metric: string; // 'first-response' | 'resolution' | 'internal-first-response' | …
  hours: number;
  calendar: Calendar;
  /** Which ticket timestamp completes this target. */
  stopsAt: 'firstResponseAt' | 'resolvedAt';
}

/** The times of a ticket the SLA engine needs, already parsed. */
export interface TicketTimes {
  createdAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  pauses: Interval[];
}

export interface TargetResult {
  metric: string;
  calendar: string; // calendar id
  targetMs: number;
  /** Due instant (epoch ms). While paused, projected as if the pause ended at `now`. */
  dueAt: number;
  state: TargetState;
  /** Open, un-paused time left before due, at `now` (or at completion). Negative once breached. */
  businessRemainingMs: number;
  /** dueAt − now (negative when past due). */
  wallRemainingMs: number;
  completedAt: number | null;
}
