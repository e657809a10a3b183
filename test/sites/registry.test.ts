/**
 * The registry's meta-test (as Refined GitHub's tests walk `features.add`): every tool in lib/sites/registry.ts must
 * bring, in its own places,
 * - a URL table, test/sites/<tool>/url-table.ts: URLs it accepts (with the match) and URLs that are no page at all;
 *   and it rejects every URL every other tool accepts;
 * - fixture pages under test/fixtures/<tool>/, modelling the real product (each citing the research notes);
 * - a row in test/sites/<tool>/selector-counts.ts for every selector constant it exports, run here;
 * - default field-mapping entries for every attribute it says it can supply.
 * Adding a tool without these fails the suite.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deepQuerySelectorAll } from '../../lib/sites/dom/deep-query';
import { DEFAULT_FIELD_MAPPINGS, TOOLS, matchPage, matchToolPage, toolOfHost } from '../../lib/sites/registry';
import { FIXTURES_DIR, loadFixtureDocument } from '../fixtures/dom';
import type { SelectorCount } from './selector-count';
import type { UrlTable } from './url-table';

const urlTables = import.meta.glob<UrlTable>('./*/url-table.ts', { eager: true, import: 'URL_TABLE' });
const selectorCounts = import.meta.glob<readonly SelectorCount[]>('./*/selector-counts.ts', { eager: true, import: 'SELECTOR_COUNTS' });

const tableOf = (id: string): UrlTable | undefined => urlTables[`./${id}/url-table.ts`];
const countsOf = (id: string): readonly SelectorCount[] | undefined => selectorCounts[`./${id}/selector-counts.ts`];

const documents = new Map<string, Document>();
function fixture(name: string): Document {
  let doc = documents.get(name);
  if (!doc) documents.set(name, (doc = loadFixtureDocument(name)));
  return doc;
}

describe.each(TOOLS.map((tool) => [tool.id, tool] as const))('%s', (id, tool) => {
  it('has a URL table with URLs it accepts and URLs it rejects', () => {
    const table = tableOf(id);
    expect(table, `test/sites/${id}/url-table.ts`).toBeDefined();
    expect(table!.accept.length).toBeGreaterThan(0);
    expect(table!.reject.length).toBeGreaterThan(0);
  });

  it.each(tableOf(id)?.accept ?? [])('accepts %s', (href, expected) => {
    expect(expected.tool).toBe(id);
    expect(matchPage(new URL(href))).toEqual(expected);
    expect(toolOfHost(new URL(href))).toBe(id);
  });

  it.each((tableOf(id)?.reject ?? []).map((href) => [href]))('rejects %s (no page of any tool)', (href) => {
    expect(matchToolPage(new URL(href), tool)).toBeNull();
    expect(matchPage(new URL(href))).toBeNull();
  });

  const others = TOOLS.filter((other) => other.id !== id).flatMap((other) => (tableOf(other.id)?.accept ?? []).map(([href]) => [other.id, href] as const));
  // Asked alone (its own detector), not through the registry's first match: a later tool that also matched an earlier
  // tool's pages would otherwise go unnoticed.
  it.each(others)('rejects what %s accepts: %s', (_other, href) => {
    expect(matchToolPage(new URL(href), tool)).toBeNull();
  });

  it('reads a page on a custom domain the admin assigned to it, and only there', () => {
    const [href, expected] = tableOf(id)!.accept[0]!;
    const custom = new URL(href);
    custom.hostname = 'tool.acme.example';
    expect(matchPage(custom)).toBeNull();
    expect(matchPage(custom, new Map([['tool.acme.example', id]]))).toEqual(expected);
    const elsewhere = TOOLS.find((t) => t.id !== id)!.id;
    expect(matchPage(custom, new Map([['tool.acme.example', elsewhere]]))?.tool).not.toBe(id);
  });

  it('has fixture pages under test/fixtures/<tool>/', () => {
    const dir = new URL(`./${id}/`, FIXTURES_DIR);
    expect(existsSync(dir), `test/fixtures/${id}/`).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.html'))).not.toEqual([]);
  });

  it.each(Object.keys(tool.selectors).map((name) => [name]))('has a selector-count row for %s', (name) => {
    expect(
      countsOf(id)?.some(([constant]) => constant === name),
      `test/sites/${id}/selector-counts.ts`,
    ).toBe(true);
  });

  it.each(Object.entries(tool.selectors))('exports %s as a non-empty list of selector strings', (_name, value) => {
    expect(Array.isArray(value)).toBe(true);
    expect(value.length).toBeGreaterThan(0);
    for (const selector of value) expect(typeof selector).toBe('string');
  });

  it.each(countsOf(id) ?? [])('%s on %s matches %j', (name, page, expected) => {
    const alternatives = (tool.selectors as Record<string, readonly string[]>)[name];
    expect(alternatives, `${name} is not a selector constant of ${id}`).toBeDefined();
    expect(alternatives!.length).toBe(expected.length);
    expect(alternatives!.map((selector) => deepQuerySelectorAll(fixture(page), selector).length)).toEqual(expected);
  });

  it.each(tool.supplies.map((attribute) => [attribute]))('has default field-mapping entries for %s', (attribute) => {
    expect(DEFAULT_FIELD_MAPPINGS[id][attribute]?.length ?? 0).toBeGreaterThan(0);
  });
});

describe('the registry', () => {
  it('names each tool once', () => {
    const ids = TOOLS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a tool for every folder of lib/sites/ that holds a tool.ts', () => {
    const sites = new URL('../../lib/sites/', import.meta.url);
    const folders = readdirSync(sites, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(new URL(`./${d.name}/tool.ts`, sites)))
      .map((d) => d.name);
    expect(folders.sort()).toEqual(TOOLS.map((t) => t.id).sort());
  });
});
