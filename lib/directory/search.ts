import { normaliseDomain } from './domain';
import type { SearchDoc } from './entry';
import { fold, words } from './fold';
import { buildShard, exactDocs, idKeys, Kind, matchDomainPrefix, matchWords, TYPO_RANK, type ShardHit } from './search-shard';
import type { Shard } from './shard';
import { warmTypoTables } from './typo-ranges';

export type { SearchDoc } from './entry';

export interface SearchHit {
  key: string;
  /** 1 for an exact id or domain, 0.8–0.9 for prefix matches, below 0.6 for typos: for display, not for sorting. */
  score: number;
  matched: 'prefix' | 'typo' | 'id';
}

/**
 * An immutable search index: a large base shard and a small delta of documents added since it was built.
 * `addToIndex` rebuilds only the delta, so an account seen while browsing costs milliseconds, not a rebuild
 * of 50,000; the delta is folded into the base once it grows past `MERGE_AT`.
 */
export interface SearchIndex {
  readonly size: number;
  readonly base: Shard;
  readonly baseDocs: readonly SearchDoc[];
  /** Base documents replaced by a newer one in the delta. */
  readonly hidden: Uint8Array | null;
  readonly delta: Shard | null;
  readonly deltaDocs: ReadonlyMap<string, SearchDoc>;
}

const MERGE_AT = (baseSize: number) => Math.max(2_000, baseSize >> 4);
const ID_RANK = -1;

/**
 * Builds the search index over directory documents (a later document with the same key wins).
 * @example search(buildSearchIndex([{ key: 'a', name: 'Stark Industries', domain: 'stark.com', crmId: null }]), 'ind')
 */
export function buildSearchIndex(entries: readonly SearchDoc[]): SearchIndex {
  const base = buildShard(entries);
  return { size: base.size, base, baseDocs: entries, hidden: null, delta: null, deltaDocs: new Map() };
}

/**
 * Adds or replaces documents (by key), returning a new index; the old one stays valid.
 * @example index = addToIndex(index, [toSearchDoc(seenEntry)])
 */
export function addToIndex(index: SearchIndex, docs: readonly SearchDoc[]): SearchIndex {
  if (docs.length === 0) return index;
  const deltaDocs = new Map(index.deltaDocs);
  for (const doc of docs) deltaDocs.set(doc.key, doc);
  if (deltaDocs.size > MERGE_AT(index.base.size)) {
    return buildSearchIndex([...index.baseDocs, ...deltaDocs.values()]);
  }
  const hidden = index.hidden ? index.hidden.slice() : new Uint8Array(index.base.size);
  const positions = keyPositions(index.base);
  let hiddenCount = 0;
  for (const key of deltaDocs.keys()) {
    const at = positions.get(key);
    if (at !== undefined) hidden[at] = 1;
  }
  for (let i = 0; i < hidden.length; i++) hiddenCount += hidden[i]!;
  const delta = buildShard([...deltaDocs.values()]);
  return { size: index.base.size - hiddenCount + delta.size, base: index.base, baseDocs: index.baseDocs, hidden, delta, deltaDocs };
}

/**
 * Finds accounts by name, domain or CRM id, best first: an exact CRM id or domain; then names where every
 * query word starts a word of the name (names that start with the query first), then domains that start with
 * the whole query; then, only if that left room, names within a typo or two of the query (see `typoRanges`).
 * Ties go to the shorter name, then alphabetical. Case and accents never matter.
 * @example search(index, 'stark ind') // [{ key: 'salesforce:001…', score: 0.9, matched: 'prefix' }]
 */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = fold(query).trim();
  if (q === '' || !(limit > 0)) return [];
  const parts: Array<{ shard: Shard; skip: Uint8Array | null }> = [{ shard: index.base, skip: index.hidden }];
  if (index.delta) parts.push({ shard: index.delta, skip: null });

  const best = new Map<string, { rank: number; name: string }>();
  const take = (shard: Shard, hits: readonly ShardHit[]) => {
    for (const { doc, rank } of hits) {
      const key = shard.keys[doc]!;
      const had = best.get(key);
      if (!had || rank < had.rank) best.set(key, { rank, name: shard.names[doc]! });
    }
  };

  const domain = normaliseDomain(q);
  // The CRM id as typed (case kept, for a 15-character Salesforce id) and the domain the query may be.
  const exactKeys = [...new Set([...idKeys(query), ...(domain ? [domain] : [])])];
  for (const { shard, skip } of parts) {
    const exact = exactKeys.flatMap((key) => exactDocs(shard, key));
    take(
      shard,
      exact.filter((d) => !(skip && skip[d])).map((doc) => ({ doc, rank: ID_RANK })),
    );
  }
  const exactHits = best.size;
  const queryWords = words(q);
  // Ask each shard for enough to fill the page even when its best hits repeat the exact ones.
  const want = limit + best.size;
  for (const { shard, skip } of parts) {
    const byName = queryWords.length > 0 ? matchWords(shard, queryWords, false, want, skip) : [];
    take(shard, byName);
    // Domain matches rank after name matches: skip them when the names already fill the page.
    const full = byName.length >= want && byName[want - 1]!.rank < Kind.Domain;
    if (!full && !/\s/.test(q)) take(shard, matchDomainPrefix(shard, q, want, skip));
  }
  // Typos only to fill the page, and never around an exact id or domain (the user pasted what they meant).
  if (exactHits === 0 && best.size < limit && queryWords.some((w) => w.length >= 4)) {
    for (const { shard, skip } of parts) take(shard, matchWords(shard, queryWords, true, want, skip));
  }

  return [...best]
    .sort(([ka, a], [kb, b]) => a.rank - b.rank || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, limit)
    .map(([key, { rank }]) => ({ key, score: scoreOf(rank), matched: rank === ID_RANK ? 'id' : rank < TYPO_RANK ? 'prefix' : 'typo' }));
}

/**
 * Prepares what the first typo query of each word length would otherwise build (about 20–50 ms in all for
 * 50,000 accounts). Optional: call it when idle, after the popup has painted.
 * @example requestIdleCallback(() => warmUp(index))
 */
export function warmUp(index: SearchIndex): void {
  warmTypoTables(index.base);
  if (index.delta) warmTypoTables(index.delta);
}

function scoreOf(rank: number): number {
  if (rank === ID_RANK) return 1;
  if (rank < TYPO_RANK) return Math.round((0.9 - 0.05 * rank) * 100) / 100;
  // Typo ranks start at TYPO_RANK + 2 (one edit on one word).
  return Math.max(0.05, Math.round((0.6 - 0.05 * (rank - TYPO_RANK - 2)) * 100) / 100);
}

function keyPositions(shard: Shard): Map<string, number> {
  let positions = shard.cache.get('keys') as Map<string, number> | undefined;
  if (!positions) {
    positions = new Map(shard.keys.map((key, i) => [key, i]));
    shard.cache.set('keys', positions);
  }
  return positions;
}
