import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime } from '../../lib/sla/business-time';
import { oracleAddBusinessTime } from './oracle';
import { addCase } from './arbitraries';

describe('addBusinessTime agrees with the day-walking oracle', () => {
  it('gives exactly the same due instant (ms) for 10,000 random calendars, starts, pauses and durations', () => {
    fc.assert(
      fc.property(addCase, ({ calendar, start, durationMs, pauses }) => {
        expect(addBusinessTime(calendar, start, durationMs, pauses)).toBe(oracleAddBusinessTime(calendar, start, durationMs, pauses));
      }),
      { numRuns: 10_000, seed: 20_260_308 },
    );
  });
});
