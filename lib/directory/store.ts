/**
 * The directory in IndexedDB (through `idb`): entries keyed by `DirectoryEntry.key`, indexed by source and
 * update time, plus a small `meta` store for sync records. IndexedDB rather than `storage.local` because
 * 50,000 accounts are tens of megabytes and must be replaced in one transaction.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { DirectoryEntry, DirectorySource } from './entry';

interface DirectorySchema extends DBSchema {
  entries: {
    key: string;
    value: DirectoryEntry;
    indexes: { source: DirectorySource; updatedAt: number };
  };
  meta: { key: string; value: unknown };
}

/** Bump with a new step in `upgrade` whenever the stores, indexes or stored shape change. */
const VERSION = 1;

export interface Directory {
  /** Inserts or replaces entries by key, all in one transaction (all or none). */
  putEntries(entries: readonly DirectoryEntry[]): Promise<void>;
  /** Replaces every entry of a source with these, in one transaction: if any write fails, the old ones stay. */
  replaceSource(source: 'url' | 'import', entries: readonly DirectoryEntry[]): Promise<void>;
  deleteSource(source: DirectorySource): Promise<void>;
  get(key: string): Promise<DirectoryEntry | undefined>;
  all(): Promise<DirectoryEntry[]>;
  /** How many entries, of one source or all. */
  count(source?: DirectorySource): Promise<number>;
  /** Empties the directory: entries and sync records. */
  clear(): Promise<void>;
  getMeta<T = unknown>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;
  close(): void;
}

// One connection per database, shared: callers open the directory for every operation, and connections that
// are never closed pile up in a long-lived background and hold back a future upgrade.
const connections = new Map<string, Promise<Directory>>();

/**
 * Opens (creating or upgrading) the directory database, or returns the connection already open.
 * @example const db = await openDirectory(); await db.replaceSource('url', result.entries);
 */
export function openDirectory(name = 'entitlement-lens-directory'): Promise<Directory> {
  let opening = connections.get(name);
  if (!opening) {
    opening = connect(name);
    connections.set(name, opening);
    opening.catch(() => connections.delete(name));
  }
  return opening;
}

async function connect(name: string): Promise<Directory> {
  const forget = () => connections.delete(name);
  const db = await openDB<DirectorySchema>(name, VERSION, {
    upgrade(database, oldVersion) {
      // One step per version, applied in order, so any older database reaches the current shape.
      if (oldVersion < 1) {
        const entries = database.createObjectStore('entries', { keyPath: 'key' });
        entries.createIndex('source', 'source');
        entries.createIndex('updatedAt', 'updatedAt');
        database.createObjectStore('meta');
      }
    },
    // Another page (a newer extension version) wants to upgrade: let it, rather than block it forever.
    blocking() {
      db.close();
      forget();
    },
    // The browser closed the connection (storage cleared, disk error): the next caller opens a new one.
    terminated: forget,
  });
  return directoryOn(db, forget);
}

function directoryOn(db: IDBPDatabase<DirectorySchema>, forget: () => void): Directory {
  return {
    async putEntries(entries) {
      if (entries.length === 0) return;
      await write(db, ['entries'], (tx, track) => {
        for (const entry of entries) track(tx.objectStore('entries').put(entry));
      });
    },
    async replaceSource(source, entries) {
      const wrong = entries.find((entry) => entry.source !== source);
      if (wrong) throw new TypeError(`replaceSource(${source}) was given an entry from ${wrong.source} (${wrong.key})`);
      await write(db, ['entries'], async (tx, track) => {
        const store = tx.objectStore('entries');
        const old = await store.index('source').getAllKeys(source);
        // Deletes and puts are queued without awaiting each: one transaction, committed or aborted whole.
        for (const key of old) track(store.delete(key));
        for (const entry of entries) track(store.put(entry));
      });
    },
    async deleteSource(source) {
      await write(db, ['entries'], async (tx, track) => {
        const store = tx.objectStore('entries');
        for (const key of await store.index('source').getAllKeys(source)) track(store.delete(key));
      });
    },
    get: (key) => db.get('entries', key),
    all: () => db.getAll('entries'),
    count: (source) => (source ? db.countFromIndex('entries', 'source', source) : db.count('entries')),
    async clear() {
      await write(db, ['entries', 'meta'], (tx, track) => {
        track(tx.objectStore('entries').clear());
        track(tx.objectStore('meta').clear());
      });
    },
    getMeta: async <T>(key: string) => (await db.get('meta', key)) as T | undefined,
    async setMeta(key, value) {
      await db.put('meta', value, key);
    },
    close() {
      forget();
      db.close();
    },
  };
}

type Store = StoreNames<DirectorySchema>;

/**
 * Runs writes in one readwrite transaction and waits for it to commit. A request that throws when queued
 * (a value IndexedDB cannot clone, a missing key) does not abort the transaction by itself: the requests
 * queued before it would commit. So any failure aborts explicitly, and the old data stays. Every request is
 * tracked so that, on abort, their rejections are observed rather than reported as unhandled.
 */
async function write<S extends Store[]>(
  db: IDBPDatabase<DirectorySchema>,
  stores: S,
  queue: (tx: IDBPTransaction<DirectorySchema, S, 'readwrite'>, track: (request: Promise<unknown>) => void) => void | Promise<void>,
): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  const done = tx.done.then(
    () => null,
    (error: unknown) => error ?? new Error('The directory transaction was aborted'),
  );
  const requests: Promise<unknown>[] = [];
  const track = (request: Promise<unknown>) => {
    request.catch(() => undefined);
    requests.push(request);
  };
  try {
    await queue(tx, track);
    await Promise.all(requests);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by IndexedDB itself.
    }
    await done;
    throw error;
  }
  const failure = await done;
  if (failure) throw failure;
}
