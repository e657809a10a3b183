/**
 * What the popup needs of the directory, loaded once when it opens: every entry by key, the search index,
 * and how fresh the data is. Lives outside components because it touches IndexedDB.
 */
import { buildSearchIndex, warmUp, type SearchIndex } from './search';
import { openDirectory } from './store';
import { toSearchDoc, type DirectoryEntry } from './entry';
import { parseAccount } from '../parse';
import { evaluate, type Evaluation, type Policy } from '../policy';

export interface LoadedDirectory {
  entries: Map<string, DirectoryEntry>;
  index: SearchIndex;
  lastSync: { at: number; source: string; imported: number; skipped: number } | null;
}

/** Builds the typo tables while the user has not typed yet, so the first typo query does not pay for them. */
export function warmUpWhenIdle(directory: LoadedDirectory): () => void {
  const id = requestIdleCallback(() => warmUp(directory.index), { timeout: 2_000 });
  return () => cancelIdleCallback(id);
}

export async function loadDirectory(): Promise<LoadedDirectory> {
  const db = await openDirectory();
  const [all, lastSync] = await Promise.all([db.all(), db.getMeta('lastSync')]);
  const entries = new Map(all.map((e) => [e.key, e]));
  return { entries, index: buildSearchIndex(all.map(toSearchDoc)), lastSync: (lastSync as LoadedDirectory['lastSync']) ?? null };
}

/** Evaluates a directory entry with the policy in force, exactly as the sidebar would. */
export function evaluateEntry(entry: DirectoryEntry, policy: Policy, now: number, untranslated = 0): Evaluation {
  const { account, warnings } = parseAccount(
    { ...entry.fields, name: entry.fields.name ?? entry.name, domain: entry.fields.domain ?? entry.domain },
    { catalogue: policy.packages },
  );
  return evaluate(account, policy, { now, warnings, untranslated });
}
