/**
 * Which notifications are due now, and when to look again: computed from the watch list's due instants, never by
 * polling. The background runs this when the list changes and when its one `alerts` alarm rings at `nextAt`.
 *
 * Rules (each once per ticket, target and level, remembered in `sent`, so restarts and several tabs never repeat one):
 * - a level is crossed when the business time left reaches its threshold, or (breach) when the due instant passes;
 * - only `running` targets alert (met, paused, solved and unknown never do), and not a snoozed ticket;
 * - when several levels are crossed at once (a ticket first seen with 10 minutes left), only the most urgent shows;
 * - a breach shows only if it happened while the ticket was watched: a ticket first seen long overdue is on screen
 *   already, and a view of 200 old breaches must not raise 200 notifications;
 * - in quiet hours nothing shows; what is still crossed when they end shows then (the most urgent level only).
 */
import { Temporal } from 'temporal-polyfill';
import type { Calendar } from '../sla/types';
import { thresholdsFor, type AlertSettings } from './settings';
import { instantWithTimeLeft, isLive, targetNow } from './timing';
import type { WatchedTarget, WatchedTicket, WatchState } from './watch';

export type AlertLevel = number | 'breach';

export interface Alert {
  /** The notification's id: `el|<ticket key>|<metric>|<level>`. */
  id: string;
  ticket: WatchedTicket;
  target: WatchedTarget;
  level: AlertLevel;
  /** Business time left now (negative past due). */
  remainingMs: number;
}

export interface AlertPlan {
  fire: Alert[];
  /** The record of alerts shown, with those fired (and the lesser levels they stand for) added. */
  sent: WatchState['sent'];
  /** When something next changes (a level crossed, a ticket at risk, quiet hours ending); null: nothing ahead. */
  nextAt: number | null;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
export const levelKey = (metric: string, level: AlertLevel) => `${metric}|${level}`;
export const alertId = (ticketKey: string, metric: string, level: AlertLevel) => `el|${ticketKey}|${levelKey(metric, level)}`;

const clockMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether `now` is in quiet hours, and if so when they end: `end` as the wall clock in the browser's zone shows it (on
 * the night the clocks change, 07:00 is still 07:00, not nine hours after 22:00).
 * @example quietUntil({ start: '22:00', end: '07:00' }, now, 'Europe/Berlin') // an instant, or null outside them
 */
export function quietUntil(quiet: AlertSettings['quietHours'], now: number, zone?: string): number | null {
  if (!quiet) return null;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  if (start === end) return null;
  const here = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone ?? Temporal.Now.timeZoneId());
  const minutes = here.hour * 60 + here.minute;
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return null;
  // Today's `end` if it is still ahead, else (quiet hours spanning midnight, before it) tomorrow's.
  const day = minutes < end ? here.toPlainDate() : here.toPlainDate().add({ days: 1 });
  return day.toZonedDateTime({ timeZone: here.timeZoneId, plainTime: Temporal.PlainTime.from(quiet.end) }).epochMilliseconds;
}

/** The levels of a ticket's severity, most distant first, breach last. */
function levelsFor(settings: AlertSettings, ticket: WatchedTicket): AlertLevel[] {
  return [...thresholdsFor(settings, ticket.severity), ...(settings.atBreach ? (['breach'] as const) : [])];
}

/**
 * The notifications to show now and when to look again.
 * @example const { fire, sent, nextAt } = planAlerts(state, settings, calendars, Date.now());
 */
export function planAlerts(state: WatchState, settings: AlertSettings, calendars: readonly Calendar[], now: number, zone?: string): AlertPlan {
  const quietEnd = settings.enabled ? quietUntil(settings.quietHours, now, zone) : null;
  const snoozed = new Set(state.snoozed);
  const sent: WatchState['sent'] = { ...state.sent };
  const fire: Alert[] = [];
  let nextAt: number | null = quietEnd;
  const wake = (at: number | null) => {
    if (at !== null && at > now && (nextAt === null || at < nextAt)) nextAt = at;
  };

  for (const ticket of Object.values(state.tickets)) {
    for (const target of ticket.targets) {
      if (!isLive(target)) continue;
      const calendar = calendars.find((c) => c.id === target.calendar);
      const { remainingMs } = targetNow(ticket, target, calendars, now);
      const breached = now > target.dueAt;
      // The toolbar count changes when the ticket turns at risk (under an hour, or a quarter of its target) and when it breaches.
      const atRisk = Math.max(HOUR, ((target.targetHours ?? 0) * HOUR) / 4);
      if (!breached && remainingMs >= atRisk) wake(instantWithTimeLeft(calendar, target.dueAt, atRisk));
      wake(target.dueAt + 1);
      if (!settings.enabled || snoozed.has(ticket.key)) continue;

      const done = new Set(sent[ticket.key] ?? []);
      const levels = levelsFor(settings, ticket);
      const crossed = levels.filter((level) => (level === 'breach' ? breached : breached || remainingMs <= level * MINUTE));
      const pending = crossed.filter((level) => !done.has(levelKey(target.metric, level)));
      // The next level not crossed yet: the alarm rings when it is.
      const ahead = levels.find((level) => !crossed.includes(level) && !done.has(levelKey(target.metric, level)));
      if (ahead !== undefined) wake(ahead === 'breach' ? target.dueAt + 1 : instantWithTimeLeft(calendar, target.dueAt, ahead * MINUTE));
      if (pending.length === 0 || quietEnd !== null) continue;

      const urgent = pending[pending.length - 1]!;
      // Every crossed level is now shown or stood for by the most urgent one.
      sent[ticket.key] = [...new Set([...done, ...crossed.map((level) => levelKey(target.metric, level))])];
      // Breached before it was first seen: on screen already, whichever level stands for it (with no alert at breach,
      // the last threshold's "due in 0 min" would be as wrong).
      if (breached && target.dueAt < ticket.firstSeenAt) continue;
      fire.push({ id: alertId(ticket.key, target.metric, urgent), ticket, target, level: urgent, remainingMs });
    }
  }
  // Most urgent first: breaches, then the least time left.
  fire.sort((a, b) => a.remainingMs - b.remainingMs);
  return { fire, sent, nextAt };
}
