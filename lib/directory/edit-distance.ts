// Three rolling rows of the dynamic programme, reused across calls: search calls this thousands of times per
// keystroke and must not allocate. Grown on demand for long words.
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(34), new Int32Array(34), new Int32Array(34)];

/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two adjacent letters) between `a` and `b`,
 * or `max + 1` as soon as it is known to exceed `max`. Only the diagonal band of width `2·max + 1` is computed,
 * and the loop stops at the first row whose cells all exceed `max`, so a miss costs a few cells.
 * @example boundedDistance('initeck', 'initech', 1) // 1
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  const big = max + 1;
  if (Math.abs(m - n) > max) return big;
  if (m === 0 || n === 0) return Math.max(m, n);
  if (rows[0].length < n + 2) rows = [new Int32Array(n + 2), new Int32Array(n + 2), new Int32Array(n + 2)];
  let [before, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : big;
  if (n + 1 < prev.length) prev[n + 1] = big;

  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    const ai = a.charCodeAt(i - 1);
    // The cell left of the band: D[i][0] = i on the first column, otherwise outside the band.
    cur[lo - 1] = lo === 1 && i <= max ? i : big;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = prev[j - 1]! + (ai === bj ? 0 : 1);
      const del = prev[j]! + 1;
      if (del < v) v = del;
      const ins = cur[j - 1]! + 1;
      if (ins < v) v = ins;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        const swap = before[j - 2]! + 1;
        if (swap < v) v = swap;
      }
      if (v > big) v = big;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // The next row reads one cell right of this band: mark it out of reach.
    if (hi < n) cur[hi + 1] = big;
    if (rowMin > max) return big;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n]!, big);
}
