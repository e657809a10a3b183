import { describe, expect, it } from 'vitest';
import type { Segment } from '../../lib/domain/account';
import { account, evaluateAt } from './helpers';

const status = (segment: Segment | null, id: string, overrides = {}) => evaluateAt(account({ segment, ...overrides })).offerings.find((o) => o.id === id)!;

describe('PS Offering Applicability by Segmentation (the 6×4 table)', () => {
  // Straight from the handbook table: ✅ → available, ❌ → not-offered.
  const table: Array<[string, string, string, string, string]> = [
    ['slack-support', '❌', '✅', '✅', '✅'],
    ['implementation-services', '❌', '✅', '✅', '✅'],
    ['managed-services', '❌', '❌', '✅', '✅'],
    ['resident-architect', '❌', '❌', '❌', '✅'],
    ['support-24x7', '❌', '❌', '❌', '✅'],
    ['dedicated-support', '❌', '❌', '✅', '✅'],
  ];
  const segments: Segment[] = ['SMB', 'MM', 'Enterprise', 'Strategic'];
  const cases = table.flatMap(([id, ...marks]) => marks.map((mark, i) => ({ id, segment: segments[i]!, expected: mark === '✅' ? 'available' : 'not-offered' })));

  it.each(cases)('$id for $segment is $expected', ({ id, segment, expected }) => {
    const decision = status(segment, id);
    expect(decision.status).toBe(expected);
    expect(decision.reasons[0]).toBe(`PS Offering Applicability by Segmentation: ${segment} ${expected === 'available' ? '✅' : '❌'}`);
  });

  it.each(segments)('Slack Account Management is offered to %s', (segment) => {
    expect(status(segment, 'slack-account-management').status).toBe('available');
  });
});

describe('offering status precedence', () => {
  it('a purchased package is purchased, naming the package', () => {
    const d = status('Strategic', 'support-24x7', { packages: ['support-24x7'] });
    expect(d).toMatchObject({ status: 'purchased', via: 'support-24x7' });
    expect(d.reasons).toContain('Purchased: 24/7 Support SLAs');
  });

  it('a package the segment does not allow stays purchased and warns of the conflict (the contract wins)', () => {
    const e = evaluateAt(account({ segment: 'SMB', packages: ['support-24x7'] }));
    expect(e.offerings.find((o) => o.id === 'support-24x7')!.status).toBe('purchased');
    expect(e.warnings).toContain('24/7 Support SLAs is purchased, but PS Offering Applicability by Segmentation does not offer it to SMB (Strategic only)');
  });

  it('Slack Account Management is included with Slack Support', () => {
    const d = status('MM', 'slack-account-management', { packages: ['slack-support'] });
    expect(d).toMatchObject({ status: 'included', via: 'slack-support' });
    expect(d.reasons[0]).toBe('Included with Slack Support (Slack and Professional Services: Slack Support)');
  });

  it.each(['managed-services-application', 'managed-services-infrastructure', 'support-24x7', 'dedicated-support'])('Slack Support is included with %s', (pkg) => {
    expect(status('Strategic', 'slack-support', { packages: [pkg] })).toMatchObject({ status: 'included', via: pkg });
  });

  it.each(['cloud', 'managed'] as const)('Implementation and Managed Services are not offered to a %s deployment, whatever the segment', (deployment) => {
    for (const id of ['implementation-services', 'managed-services']) {
      const d = status('Strategic', id, { deployment });
      expect(d.status).toBe('not-offered');
      expect(d.reasons[0]).toMatch(new RegExp(`Customer Profiles: .*; this account is ${deployment}$`));
    }
  });

  it('with the deployment unknown, the segment table alone decides, and says so', () => {
    const d = status('Enterprise', 'managed-services', { deployment: null });
    expect(d.status).toBe('available');
    expect(d.reasons[1]).toBe('Managed Services Customer Profiles: for Enterprise and Strategic self-hosted customers; deployment unknown, so the segment table alone decides');
  });

  it('an unknown segment makes segment-table offerings unknown', () => {
    const d = status(null, 'resident-architect');
    expect(d.status).toBe('unknown');
    expect(d.reasons[0]).toBe('PS Offering Applicability by Segmentation: segment unknown');
  });

  it('a cloud deployment beats an unknown segment (profile before segment)', () => {
    expect(status(null, 'implementation-services', { deployment: 'cloud' }).status).toBe('not-offered');
  });

  it('purchased beats the deployment profile', () => {
    expect(status('Enterprise', 'managed-services', { deployment: 'cloud', packages: ['managed-services'] }).status).toBe('purchased');
  });

  it('unreadable packages leave "available" with a caveat that it may already be purchased', () => {
    const d = status('Strategic', 'resident-architect', { packages: null });
    expect(d.status).toBe('available');
    expect(d.reasons).toContain('Purchased packages could not be read: it may already be purchased');
  });
});
