/**
 * A notification's words (lib/alerts/text.ts): the target and the time left in the title, the tool, ticket, customer
 * and subject in the message, and the business time left, the due time and how old the data is beneath.
 */
import { describe, expect, it } from 'vitest';
import type { Alert, AlertLevel } from '../../lib/alerts/plan';
import { alertHeadline, alertText, GROUP_OVER, groupText } from '../../lib/alerts/text';
import type { WatchedTicket } from '../../lib/alerts/watch';
import { HOUR, MINUTE, target, watched } from './helpers';

/** Wed 25 Nov 2026 11:45 PST; the ticket's target is due at 12:00 PST. */
const NOW = Date.parse('2026-11-25T19:45:00Z');
const LA = { zone: 'America/Los_Angeles', hour12: true };

const alert = (level: AlertLevel, remainingMs: number, ticket: Partial<WatchedTicket> = {}): Alert => {
  const t = watched(ticket.ticketId ?? '1001', { readAt: NOW - MINUTE, ...ticket });
  return { id: `el|${t.key}|first-response|${level}`, ticket: t, target: t.targets[0]!, level, remainingMs };
};

describe('one alert', () => {
  it('a threshold: due in so many minutes, the business time left and the due time in the agent’s zone', () => {
    expect(alertText(alert(15, 15 * MINUTE), 'Zendesk', NOW, LA)).toEqual({
      title: 'Severity 1 first response (24 business hours): due in 15 min',
      message: 'Zendesk #1001 · Acme\nSearch is down',
      contextMessage: '15m 00s left (business time) · due Wed, Nov 25, 12:00 PM PST',
    });
  });

  it('the breach: how long past due, without a minus sign', () => {
    const text = alertText(alert('breach', -(2 * HOUR + 10 * MINUTE)), 'Zendesk', NOW, { zone: 'America/Los_Angeles', hour12: false });
    expect(text.title).toBe('Severity 1 first response (24 business hours): breached');
    expect(text.contextMessage).toBe('2h 10m past due · due Wed, Nov 25, 12:00 PST');
    // The alarm rings just after the due instant: under a second past it.
    expect(alertText(alert('breach', -501), 'Zendesk', NOW, LA).contextMessage).toBe('0m 00s past due · due Wed, Nov 25, 12:00 PM PST');
  });

  it('data older than 10 minutes says how old; data the tool refused to refresh says so too', () => {
    expect(alertText(alert(60, 50 * MINUTE, { readAt: NOW - 42 * MINUTE }), 'Zendesk', NOW, LA).contextMessage).toBe(
      '50m 00s left (business time) · due Wed, Nov 25, 12:00 PM PST · computed from data 42 min old',
    );
    expect(alertText(alert(60, 50 * MINUTE, { readAt: NOW - 3 * MINUTE, stale: true }), 'Freshdesk', NOW, LA).contextMessage).toBe(
      '50m 00s left (business time) · due Wed, Nov 25, 12:00 PM PST · computed from data 3 min old (Freshdesk refused the last read)',
    );
  });

  it('no customer or subject known: said, or left out', () => {
    expect(alertText(alert(60, 50 * MINUTE, { customer: null, subject: null, label: 'SUP-12' }), 'Jira Service Management', NOW, LA).message).toBe(
      'Jira Service Management SUP-12 · customer unknown',
    );
  });

  it('the due time in the agent’s zone and clock: UTC, 24-hour', () => {
    expect(alertText(alert(15, 15 * MINUTE), 'Zendesk', NOW, { zone: 'UTC', hour12: false }).contextMessage).toBe('15m 00s left (business time) · due Wed, Nov 25, 20:00 UTC');
  });

  it.each([
    { ms: 15 * MINUTE, text: 'due in 15 min' },
    { ms: 14 * MINUTE + 1, text: 'due in 15 min' }, // rounded up: never less than the badge shows
    { ms: 59 * MINUTE + 30_000, text: 'due in 60 min' },
    { ms: 119 * MINUTE, text: 'due in 119 min' },
    { ms: 2 * HOUR, text: 'due in 2 h 0 min' },
    { ms: 2 * HOUR + 30 * MINUTE, text: 'due in 2 h 30 min' },
    { ms: -MINUTE, text: 'past due' },
  ])('the headline for $ms ms left: $text', ({ ms, text }) => {
    expect(alertHeadline({ ...alert(120, ms), target: target({ label: 'Resolution' }) })).toBe(`Resolution: ${text}`);
  });
});

describe('several at once', () => {
  it(`more than ${GROUP_OVER} become one list, most urgent first`, () => {
    const alerts = [alert('breach', -MINUTE, { ticketId: '1' }), alert(15, 10 * MINUTE, { ticketId: '2', customer: null }), alert(60, 50 * MINUTE, { ticketId: '3' })];
    expect(groupText(alerts, NOW)).toEqual({
      title: '3 tickets need attention',
      message: 'Click to open the most urgent',
      items: [
        { title: '#1 Acme', message: 'Severity 1 first response (24 business hours): breached' },
        { title: '#2', message: 'Severity 1 first response (24 business hours): due in 10 min' },
        { title: '#3 Acme', message: 'Severity 1 first response (24 business hours): due in 50 min' },
      ],
    });
  });

  it('says how many were computed from old data', () => {
    const alerts = [
      alert(15, 10 * MINUTE, { ticketId: '1', readAt: NOW - 20 * MINUTE }),
      alert(15, 10 * MINUTE, { ticketId: '2', stale: true }),
      alert(15, 10 * MINUTE, { ticketId: '3' }),
      alert(15, 10 * MINUTE, { ticketId: '4' }),
    ];
    expect(groupText(alerts, NOW)).toMatchObject({ title: '4 tickets need attention', message: '2 computed from data older than 10 min' });
  });
});
