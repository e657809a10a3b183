import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The pure core knows nothing of the browser: no wxt, no extension APIs, no React, no DOM, no host clock or zone.
// This is the lint rule for it, run with the tests so it cannot be skipped.
const PURE = ['lib/domain', 'lib/policy', 'lib/sla', 'lib/parse'];
const FORBIDDEN: Array<[RegExp, string]> = [
  [/from ['"](wxt|#imports|webextension-polyfill|react|react-dom|@tanstack\/[^'"]+)(\/[^'"]*)?['"]/, 'imports a browser or UI module'],
  [/\b(browser|chrome)\.(runtime|storage|tabs|scripting|permissions)\b/, 'uses an extension API'],
  [/\b(document|window|navigator|localStorage|HTMLElement)\b(?!\s*:)/, 'touches the DOM'],
  [/\bDate\.now\(\)|new Date\(\)(?!\.)|\bperformance\.now\(\)/, 'reads the host clock (take `now` as a parameter)'],
  [/Intl\.DateTimeFormat\(\)\.resolvedOptions\(\)\.timeZone|getTimezoneOffset\(/, 'reads the host time zone'],
  [/\binnerHTML\b|\beval\(|new Function\(/, 'runs or writes strings as code or HTML'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('the pure core (lib/domain, lib/policy, lib/sla, lib/parse)', () => {
  const sources = PURE.flatMap(files);
  it('has files to check', () => expect(sources.length).toBeGreaterThan(10));
  it.each(sources)('%s imports nothing from the browser and reads no host clock or zone', (path) => {
    const code = stripComments(readFileSync(path, 'utf8'));
    const offences = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([, why]) => why);
    expect(offences).toEqual([]);
  });
});
