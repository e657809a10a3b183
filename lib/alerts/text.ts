/**
 * A notification's words: the ticket, the customer, the target and the time left, and how old the data is when it is
 * not fresh. Pure, so the words are tested without a browser.
 */
import { formatDuration } from '../sla/format-duration';
import { formatInstant } from '../domain/format';
import { t, tp } from '../i18n/t';
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
  return minutes >= 120 ? t('alerts_hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 }) : t('alerts_minutes', { minutes });
};

/** "First response due in 15 min" / "Resolution breached". */
export function alertHeadline(alert: Alert): string {
  const target = alert.target.label;
  if (alert.level === 'breach') return t('alerts_headlineBreached', { target });
  // A threshold shown late (the computer slept through it, or it was added after the breach) says what is true now.
  return alert.remainingMs <= 0 ? t('alerts_headlinePastDue', { target }) : t('alerts_headlineDueIn', { target, time: minutesLeft(alert.remainingMs) });
}

/**
 * @example alertText(alert, 'Zendesk', now).title // 'First response (Severity 1): due in 15 min'
 */
export function alertText(alert: Alert, toolName: string, now: number, display: { zone?: string; hour12?: boolean | null } = {}): NotificationText {
  const { ticket, target } = alert;
  const age = dataAge(ticket, now);
  // Past due says how long past without a minus sign ("2h 10m past due", not "−2h 10m past due").
  const left =
    alert.level === 'breach' || alert.remainingMs <= 0
      ? t('alerts_pastDue', { time: formatDuration(Math.abs(alert.remainingMs)) })
      : t('alerts_leftBusiness', { time: formatDuration(alert.remainingMs) });
  const due = t('alerts_due', { time: formatInstant(new Date(target.dueAt).toISOString(), display.zone, display.hour12 ?? null) });
  const old = age === null ? null : ticket.stale ? t('alerts_dataAgeRefused', { minutes: age, tool: toolName }) : t('alerts_dataAge', { minutes: age });
  return {
    title: alertHeadline(alert),
    message: `${toolName} ${ticket.label} · ${ticket.customer ?? t('alerts_customerUnknown')}${ticket.subject ? `\n${ticket.subject}` : ''}`,
    contextMessage: [left, due, old].filter(Boolean).join(' · '),
  };
}

/** Several alerts at once: one notification listing them, most urgent first. */
export function groupText(alerts: readonly Alert[], now: number): { title: string; message: string; items: Array<{ title: string; message: string }> } {
  const stale = alerts.filter((a) => dataAge(a.ticket, now) !== null).length;
  return {
    title: tp('alerts_groupTitle', alerts.length),
    message: stale ? tp('alerts_groupStale', stale) : t('alerts_groupOpen'),
    items: alerts.map((a) => ({ title: `${a.ticket.label} ${a.ticket.customer ?? ''}`.trim(), message: alertHeadline(a) })),
  };
}
