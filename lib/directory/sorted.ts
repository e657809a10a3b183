/**
 * First index in a sorted array whose value is not less than `text` (code-unit order, as `<` compares).
 * @example lowerBound(['acme', 'globex'], 'b') // 1
 */
export function lowerBound(sorted: readonly string[], text: string, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index range `[lo, hi)` of the entries of a sorted array that start with `prefix`.
 * @example prefixRange(['acme', 'globe', 'globex', 'initech'], 'glob') // [1, 3]
 */
export function prefixRange(sorted: readonly string[], prefix: string): [number, number] {
  const lo = lowerBound(sorted, prefix);
  // '\uffff' sorts after every other UTF-16 unit, so this is the end of the run sharing the prefix.
  return [lo, lowerBound(sorted, `${prefix}\uffff`, lo)];
}
