/**
 * The layer rules are ESLint's (eslint.config.mjs), run by `npm test` before the tests. This plants one bad line per
 * rule in a file of the layer it breaks, and checks that lint names it: a lint config that silently stopped matching
 * (a renamed folder, a resolver that finds no file) would otherwise pass everything.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint refuses what the layers forbid', () => {
  it.each([
    ['the pure core imports the browser', 'lib/policy/planted.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['the pure core imports React', 'lib/sla/planted.ts', "import { useState } from 'react';\nexport const x = useState;\n", 'no-restricted-imports'],
    ['the pure core touches the DOM', 'lib/parse/planted.ts', 'export const x = () => document.title;\n', 'no-restricted-globals'],
    ['the pure core reads the host clock', 'lib/domain/planted.ts', 'export const x = () => Date.now();\n', 'no-restricted-properties'],
    ['the pure core reads the host zone', 'lib/sla/planted.ts', 'export const x = () => Intl.DateTimeFormat().resolvedOptions().timeZone;\n', 'no-restricted-syntax'],
    ['the pure core imports the site layer', 'lib/policy/planted.ts', "import { TOOLS } from '../sites/registry';\nexport const x = TOOLS;\n", 'import-x/no-restricted-paths'],
    ["the directory's pure part fetches", 'lib/directory/planted.ts', "export const x = () => fetch('https://example.com');\n", 'no-restricted-globals'],
    ['a site folder imports another', 'lib/sites/zendesk/planted.ts', "import { hubspot } from '../hubspot/tool';\nexport const x = hubspot;\n", 'import-x/no-restricted-paths'],
    ['components import the browser', 'components/Planted.tsx', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['components use the extension API as a global', 'components/Planted.tsx', 'export const x = () => chrome.runtime.id;\n', 'no-restricted-globals'],
    [
      'lib imports a component',
      'lib/overlay/planted.ts',
      "import { StatusPill } from '../../components/StatusPill';\nexport const x = StatusPill;\n",
      'import-x/no-restricted-paths',
    ],
    ['zod is imported unconfigured', 'lib/settings/planted.ts', "import { z } from 'zod';\nexport const x = z.string();\n", 'no-restricted-imports'],
  ])('%s', async (_what, filePath, code, rule) => {
    expect(await rulesBroken(filePath, code)).toContain(rule);
  });

  it('and passes the same places when they keep to their layer', async () => {
    expect(await rulesBroken('lib/policy/planted.ts', "import { z } from '../domain/zod';\nexport const x = (now: number) => z.number().parse(now);\n")).toEqual([]);
    expect(await rulesBroken('lib/sites/zendesk/planted.ts', "import { deepQueryFirst } from '../dom/deep-query';\nexport const x = deepQueryFirst;\n")).toEqual([]);
  });
});
