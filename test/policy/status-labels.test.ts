import { describe, expect, it } from 'vitest';
import { discountLabel, mandatoryLabel, offeringLabel, rightLabel, summariseSlack } from '../../lib/policy/status-labels';
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
