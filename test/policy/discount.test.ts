import { describe, expect, it } from 'vitest';
import type { Segment } from '../../lib/domain/account';
import { account, evaluateAt, gitlab } from './helpers';

const APPROVERS = ['PS leadership', 'TS leadership', 'Sales leadership'];

describe('PS Discount Availability', () => {
  it.each<{ segment: Segment | null; arr: number | null; status: string; reason: string }>([
    { segment: 'SMB', arr: 5_000_000, status: 'not-applicable', reason: 'SMB: not applicable' },
    { segment: 'MM', arr: 900_000, status: 'unavailable', reason: 'MM: no discount available' },
    { segment: 'Enterprise', arr: 50_000, status: 'unavailable', reason: 'Enterprise at or below $100k: no discount available' },
    { segment: 'Enterprise', arr: 100_000, status: 'unavailable', reason: 'Enterprise at or below $100k: no discount available' },
    { segment: 'Enterprise', arr: 100_000.01, status: 'available', reason: 'Enterprise above $100k' },
    { segment: 'Enterprise', arr: 250_000, status: 'available', reason: 'Enterprise above $100k' },
    { segment: 'Strategic', arr: 0, status: 'available', reason: 'Strategic' },
    { segment: 'Strategic', arr: null, status: 'available', reason: 'Strategic' },
    { segment: 'SMB', arr: null, status: 'not-applicable', reason: 'SMB: not applicable' },
  ])('$segment at ARR $arr: $status', ({ segment, arr, status, reason }) => {
    const d = evaluateAt(account({ segment, arr })).discount;
    expect(d.status).toBe(status);
    expect(d.reasons[0]).toBe(`PS Discount Availability: ${reason}`);
    expect(d.approvers).toEqual(status === 'available' ? APPROVERS : []);
  });

  it('an available discount is still subject to PS, TS and Sales leadership approval', () => {
    expect(evaluateAt(account({ segment: 'Strategic' })).discount.reasons[1]).toBe('Any discounts are still subject to approval by PS, TS, and Sales leadership.');
  });

  it('an unknown segment makes the discount unknown', () => {
    expect(evaluateAt(account({ segment: null })).discount).toEqual({ status: 'unknown', approvers: [], reasons: ['PS Discount Availability: segment unknown'] });
  });

  it('an Enterprise account with unknown ARR cannot be placed either side of $100k', () => {
    expect(evaluateAt(account({ segment: 'Enterprise', arr: null })).discount).toEqual({
      status: 'unknown',
      approvers: [],
      reasons: ['PS Discount Availability: Enterprise with ARR unknown'],
    });
  });

  it('GitLab: any discount needs the Director of Customer Success', () => {
    const d = evaluateAt(account({ segment: null }), gitlab).discount;
    expect(d.status).toBe('available');
    expect(d.approvers).toEqual(['Director of Customer Success']);
  });
});
