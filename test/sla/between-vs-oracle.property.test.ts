import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessTimeBetween } from '../../lib/sla/business-time';
import { oracleBusinessTimeBetween } from './oracle';
import { betweenCase } from './arbitraries';

describe('businessTimeBetween agrees with the day-walking oracle', () => {
  it('gives exactly the same open, un-paused ms for 10,000 random calendars, windows and pauses', () => {
    fc.assert(
      fc.property(betweenCase, ({ calendar, a, b, pauses }) => {
        expect(businessTimeBetween(calendar, a, b, pauses)).toBe(oracleBusinessTimeBetween(calendar, a, b, pauses));
      }),
      { numRuns: 10_000, seed: 20_261_101 },
    );
  });
});
