import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The directory's parsing and search are pure like lib/parse (conventions §4): they take `now` as a parameter
// and touch no browser API, so they run unchanged in the popup, the background and Node. Only the store
// (IndexedDB) is not. The project-wide rule in test/architecture covers other folders; this covers ours.
const IMPURE = new Set(['store.ts']);
const PURE = readdirSync('lib/directory')
  .filter((name) => name.endsWith('.ts') && !IMPURE.has(name))
  .map((name) => `lib/directory/${name}`);
const FORBIDDEN: Array<[RegExp, string]> = [
  [/from ['"](wxt|#imports|webextension-polyfill|react|react-dom|idb|@tanstack\/[^'"]+)(\/[^'"]*)?['"]/, 'imports a browser, storage or UI module'],
  [/\b(browser|chrome)\.\w+/, 'uses an extension API'],
  [/\b(document|window|navigator|localStorage|indexedDB)\b/, 'touches the DOM or storage'],
  [/\bDate\.now\(\)|new Date\(\)(?!\.)|\bperformance\.now\(\)/, 'reads the host clock (take `now` as a parameter)'],
];
const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the directory core', () => {
  it('has files to check', () => expect(PURE.length).toBeGreaterThan(15));
  it.each(PURE)('%s imports nothing from the browser and reads no clock', (path) => {
    const code = stripComments(readFileSync(path, 'utf8'));
    expect(FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, why]) => why)).toEqual([]);
  });
});
