import { describe, expect, it } from 'vitest';
import { normalizePauses } from '../../lib/sla/pauses';

describe('normalizePauses', () => {
  it.each([
    ['no pauses', [], []],
    [
      'drops empty and reversed pauses',
      [
        { start: 5, end: 5 },
        { start: 9, end: 3 },
      ],
      [],
    ],
    [
      'sorts',
      [
        { start: 20, end: 30 },
        { start: 1, end: 2 },
      ],
      [
        { start: 1, end: 2 },
        { start: 20, end: 30 },
      ],
    ],
    [
      'merges overlapping',
      [
        { start: 5, end: 9 },
        { start: 1, end: 6 },
      ],
      [{ start: 1, end: 9 }],
    ],
    [
      'merges touching',
      [
        { start: 1, end: 5 },
        { start: 5, end: 9 },
      ],
      [{ start: 1, end: 9 }],
    ],
    [
      'keeps a contained pause inside its container',
      [
        { start: 1, end: 10 },
        { start: 2, end: 3 },
      ],
      [{ start: 1, end: 10 }],
    ],
    [
      'treats a still-open pause as never ending',
      [
        { start: 4, end: null },
        { start: 1, end: 6 },
      ],
      [{ start: 1, end: Infinity }],
    ],
  ])('%s', (_label, input, expected) => {
    expect(normalizePauses(input)).toEqual(expected);
  });
});
