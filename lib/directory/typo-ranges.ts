import { boundedDistance } from './edit-distance';
import type { Shard } from './shard';
import { lowerBound, prefixRange } from './sorted';

/** Tokens `[lo, hi)` that start with a text within `distance` edits of a query word; `exact` is the token equal to that text, or -1. */
export interface TypoRange {
  lo: number;
  hi: number;
  distance: number;
  exact: number;
}

/** The distinct `length`-letter starts of the shard's name words, with a letter mask each for quick rejection. */
interface PrefixTable {
  texts: string[];
  /** 1 when some name word is exactly this text (a whole-word match, not just a start). */
  whole: Uint8Array;
  masks: Int32Array;
}

/**
 * Where a query word of 4+ letters may be a typo: within 1 edit for 4–7 letters, 2 for 8+ (shorter words have
 * too many neighbours for a typo match to mean anything). The word is compared with the distinct starts of name words of length `m - d .. m + d`: a start as
 * long as the word or longer ("initec" for "initek") matches every token beginning with it, a shorter one only
 * a whole word ("globex" for "globx"). Comparing distinct starts, not all tokens, bounds the work by the size
 * of the vocabulary, never the number of accounts; a letter-set check rejects most starts before any distance.
 * @example typoRanges(shard, 'initeck') // [{ lo, hi, distance: 1, exact }] covering "initech"
 */
export function typoRanges(shard: Shard, word: string): TypoRange[] {
  const m = word.length;
  if (m < 4) return [];
  const d = m >= 8 ? 2 : 1;
  const query = letterMask(word, m);
  const ranges: TypoRange[] = [];
  for (let length = Math.max(1, m - d); length <= m + d; length++) {
    const table = prefixTable(shard, length);
    for (let i = 0; i < table.texts.length; i++) {
      if (length < m && !table.whole[i]) continue;
      const mask = table.masks[i]!;
      if (popcount(query & ~mask) > d || popcount(mask & ~query) > d) continue;
      const text = table.texts[i]!;
      // Starts that extend the word itself are plain prefix matches, found already.
      if (length >= m && text.startsWith(word)) continue;
      const distance = boundedDistance(word, text, d);
      if (distance === 0 || distance > d) continue;
      if (length < m) {
        const at = lowerBound(shard.tokens, text);
        ranges.push({ lo: at, hi: at + 1, distance, exact: at });
      } else {
        const [lo, hi] = prefixRange(shard.tokens, text);
        ranges.push({ lo, hi, distance, exact: table.whole[i] ? lo : -1 });
      }
    }
  }
  return ranges;
}

function prefixTable(shard: Shard, length: number): PrefixTable {
  const cacheKey = `prefix:${length}`;
  const cached = shard.cache.get(cacheKey) as PrefixTable | undefined;
  if (cached) return cached;
  const texts: string[] = [];
  const whole: number[] = [];
  // Name words are sorted, so their starts come out sorted too and duplicates are neighbours.
  for (const word of shard.nameWords) {
    if (word.length < length) continue;
    const start = word.length === length ? word : word.slice(0, length);
    if (texts[texts.length - 1] !== start) {
      texts.push(start);
      whole.push(0);
    }
    if (word.length === length) whole[whole.length - 1] = 1;
  }
  const table = { texts, whole: Uint8Array.from(whole), masks: Int32Array.from(texts, (t) => letterMask(t, t.length)) };
  shard.cache.set(cacheKey, table);
  return table;
}

/** One bit per letter a–z; digits and other characters share the remaining bits (a collision only weakens the check). */
function letterMask(text: string, length: number): number {
  let mask = 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    const bit = c >= 97 && c <= 122 ? c - 97 : c >= 48 && c <= 57 ? 26 + (c & 3) : 30 + (c & 1);
    mask |= 1 << bit;
  }
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Builds the prefix tables for every word length up to `maxLength` now rather than on first use. */
export function warmTypoTables(shard: Shard, maxLength = 14): void {
  for (let length = 3; length <= maxLength; length++) prefixTable(shard, length);
}
