import { describe, expect, it } from 'vitest';
import {
  deprovisionNote,
  discountLabel,
  kpiLabel,
  mandatoryLabel,
  metricLabel,
  noSlackHeadline,
  offeringLabel,
  packageName,
  rightLabel,
  summariseSlack,
  targetStateLabel,
} from '../../lib/policy/status-labels';
import type { Countdown } from '../../lib/policy/sla-countdown';
import type { Evaluation } from '../../lib/policy';

const slack = (support: boolean | null, accountManagement: boolean | null) =>
  ({ support: { allowed: support, reasons: [] }, accountManagement: { allowed: accountManagement, reasons: [] } }) as unknown as Evaluation['slack'];

describe('the Slack right in one word, the same on the panel, the popup and the badges', () => {
  it.each([
    // support, account team → kind, label, short form, tone
    [true, true, 'yes', 'Slack', 'Slack', 'good'],
    [true, false, 'yes', 'Slack', 'Slack', 'good'],
    [true, null, 'yes', 'Slack', 'Slack', 'good'],
    [false, true, 'account-team', 'Slack: account team only', 'AM only', 'info'],
    [null, true, 'account-team', 'Slack: account team only', 'AM only', 'info'],
    [false, false, 'no', 'No Slack', 'No Slack', 'bad'],
    [false, null, 'unknown', 'Slack?', 'Slack?', 'unknown'],
    [null, false, 'unknown', 'Slack?', 'Slack?', 'unknown'],
    [null, null, 'unknown', 'Slack?', 'Slack?', 'unknown'],
  ] as const)('support %s, account team %s: %s ("%s", "%s")', (support, am, kind, label, short, tone) => {
    expect(summariseSlack(slack(support, am))).toMatchObject({ kind, label, short, tone });
  });
});

describe('status labels', () => {
  it.each([
    ['available', 'good', 'Discount available'],
    ['unavailable', 'bad', 'No discount'],
    ['not-applicable', 'muted', 'Not applicable'],
    ['unknown', 'unknown', 'Cannot tell'],
  ] as const)('discount %s is %s "%s"', (status, tone, label) => {
    expect(discountLabel(status)).toEqual({ tone, label });
  });

  it.each([
    ['purchased', 'good', 'Purchased'],
    ['included', 'good', 'Included'],
    ['available', 'info', 'Can be sold'],
    ['not-offered', 'muted', 'Not offered'],
    ['unknown', 'unknown', 'Cannot tell'],
  ] as const)('offering %s is %s "%s"', (status, tone, label) => {
    expect(offeringLabel(status)).toEqual({ tone, label });
  });

  it.each([
    [true, 'good', 'Allowed'],
    [false, 'bad', 'Not allowed'],
    [null, 'unknown', 'Cannot tell'],
  ] as const)('a right that is %s is %s "%s"', (allowed, tone, label) => {
    expect(rightLabel(allowed)).toEqual({ tone, label });
  });

  it.each([
    [true, false, false, 'bad', 'Mandatory, not purchased'],
    [true, true, false, 'warn', 'Mandatory'],
    [true, null, false, 'warn', 'Mandatory'],
    [false, true, false, 'muted', 'Not mandatory'],
    [false, false, true, 'muted', 'Exempt'],
    [null, false, false, 'unknown', 'Mandatory? Cannot tell'],
  ] as const)('Implementation Services mandatory %s, purchased %s, exempt %s: %s "%s"', (mandatory, purchased, exempt, tone, label) => {
    expect(mandatoryLabel({ mandatory, purchased, exempt })).toEqual({ tone, label });
  });
});

// Moved here from the panel's and the badge's own tables, so the copied summary (summary-text.ts) says the same words.
describe('the words the panel, the badge and the copied summary share', () => {
  it.each([
    ['in-progress', 21, 'Day 21 of 30'],
    ['overdue', 35, 'Day 35 of 30'],
    ['not-started', 0, 'Not started'],
    ['met', 12, 'Met'],
    ['missed', 40, 'Missed'],
  ] as const)('the implementation KPI %s on day %s reads "%s"', (status, day, label) => {
    expect(kpiLabel({ status, day, of: 30 })).toBe(label);
  });

  it.each([
    ['first-response', 'First response'],
    ['resolution', 'Resolution'],
    ['internal-first-response', 'Internal 1-hour goal'],
    ['next-reply', 'next-reply'], // a policy's own metric, by its id
  ])('metric %s reads "%s"', (metric, label) => {
    expect(metricLabel(metric)).toBe(label);
  });

  const live = (tone: Countdown['tone'], remainingMs: number) => ({ tone, remainingMs }) as Countdown;
  it.each([
    ['no-deadline', null, 'No deadline'],
    ['see-contract', null, 'See contract'],
    ['unknown', null, 'Unknown'],
    ['running', live('ok', 7 * 3_600_000), 'On track · 7h 00m'],
    ['running', live('at-risk', 1_800_000), 'At risk · 30m 00s'],
    ['breached', live('breached', -7_200_000), 'Breached · −2h 00m'],
    ['paused', live('paused', 3_600_000), 'Paused · 1h 00m'],
  ] as const)('an SLA target %s reads "%s"', (state, countdown, label) => {
    expect(targetStateLabel({ state }, countdown)).toBe(label);
  });

  it('no Slack: why, and when an opted-out channel goes', () => {
    expect(noSlackHeadline(false)).toBe('No Slack with this customer');
    expect(noSlackHeadline(true)).toBe('No Slack: the customer opted out');
    expect(deprovisionNote('2026-12-15')).toBe('Channel deprovisioned at renewal (15 Dec 2026).');
    expect(deprovisionNote(null)).toBe('Channel deprovisioned at renewal (date unknown).');
  });

  it('a package by its display name, or as the CRM wrote it when the catalogue does not list it', () => {
    const purchased = [{ id: 'slack-support', name: 'Slack Support' }];
    expect(packageName('slack-support', purchased)).toBe('Slack Support');
    expect(packageName('legacy-plan', purchased)).toBe('legacy-plan');
    expect(packageName(null, purchased)).toBeNull();
  });
});
