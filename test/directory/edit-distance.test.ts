import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance } from '../../lib/directory/edit-distance';

/** The textbook optimal-string-alignment distance, full table, no shortcuts: the oracle. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('bounded edit distance', () => {
  it.each([
    ['initech', 'initech', 1, 0],
    ['initeck', 'initech', 1, 1], // one letter wrong
    ['globx', 'globex', 1, 1], // one letter missing
    ['intiech', 'initech', 1, 1], // two letters swapped count once
    ['industires', 'industries', 2, 1],
    ['indstires', 'industries', 2, 2],
    ['globx', 'global', 1, 2], // over the bound: max + 1
    ['abc', 'abcdef', 2, 3], // lengths too far apart
    ['', 'ab', 2, 2],
    ['ab', '', 1, 2],
  ])('%j to %j within %i is %i', (a, b, max, expected) => expect(boundedDistance(a, b, max)).toBe(expected));

  it('agrees with the full table whenever the distance is within the bound, and says "over" otherwise', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const exact = osa(a, b);
        expect(boundedDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
      }),
      { numRuns: 10_000, seed: 20261120 },
    );
  });

  it('handles words longer than its scratch rows', () => {
    expect(boundedDistance('a'.repeat(100), `${'a'.repeat(99)}b`, 1)).toBe(1);
  });
});
