/**
 * Filling the directory: from a file the admin imports in the options page, and from the directory URL the
 * background refreshes (conditional requests: ETag / Last-Modified). A source's entries are replaced in one
 * transaction, so a failed or refused import never loses what was there.
 */
import { openDirectory } from './store';
import { parseDirectoryText, type DirectoryImport } from './rows';
import type { DirectoryEntry } from './entry';
import type { Policy } from '../policy';

export interface SyncRecord {
  at: number;
  source: 'url' | 'import';
  ok: boolean;
  imported: number;
  skipped: number;
  /** "row 7, arr: cannot read "lots"" — the first few reasons rows were skipped. */
  problems: string[];
  message: string;
  etag?: string | null;
  lastModified?: string | null;
  url?: string | null;
}

// Each problem's message already names the row, the field and the raw value ("row 9: ARR: cannot read "lots"").
const describe = (result: DirectoryImport): string[] => result.problems.slice(0, 5).map((p) => p.message);

/** Parses a directory text and, when anything could be read, replaces that source's entries. */
export async function importDirectoryText(text: string, source: 'url' | 'import', policy: Policy, now: number, extra: Partial<SyncRecord> = {}): Promise<SyncRecord> {
  const result = parseDirectoryText(text, { source, now, catalogue: policy.packages });
  const record: SyncRecord = {
    at: now,
    source,
    // A problem with the file itself (row 0: empty, not JSON, no name column) means nothing was read from it.
    ok: (result.imported > 0 || result.skipped === 0) && !result.problems.some((p) => p.row === 0),
    imported: result.imported,
    skipped: result.skipped,
    problems: describe(result),
    message: `${result.imported} imported, ${result.skipped} skipped`,
    ...extra,
  };
  const db = await openDirectory();
  // A file where nothing could be read (not JSON, no header) must not wipe the previous directory.
  if (record.ok) await db.replaceSource(source, result.entries);
  else record.message += '; the previous directory was kept';
  await db.setMeta(source === 'url' ? 'lastSync' : 'lastImport', record);
  return record;
}

/**
 * Fetches the directory URL with a conditional request and imports it if it changed.
 * @example await syncDirectoryUrl('https://example.com/accounts.csv', policy, Date.now(), fetch)
 */
export async function syncDirectoryUrl(url: string, policy: Policy, now: number, fetchImpl: typeof fetch = fetch): Promise<SyncRecord> {
  const db = await openDirectory();
  const previous = (await db.getMeta('lastSync')) as SyncRecord | undefined;
  const headers: Record<string, string> = { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' };
  if (previous?.url === url && previous.ok) {
    if (previous.etag) headers['If-None-Match'] = previous.etag;
    if (previous.lastModified) headers['If-Modified-Since'] = previous.lastModified;
  }
  let response: Response;
  try {
    response = await fetchImpl(url, { headers, credentials: 'omit' });
  } catch (error) {
    return keep(db, previous, now, url, `The directory URL could not be reached (${(error as Error).message}); the previous directory was kept`);
  }
  if (response.status === 304 && previous) {
    const record = { ...previous, at: now, message: `${previous.message} (unchanged)` };
    await db.setMeta('lastSync', record);
    return record;
  }
  if (!response.ok) return keep(db, previous, now, url, `The directory URL answered ${response.status}; the previous directory was kept`);
  const text = await response.text();
  return importDirectoryText(text, 'url', policy, now, { url, etag: response.headers.get('ETag'), lastModified: response.headers.get('Last-Modified') });
}

async function keep(db: Awaited<ReturnType<typeof openDirectory>>, previous: SyncRecord | undefined, now: number, url: string, message: string): Promise<SyncRecord> {
  const record: SyncRecord = {
    at: now,
    source: 'url',
    ok: false,
    imported: 0,
    skipped: 0,
    problems: [],
    message,
    url,
    etag: previous?.etag ?? null,
    lastModified: previous?.lastModified ?? null,
  };
  await db.setMeta('lastSync', record);
  return record;
}

/** An account read while browsing becomes a 'seen' directory entry (never overwriting a curated one's source). */
export async function rememberSeen(entries: DirectoryEntry[]): Promise<void> {
  if (!entries.length) return;
  const db = await openDirectory();
  const fresh: DirectoryEntry[] = [];
  for (const entry of entries) {
    const existing = await db.get(entry.key);
    if (!existing || existing.source === 'seen') fresh.push(entry);
  }
  if (fresh.length) await db.putEntries(fresh);
}
