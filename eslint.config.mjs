// @ts-check
/**
 * The rules a reviewer would forget (../shared/conventions.md, "Habits worth copying" 11): dependency cycles and the layer zones of
 * "The shape of the code", modelled on Bitwarden clients' eslint.config.mjs. `npm test` runs `npm run lint` first.
 * typescript-eslint's `recommended` set, not the type-checked one: lint has to stay fast on 2 cores, and
 * `tsc --noEmit` runs beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

/**
 * One folder per tool under lib/sites/ (a folder holding a tool.ts, as test/sites/registry.test.ts checks against the
 * registry): the zone that keeps site folders apart is built from what is there, so adding a tool needs no change
 * here. Shared helpers stay in lib/sites/*.ts or lib/sites/dom/, which every site may import.
 */
const SITE_TOOLS = fs
  .readdirSync(path.join(import.meta.dirname, 'lib/sites'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(import.meta.dirname, 'lib/sites', entry.name, 'tool.ts')))
  .map((entry) => entry.name);

/** The pure core (conventions §4): rules engine, business time, tolerant readers, domain types. */
/** lib/i18n is pure too: it reaches `browser.i18n` only as the ambient message source it finds at the first call (lib/i18n/t.ts). */
const PURE_CORE = ['lib/policy', 'lib/sla', 'lib/parse', 'lib/domain', 'lib/i18n'];

const ROOT = import.meta.dirname;
/** no-restricted-paths matches globs against absolute, resolved paths. */
const under = (/** @type {string} */ folder) => path.join(ROOT, folder, '**');

/**
 * lib/directory's parsing and search are pure like lib/parse: they take `now` as a parameter and touch no browser
 * API, so they run unchanged in the popup, the background and Node. These files are not: the IndexedDB store, the
 * directory URL's fetch, and loading the store for the popup.
 */
const DIRECTORY_IMPURE = ['lib/directory/store.ts', 'lib/directory/sync.ts', 'lib/directory/loaded.ts'];

/** zod's values come configured from lib/domain/zod.ts (jitless: MV3 forbids eval), whatever the import order. */
const ZOD = { name: 'zod', allowTypeImports: true, message: 'Import `z` from lib/domain/zod.ts: it is configured jitless before any schema is built (MV3 forbids eval).' };

const PURE_CORE_WHY = 'The pure core imports nothing from the browser, WXT, React or the DOM (conventions §4).';
const HOST_CLOCK_WHY = 'The pure core reads no host clock or zone: take `now` and the IANA zone as parameters (conventions §4).';
const COMPONENTS_WHY = 'components/ is React only: props in, JSX out, no browser.* (conventions, "The shape of the code"); take it as a prop.';

/** The browser, the extension API and the DOM, as globals. `fetch` too: the pure core is given data, never fetches. */
const DOM_GLOBALS = [
  'window',
  'self',
  'document',
  'browser',
  'chrome',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'HTMLElement',
  'Element',
  'Node',
  'NodeList',
  'Document',
  'ShadowRoot',
  'Event',
  'CustomEvent',
  'MutationObserver',
  'IntersectionObserver',
  'ResizeObserver',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'alert',
  'confirm',
  'prompt',
];
/** The same, as types (tsconfig has the DOM lib everywhere, so tsc cannot keep them out of the pure core). */
const DOM_TYPES = [
  'Window',
  'Document',
  'DocumentFragment',
  'Node',
  'NodeList',
  'Element',
  'HTMLElement',
  'ShadowRoot',
  'Event',
  'CustomEvent',
  'MutationObserver',
  'MutationRecord',
  'Storage',
  'Location',
  'Response',
  'Request',
];

// --- local/no-type-import-cycle ---------------------------------------------------------------------------------
// import-x/no-cycle skips `import type` edges by design (they vanish at runtime), so a cycle that closes through one
// (a.ts imports a value from b.ts, b.ts imports a type from a.ts) is never reported. Such a cycle still ties two
// modules together: this rule reports each type-only import whose target imports the file back, directly or not.

const resolver = createTypeScriptImportResolver({ project: path.join(ROOT, 'tsconfig.json') });
/** Relative paths and the tsconfig aliases (`@/`, `~/`, `@@/`, `~~/`); bare names are packages. */
const LOCAL_SPECIFIER = /^(\.{1,2}(\/|$)|\/|[@~]{1,2}(\/|$))/;
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
/** @type {Map<string, { mtimeMs: number, deps: string[] }>} file → the project files it imports (any kind) */
const importsCache = new Map();

/** @param {string} specifier @param {string} fromFile @returns {string | null} */
function resolveLocal(specifier, fromFile) {
  if (!LOCAL_SPECIFIER.test(specifier)) return null;
  const { found, path: resolved } = resolver.resolve(specifier, fromFile);
  if (!found || !resolved || !SOURCE_FILE.test(resolved) || resolved.includes(`${path.sep}node_modules${path.sep}`)) return null;
  return resolved;
}

/** @param {string} file @returns {string[]} */
function projectImportsOf(file) {
  let mtimeMs;
  try {
    mtimeMs = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = importsCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.deps;
  // preProcessFile lists every import, export-from, import() and require(), skipping comments and strings.
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const deps = importedFiles.flatMap(({ fileName }) => resolveLocal(fileName, file) ?? []);
  importsCache.set(file, { mtimeMs, deps });
  return deps;
}

/** The import chain from `start` back to `goal`, or null. @param {string} start @param {string} goal */
function chainBack(start, goal) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[start, null]]);
  for (const queue = [start]; queue.length > 0;) {
    const file = /** @type {string} */ (queue.shift());
    for (const next of projectImportsOf(file)) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, file);
      if (next === goal) {
        const chain = [];
        for (let at = /** @type {string | null | undefined} */ (next); at; at = cameFrom.get(at)) chain.unshift(at);
        return chain;
      }
      queue.push(next);
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const noTypeImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Report dependency cycles that close through a type-only import (import-x/no-cycle skips them).' },
    messages: { cycle: 'Dependency cycle through a type-only import: {{chain}}. Move the shared type to a module both can import.' },
    schema: [],
  },
  create(context) {
    const file = context.physicalFilename;
    /** @param {any} node ImportDeclaration | ExportNamedDeclaration | ExportAllDeclaration */
    function check(node) {
      if (!node.source) return;
      const specifiers = node.specifiers ?? [];
      const typeOnly =
        node.importKind === 'type' ||
        node.exportKind === 'type' ||
        (specifiers.length > 0 && specifiers.every((/** @type {any} */ s) => s.importKind === 'type' || s.exportKind === 'type'));
      if (!typeOnly) return;
      const target = resolveLocal(node.source.value, file);
      if (!target || target === file) return;
      const chain = chainBack(target, file);
      if (!chain) return;
      const shown = [file, ...chain].map((f) => path.relative(ROOT, f)).join(' → ');
      context.report({ node: node.source, messageId: 'cycle', data: { chain: shown } });
    }
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default defineConfig(
  globalIgnores(['.output/', '.wxt/', 'demo-output/', 'test-results/', 'coverage/', 'public/']),

  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    plugins: { 'import-x': importX, local: { rules: { 'no-type-import-cycle': noTypeImportCycle } } },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    settings: {
      // As importX.flatConfigs.typescript, with the resolver-next API: `@/…` and WXT's other aliases come from
      // .wxt/tsconfig.json, which tsconfig.json extends. Without the extensions and parser, no-cycle sees no .ts file.
      'import-x/extensions': ['.ts', '.tsx', '.cts', '.mts', '.js', '.jsx', '.cjs', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.cts', '.mts'] },
      'import-x/resolver-next': [resolver],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Cycles: import-x finds the runtime ones (a value import each way), the local rule those through `import type`.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'local/no-type-import-cycle': 'error',
      'import-x/no-self-import': 'error',
      'no-restricted-imports': ['error', { paths: [ZOD] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],

      // Layer zones, as Bitwarden's `import/no-restricted-paths`. They match the resolved file, so `@/lib/…`,
      // `~/lib/…` and `../…` are the same import. Packages are matched by name with `no-restricted-imports` below.
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: ROOT,
          zones: [
            {
              target: PURE_CORE.map(under),
              from: [under('lib')],
              except: PURE_CORE.map(under),
              message: `${PURE_CORE_WHY} Of lib/ it may import only ${PURE_CORE.join(', ')}.`,
            },
            {
              target: [under('lib')],
              from: [under('components'), under('entrypoints'), under('test')],
              message: 'lib/ holds the logic: components/, entrypoints/ and test/ use it, never the reverse (conventions, "The shape of the code").',
            },
            {
              target: [under('components')],
              from: [under('entrypoints')],
              message: 'Entrypoints only wire (conventions §1): components/ never imports from entrypoints/.',
            },
            ...SITE_TOOLS.map((tool) => ({
              target: [under(`lib/sites/${tool}`)],
              from: SITE_TOOLS.filter((other) => other !== tool).map((other) => under(`lib/sites/${other}`)),
              message:
                'A site folder imports no other site folder: one folder per tool (conventions, "The shape of the code"). ' +
                'Move what both need to lib/sites/*.ts or lib/sites/dom/.',
            })),
          ],
        },
      ],
    },
  },

  {
    // The pure core: no browser, WXT, React or DOM, no host clock or zone (`now` and the IANA zone are parameters,
    // conventions §4), no strings run as code. (lib/directory's pure files get the same below.)
    files: [...PURE_CORE.map((folder) => `${folder}/**`), 'lib/directory/**'],
    ignores: DIRECTORY_IMPURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [ZOD, ...['wxt', '#imports', 'react', 'react-dom', 'webextension-polyfill', 'idb'].map((name) => ({ name, message: PURE_CORE_WHY }))],
          patterns: [{ group: ['wxt/*', '@wxt-dev/*', '@webext-core/*', 'react/*', 'react-dom/*', '@tanstack/*'], message: PURE_CORE_WHY }],
        },
      ],
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: PURE_CORE_WHY }))],
      '@typescript-eslint/no-restricted-types': ['error', { types: Object.fromEntries(DOM_TYPES.map((name) => [name, { message: PURE_CORE_WHY }])) }],
      'no-restricted-properties': [
        'error',
        ...[
          ['Date', 'now'],
          ['performance', 'now'],
          ['Temporal', 'Now'],
        ].map(([object, property]) => ({ object, property, message: HOST_CLOCK_WHY })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: HOST_CLOCK_WHY },
        { selector: "CallExpression[callee.property.name='getTimezoneOffset']", message: HOST_CLOCK_WHY },
        // `Intl.DateTimeFormat().resolvedOptions()`: without a zone argument it answers with the host's zone.
        { selector: "CallExpression[callee.property.name='resolvedOptions'][callee.object.arguments.length=0]", message: HOST_CLOCK_WHY },
        { selector: "MemberExpression[property.name='innerHTML']", message: PURE_CORE_WHY },
      ],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },

  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ZOD,
            ...['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'].map((name) => ({ name, message: COMPONENTS_WHY })),
            { name: '#imports', importNames: ['browser', 'storage'], message: COMPONENTS_WHY },
          ],
          patterns: [{ group: ['wxt/utils/*', '@wxt-dev/browser', '@wxt-dev/webextension-polyfill/*', '@webext-core/*'], message: COMPONENTS_WHY }],
        },
      ],
      'no-restricted-globals': ['error', ...['browser', 'chrome'].map((name) => ({ name, message: COMPONENTS_WHY }))],
    },
  },

  {
    // The one module that may import zod's values.
    files: ['lib/domain/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },

  {
    // Tests drive real pages (`page.evaluate(() => (window as any).…)`) and fake the platform.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },

  {
    // The JS files: this config (Node) and test/demo/spa.js (a page script).
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
