/**
 * A notification's words: the ticket, the customer, the target and the time left, and how old the data is when it is
 * not fresh. Pure, so the words are tested without a browser.
 */
import { formatDuration } from '../sla/format-duration';
import { formatInstant } from '../domain/format';
import type { Alert } from './plan';
import { dataAge } from './overview';

export interface NotificationText {
  title: string;
  message: string;
  contextMessage: string;
}

/** More alerts than this at once become one list notification, most urgent first. */
export const GROUP_OVER = 3;

const minutesLeft = (ms: number) => {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  return minutes >= 120 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
};

/** "First response due in 15 min" / "Resolution breached". */
export function alertHeadline(alert: Alert): string {
  if (alert.level === 'breach') return `${alert.target.label}: breached`;
  // A threshold shown late (the computer slept through it, or it was added after the breach) says what is true now.
  return alert.remainingMs <= 0 ? `${alert.target.label}: past due` : `${alert.target.label}: due in ${minutesLeft(alert.remainingMs)}`;
}

/**
 * @example alertText(alert, 'Zendesk', now).title // 'First response (Severity 1): due in 15 min'
 */
export function alertText(alert: Alert, toolName: string, now: number, display: { zone?: string; hour12?: boolean | null } = {}): NotificationText {
  const { ticket, target } = alert;
  const age = dataAge(ticket, now);
  // Past due says how long past without a minus sign ("2h 10m past due", not "−2h 10m past due").
  const left =
    alert.level === 'breach' || alert.remainingMs <= 0 ? `${formatDuration(Math.abs(alert.remainingMs))} past due` : `${formatDuration(alert.remainingMs)} left (business time)`;
  const due = `due ${formatInstant(new Date(target.dueAt).toISOString(), display.zone, display.hour12 ?? null)}`;
  return {
    title: alertHeadline(alert),
    message: `${toolName} ${ticket.label} · ${ticket.customer ?? 'customer unknown'}${ticket.subject ? `\n${ticket.subject}` : ''}`,
    contextMessage: [left, due, age !== null ? `computed from data ${age} min old${ticket.stale ? ` (${toolName} refused the last read)` : ''}` : null].filter(Boolean).join(' · '),
  };
}

/** Several alerts at once: one notification listing them, most urgent first. */
export function groupText(alerts: readonly Alert[], now: number): { title: string; message: string; items: Array<{ title: string; message: string }> } {
  const stale = alerts.filter((a) => dataAge(a.ticket, now) !== null).length;
  return {
    title: `${alerts.length} tickets need attention`,
    message: stale ? `${stale} computed from data older than 10 min` : 'Click to open the most urgent',
    items: alerts.map((a) => ({ title: `${a.ticket.label} ${a.ticket.customer ?? ''}`.trim(), message: alertHeadline(a) })),
  };
}
