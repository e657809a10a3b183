/** The search index's parts: a large base shard and a small delta (lib/directory/search.ts). Types only, so the shard's builder and its typo tables share them without importing each other. */

/**
 * One immutable slice of the index, laid out in flat typed arrays so a keystroke only walks contiguous runs:
 * - documents are numbered in display order (shorter name, then alphabetical), so a smaller number is a better tie;
 * - tokens are sorted and numbered in that order, so every token starting with a prefix is one id range
 *   `[lo, hi)`, found by binary search, and its postings are one contiguous run of `postDocs`.
 */
export interface Shard {
  size: number;
  keys: string[];
  /** Folded names, for ordering hits across shards. */
  names: string[];
  tokens: string[];
  /** Postings of token `t`: `postDocs[postStart[t] .. postStart[t + 1])`. */
  postStart: Int32Array;
  postDocs: Int32Array;
  /** Tokens of document `d`: `docTokens[docStart[d] .. docStart[d + 1])`, with their `Kind`. */
  docStart: Int32Array;
  docTokens: Int32Array;
  docKinds: Uint8Array;
  /** Name words, sorted and unique: what typos are checked against. */
  nameWords: string[];
  /** Exact lookups: folded CRM id or normalised domain → its document, or documents when several share it. */
  exact: Map<string, number | number[]>;
  /** Distinct domains sorted, for prefix queries such as `globex.c` (documents via `exact`). */
  domains: string[];
  /** Caches filled on first use (prefix tables per length for typo search). */
  cache: Map<string, unknown>;
  /** Scratch: `seen[d] === visit` marks a document already considered for the current query. */
  seen: Uint32Array;
  visit: number;
}
