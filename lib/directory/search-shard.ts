import { normaliseDomain } from './domain';
import type { SearchDoc } from './entry';
import { fold, words } from './fold';
import { salesforceId18 } from './salesforce-id';
import { prefixRange } from './sorted';
import type { Shard } from './shard';
import { typoRanges, type TypoRange } from './typo-ranges';

/**
 * How a document matched, best first: a query word starts its name (first word, or all words run together),
 * starts another word of its name, or the whole query starts its domain.
 */
export const Kind = { NameStart: 0, NameWord: 1, Domain: 2 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Builds a shard; a later document with the same key replaces an earlier one. */
export function buildShard(input: readonly SearchDoc[]): Shard {
  const byKey = new Map<string, SearchDoc>();
  for (const doc of input) byKey.set(doc.key, doc);
  const docs = displayOrder([...byKey.values()]);
  const n = docs.length;

  // Pass 1: each document's distinct tokens with their best kind, in flat arrays (no per-document objects:
  // at 50,000 documents, allocation and GC were most of the build). Token ids are provisional (first seen).
  const provisional = new Map<string, number>();
  const docTok: number[] = [];
  const docKind: number[] = [];
  const docStart = new Int32Array(n + 1);
  const isNameWord: number[] = [];
  const exact = new Map<string, number | number[]>();
  const domains: string[] = [];
  let start = 0;
  const add = (text: string, kind: Kind): number => {
    let id = provisional.get(text);
    if (id === undefined) provisional.set(text, (id = provisional.size));
    for (let i = start; i < docTok.length; i++) {
      if (docTok[i] === id) {
        if (kind < docKind[i]!) docKind[i] = kind;
        return id;
      }
    }
    docTok.push(id);
    docKind.push(kind);
    return id;
  };
  for (let d = 0; d < n; d++) {
    const { doc, folded } = docs[d]!;
    start = docTok.length;
    const nameWords = words(folded);
    for (let i = 0; i < nameWords.length; i++) isNameWord[add(nameWords[i]!, i === 0 ? Kind.NameStart : Kind.NameWord)] = 1;
    // All words run together, so "starkind" finds "Stark Industries" as a name start.
    if (nameWords.length > 1) add(nameWords.join(''), Kind.NameStart);
    // Domains are matched whole (`globex.c…`), not by label: a label is almost always a name word already,
    // and indexing every label (mostly unique strings) was a large share of the build time.
    const domain = doc.domain ? domainOf(doc.domain) : '';
    if (domain && push(exact, domain, d)) domains.push(domain);
    const id = doc.crmId ? doc.crmId.trim() : '';
    if (id) {
      // Under the id as typed and, for a 15-character Salesforce id, its 18-character form (see `idKeys`).
      push(exact, fold(id), d);
      const long = salesforceId18(id);
      if (long !== id) push(exact, fold(long), d);
    }
    docStart[d + 1] = docTok.length;
  }

  // Pass 2: number tokens in sorted order (code-unit order, as `<` and binary search compare), then lay out postings.
  const tokens = [...provisional.keys()].sort();
  const renumber = new Int32Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) renumber[provisional.get(tokens[t]!)!] = t;
  const docTokens = new Int32Array(docTok.length);
  const postStart = new Int32Array(tokens.length + 1);
  for (let i = 0; i < docTok.length; i++) {
    const t = renumber[docTok[i]!]!;
    docTokens[i] = t;
    postStart[t + 1]!++;
  }
  for (let t = 0; t < tokens.length; t++) postStart[t + 1]! += postStart[t]!;
  const postDocs = new Int32Array(docTokens.length);
  const fill = postStart.slice(0, tokens.length);
  for (let d = 0; d < n; d++) {
    for (let i = docStart[d]!; i < docStart[d + 1]!; i++) postDocs[fill[docTokens[i]!]!++] = d;
  }

  return {
    size: n,
    keys: docs.map((d) => d.doc.key),
    names: docs.map((d) => d.folded),
    tokens,
    postStart,
    postDocs,
    docStart,
    docTokens,
    docKinds: Uint8Array.from(docKind),
    nameWords: tokens.filter((text) => isNameWord[provisional.get(text)!] === 1),
    exact,
    domains: domains.sort(),
    cache: new Map(),
    seen: new Uint32Array(n),
    visit: 0,
  };
}

/** Documents in display order: shorter folded name first, then alphabetical, then by key (stable across builds). */
function displayOrder(docs: readonly SearchDoc[]): Array<{ doc: SearchDoc; folded: string }> {
  // Sort one string per document, `length · name · key · position`, with the native comparator-free sort,
  // cheaper than calling a comparator a million times. The length as one UTF-16 unit orders by length first.
  const folded = docs.map((doc) => fold(doc.name).trim());
  const sortKeys = docs.map((doc, i) => `${String.fromCharCode(Math.min(folded[i]!.length, 0xd7ff))}${folded[i]}\u0000${doc.key}\u0000${i}`);
  sortKeys.sort();
  return sortKeys.map((sortKey) => {
    const i = Number(sortKey.slice(sortKey.lastIndexOf('\u0000') + 1));
    return { doc: docs[i]!, folded: folded[i]! };
  });
}

/** Directory domains are normalised already; anything else (a pasted URL) is normalised here. */
function domainOf(raw: string): string {
  const text = raw.trim().toLowerCase();
  if (text.indexOf('/') < 0 && text.indexOf(':') < 0 && !text.startsWith('www.')) return text;
  return normaliseDomain(text) ?? text;
}

/** Adds a document under a key; true when the key is new. One document is stored bare (most keys have one). */
function push(map: Map<string, number | number[]>, key: string, d: number): boolean {
  const had = map.get(key);
  if (had === undefined) map.set(key, d);
  else if (typeof had === 'number') map.set(key, [had, d]);
  else had.push(d);
  return had === undefined;
}

/**
 * The exact keys a query may be stored under: itself, and for a 15-character Salesforce id its 18-character
 * form (ids are folded to lower case, which the 15-character form's case-sensitivity does not survive).
 */
export function idKeys(query: string): string[] {
  const long = salesforceId18(query.trim());
  return long === query.trim() ? [fold(query.trim())] : [fold(query.trim()), fold(long)];
}

/** The documents stored under an exact key. */
export function exactDocs(shard: Shard, key: string): readonly number[] {
  const found = shard.exact.get(key);
  return found === undefined ? [] : typeof found === 'number' ? [found] : found;
}

/** A document found in a shard: its number and its rank class (smaller is better). */
export interface ShardHit {
  doc: number;
  rank: number;
}

// Rank classes, smaller first: 0 the first query word starts the name, 1 every word starts some name word,
// 2 the query starts the domain; from 4 on typo matches, 4 + the summed typo cost (see `wordCost`).
export const TYPO_RANK = 4;

/** The words of a query as the shard sees them: a prefix token range, plus typo ranges when enabled. */
interface WordMatcher {
  lo: number;
  hi: number;
  typos: TypoRange[];
}

/**
 * The best `limit` documents whose tokens match every query word, by prefix or (with `typos`) within the
 * allowed edit distance. `skip` hides documents (replaced by a newer shard). Results sorted best first.
 */
export function matchWords(shard: Shard, queryWords: readonly string[], typos: boolean, limit: number, skip: Uint8Array | null): ShardHit[] {
  const matchers: WordMatcher[] = queryWords.map((word) => {
    const [lo, hi] = prefixRange(shard.tokens, word);
    return { lo, hi, typos: typos ? typoRanges(shard, word) : [] };
  });
  if (matchers.some((m) => m.lo === m.hi && m.typos.length === 0)) return [];

  // Drive the scan from the word with the fewest postings; check the others per document.
  const postings = (m: WordMatcher) => m.typos.reduce((sum, r) => sum + span(shard, r.lo, r.hi), span(shard, m.lo, m.hi));
  let driver = matchers[0]!;
  for (const m of matchers) if (postings(m) < postings(driver)) driver = m;

  const top = new TopK(limit);
  const visit = nextVisit(shard);
  const { seen, postDocs, postStart } = shard;
  const scan = (lo: number, hi: number) => {
    for (let p = postStart[lo]!, end = postStart[hi]!; p < end; p++) {
      const d = postDocs[p]!;
      if (seen[d] === visit) continue;
      seen[d] = visit;
      if (skip && skip[d]) continue;
      const rank = rankDoc(shard, d, matchers);
      if (rank >= 0) top.offer(rank * shard.size + d);
    }
  };
  scan(driver.lo, driver.hi);
  for (const r of driver.typos) scan(r.lo, r.hi);
  return top.sorted().map((key) => ({ doc: key % shard.size, rank: Math.floor(key / shard.size) }));
}

/** Documents whose domain starts with the whole query (`globex.c`, `stark-ind`). */
export function matchDomainPrefix(shard: Shard, query: string, limit: number, skip: Uint8Array | null): ShardHit[] {
  const [lo, hi] = prefixRange(shard.domains, query);
  const top = new TopK(limit);
  for (let i = lo; i < hi; i++) {
    for (const d of exactDocs(shard, shard.domains[i]!)) {
      if (!(skip && skip[d])) top.offer(Kind.Domain * shard.size + d);
    }
  }
  return top.sorted().map((key) => ({ doc: key % shard.size, rank: Kind.Domain }));
}

const span = (shard: Shard, lo: number, hi: number) => shard.postStart[hi]! - shard.postStart[lo]!;

function nextVisit(shard: Shard): number {
  shard.visit = (shard.visit + 1) >>> 0;
  if (shard.visit === 0) {
    shard.seen.fill(0);
    shard.visit = 1;
  }
  return shard.visit;
}

/** The rank class of a document for these words, or -1 when some word matches none of its tokens. */
function rankDoc(shard: Shard, d: number, matchers: readonly WordMatcher[]): number {
  const { docStart, docTokens, docKinds } = shard;
  const none = 9;
  let typoCost = 0;
  let firstKind: number = Kind.NameWord;
  for (let w = 0; w < matchers.length; w++) {
    const m = matchers[w]!;
    let bestKind = none;
    let bestCost = Infinity;
    for (let i = docStart[d]!, end = docStart[d + 1]!; i < end; i++) {
      const t = docTokens[i]!;
      if (t >= m.lo && t < m.hi) {
        if (docKinds[i]! < bestKind) bestKind = docKinds[i]!;
      } else if (bestKind === none) {
        for (const r of m.typos) {
          if (t >= r.lo && t < r.hi) {
            const cost = wordCost(r, t);
            if (cost < bestCost) bestCost = cost;
          }
        }
      }
    }
    if (bestKind !== none) {
      if (w === 0) firstKind = bestKind;
    } else if (bestCost === Infinity) {
      return -1;
    } else {
      typoCost += bestCost;
    }
  }
  return typoCost > 0 ? TYPO_RANK + typoCost : firstKind;
}

/** A typo costs 2 per edit, plus 1 when the word only matched the start of a longer token. */
const wordCost = (range: TypoRange, t: number) => range.distance * 2 + (t === range.exact ? 0 : 1);

/** Keeps the `k` smallest numbers offered, in a small sorted array (k is a screenful, so shifting is cheap). */
class TopK {
  private readonly items: number[] = [];
  constructor(private readonly k: number) {}
  offer(value: number): void {
    const { items, k } = this;
    if (k <= 0 || (items.length === k && value >= items[k - 1]!)) return;
    let i = items.length === k ? k - 1 : items.length;
    while (i > 0 && items[i - 1]! > value) {
      items[i] = items[i - 1]!;
      i--;
    }
    items[i] = value;
  }
  sorted(): number[] {
    return this.items;
  }
}
