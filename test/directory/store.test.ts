import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../../lib/directory/entry';
import { openDirectory, type Directory } from '../../lib/directory/store';

const NOW = Date.UTC(2026, 10, 20, 12); // Fri 2026-11-20 12:00 UTC
const entry = (name: string, source: DirectoryEntry['source'], extra: Partial<DirectoryEntry> = {}): DirectoryEntry => ({
  key: `name:${name.toLowerCase()}`,
  name,
  domain: null,
  crm: null,
  fields: { name, segment: 'ENT' },
  source,
  updatedAt: NOW,
  ...extra,
});

// Each test gets its own database, closed afterwards.
let opened: Directory[] = [];
let counter = 0;
const open = async (name = `directory-test-${++counter}`) => {
  const db = await openDirectory(name);
  opened.push(db);
  return db;
};
afterEach(() => {
  opened.forEach((db) => db.close());
  opened = [];
});
const names = async (db: Directory) => (await db.all()).map((e) => e.name).sort();

describe('the directory store', () => {
  it('upserts by key: putting an entry again replaces it', async () => {
    const db = await open();
    await db.putEntries([entry('Initech', 'seen'), entry('Globex', 'seen')]);
    await db.putEntries([entry('Initech', 'seen', { fields: { name: 'Initech', segment: 'MM' }, updatedAt: NOW + 1 })]);
    expect(await db.count()).toBe(2);
    expect(await db.get('name:initech')).toMatchObject({ fields: { segment: 'MM' }, updatedAt: NOW + 1 });
    expect(await db.get('name:nobody')).toBeUndefined();
  });

  it('replaces one source’s entries and leaves the others alone', async () => {
    const db = await open();
    await db.putEntries([entry('Seen Co', 'seen'), entry('Old Url Co', 'url'), entry('Imported Co', 'import')]);
    await db.replaceSource('url', [entry('New Url Co', 'url'), entry('Other Url Co', 'url')]);
    expect(await names(db)).toEqual(['Imported Co', 'New Url Co', 'Other Url Co', 'Seen Co']);
    expect([await db.count('url'), await db.count('seen'), await db.count('import')]).toEqual([2, 1, 1]);
  });

  it('a replacement that fails half-way keeps the old directory whole', async () => {
    const db = await open();
    await db.putEntries([entry('Old A', 'url'), entry('Old B', 'url'), entry('Seen Co', 'seen')]);
    // A function cannot be stored (DataCloneError): the third write fails after the deletes and two puts were queued.
    const broken = entry('Broken', 'url', { fields: { name: 'Broken', segment: (() => 'ENT') as unknown as string } });
    await expect(db.replaceSource('url', [entry('New A', 'url'), entry('New B', 'url'), broken, entry('New C', 'url')])).rejects.toThrow();
    expect(await names(db)).toEqual(['Old A', 'Old B', 'Seen Co']);
    expect(await db.count('url')).toBe(2);
  });

  it('an entry without a key fails the replacement the same way', async () => {
    const db = await open();
    await db.putEntries([entry('Old A', 'url')]);
    const keyless = { ...entry('Keyless', 'url'), key: undefined } as unknown as DirectoryEntry;
    await expect(db.replaceSource('url', [entry('New A', 'url'), keyless])).rejects.toThrow();
    expect(await names(db)).toEqual(['Old A']);
  });

  it('putting entries is all or nothing too', async () => {
    const db = await open();
    const broken = entry('Broken', 'seen', { fields: { name: Symbol('x') as unknown as string } });
    await expect(db.putEntries([entry('Good', 'seen'), broken])).rejects.toThrow();
    expect(await db.count()).toBe(0);
  });

  it('refuses to replace a source with entries from another, before touching anything', async () => {
    const db = await open();
    await db.putEntries([entry('Old A', 'url')]);
    await expect(db.replaceSource('url', [entry('Imported', 'import')])).rejects.toThrow(/replaceSource\(url\) was given an entry from import/);
    expect(await names(db)).toEqual(['Old A']);
  });

  it('replacing a source with nothing empties it', async () => {
    const db = await open();
    await db.putEntries([entry('Old A', 'import'), entry('Seen Co', 'seen')]);
    await db.replaceSource('import', []);
    expect(await names(db)).toEqual(['Seen Co']);
  });

  it('deletes one source', async () => {
    const db = await open();
    await db.putEntries([entry('A', 'url'), entry('B', 'import'), entry('C', 'seen')]);
    await db.deleteSource('import');
    expect(await names(db)).toEqual(['A', 'C']);
  });

  it('keeps sync records in the meta store, and clear() forgets them with the entries', async () => {
    const db = await open();
    expect(await db.getMeta('lastSync')).toBeUndefined();
    const record = { at: NOW, source: 'url', imported: 12, skipped: 3, etag: '"abc"' };
    await db.setMeta('lastSync', record);
    expect(await db.getMeta<typeof record>('lastSync')).toEqual(record);
    await db.putEntries([entry('A', 'url')]);
    await db.clear();
    expect([await db.count(), await db.getMeta('lastSync')]).toEqual([0, undefined]);
  });

  it('keeps its data across openings', async () => {
    const first = await open('directory-reopen');
    await first.replaceSource('import', [entry('Initech', 'import')]);
    first.close();
    const second = await open('directory-reopen');
    expect(await names(second)).toEqual(['Initech']);
  });

  it('shares one connection per database until it is closed', async () => {
    const first = await open('directory-shared');
    expect(await openDirectory('directory-shared')).toBe(first);
    first.close();
    const second = await open('directory-shared');
    expect(second).not.toBe(first);
    expect(await second.count()).toBe(0);
  });

  it('holds 10,000 entries written in one transaction', async () => {
    const db = await open();
    const many = Array.from({ length: 10_000 }, (_, i) => entry(`Account ${i}`, 'url'));
    await db.replaceSource('url', many);
    expect(await db.count('url')).toBe(10_000);
  });
});
