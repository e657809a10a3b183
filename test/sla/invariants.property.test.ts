import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessTime, businessTimeBetween } from '../../lib/sla/business-time';
import { addCase, anyCalendar, duration, instant, pausesNear } from './arbitraries';

const runs = { numRuns: 10_000 };

describe('addBusinessTime and businessTimeBetween are consistent with each other', () => {
  it('the due instant r has exactly the target of business time since the start, and r is the earliest such', () => {
    fc.assert(
      fc.property(addCase, ({ calendar, start, durationMs, pauses }) => {
        const due = addBusinessTime(calendar, start, durationMs, pauses);
        if (due === Infinity) return; // a pause that never ends swallowed the remainder
        expect(due).toBeGreaterThanOrEqual(start);
        expect(businessTimeBetween(calendar, start, due, pauses)).toBe(durationMs);
        if (durationMs > 0) expect(businessTimeBetween(calendar, start, due - 1, pauses)).toBeLessThan(durationMs);
      }),
      { ...runs, seed: 1 },
    );
  });

  it('a longer target is never due earlier', () => {
    fc.assert(
      fc.property(addCase, duration, ({ calendar, start, durationMs, pauses }, other) => {
        const [shorter, longer] = durationMs <= other ? [durationMs, other] : [other, durationMs];
        expect(addBusinessTime(calendar, start, shorter, pauses)).toBeLessThanOrEqual(addBusinessTime(calendar, start, longer, pauses));
      }),
      { ...runs, seed: 2 },
    );
  });

  it('adding two durations one after the other equals adding their sum', () => {
    fc.assert(
      fc.property(anyCalendar, instant, duration, duration, (calendar, start, first, second) => {
        const halfway = addBusinessTime(calendar, start, first);
        expect(addBusinessTime(calendar, halfway, second)).toBe(addBusinessTime(calendar, start, first + second));
      }),
      { ...runs, seed: 3 },
    );
  });

  it('business time over [a, c) is business time over [a, b) plus [b, c), pauses included', () => {
    const DAY = 86_400_000;
    const windows = fc
      .record({ calendar: anyCalendar, a: instant, first: fc.integer({ min: 0, max: 20 * DAY }), second: fc.integer({ min: 0, max: 20 * DAY }) })
      .chain((w) => pausesNear(w.a).map((pauses) => ({ ...w, pauses })));
    fc.assert(
      fc.property(windows, ({ calendar, a, first, second, pauses }) => {
        const [b, c] = [a + first, a + first + second];
        const whole = businessTimeBetween(calendar, a, c, pauses);
        expect(whole).toBe(businessTimeBetween(calendar, a, b, pauses) + businessTimeBetween(calendar, b, c, pauses));
        expect(whole).toBeLessThanOrEqual(c - a);
      }),
      { ...runs, seed: 4 },
    );
  });
});
