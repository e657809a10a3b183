/** Small statistics and a seeded PRNG shared by the benchmark modules (not product code). */
import { mulberry32 } from '../directory/generate';

/** The value at quantile p (0–1) of `values`, nearest-rank; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 0.5);

/** Rounds to `digits` decimals (benchmark output only; never used before a ratio is taken). */
export const round = (value: number, digits = 3): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** mulberry32 (the directory generator's): a small seedable PRNG, so every run measures the same generated data. */
export const seeded = mulberry32;

/** pick/int helpers over one PRNG. */
export function chooser(random: () => number) {
  return {
    random,
    pick: <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!,
    int: (min: number, max: number): number => min + Math.floor(random() * (max - min + 1)),
    chance: (p: number): boolean => random() < p,
  };
}
