import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Page and API strings (ticket subjects, organization names, field values) are typed by customers. The extension
// renders them as TEXT only: React children and attribute values, never markup, never code. This is the lint rule
// for it, run with the tests so it cannot be skipped: no HTML sink, no string-to-code sink, anywhere in the
// shipped source (entrypoints, components, lib). test/e2e/hardening-injection.e2e.test.ts proves the outcome.
const SHIPPED = ['entrypoints', 'components', 'lib'];

const FORBIDDEN: Array<[RegExp, string]> = [
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML renders a string as markup'],
  [/\.(innerHTML|outerHTML)\b/, 'innerHTML/outerHTML parse a string as markup'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML parses a string as markup'],
  [/\bdocument\.(write|writeln)\s*\(/, 'document.write parses a string as markup'],
  [/\b(setHTMLUnsafe|parseHTMLUnsafe|createContextualFragment)\b/, 'parses a string as markup'],
  [/\bDOMParser\b/, 'DOMParser builds a document from a string'],
  [/\bsrcdoc\b/i, 'an iframe srcdoc is markup'],
  [/(^|[^.\w])eval\s*\(/, 'eval runs a string as code'],
  [/\bnew\s+Function\b|(^|[^.\w])Function\s*\(/, 'the Function constructor runs a string as code'],
  [/\b(setTimeout|setInterval)\s*\(\s*['"`]/, 'a timer given a string runs it as code'],
  [/javascript:/i, 'a javascript: URL runs code'],
  [/\.setAttribute\s*\(\s*['"`]on/i, 'an on* attribute is an inline script'],
  [/\bimportScripts\s*\(|\bimport\s*\(\s*['"`]https?:/, 'loads code from elsewhere'],
];

/**
 * URLs taken from data and put into `href`/`src`, each reviewed: where the value comes from and why it cannot be a
 * script URL. A new one fails this test until it is reviewed and listed here.
 */
const REVIEWED_DYNAMIC_URLS: Record<string, string[]> = {
  // A directory entry's CRM link: read-row.ts accepts only ^https?:// URLs (crmUrl reader); React 19 also blocks
  // javascript: URLs, and the extension pages' CSP (script-src 'self') would refuse to run one.
  'entrypoints/popup/PopupApp.tsx': ['href={card.crmUrl}'],
  // The options page's download link: a blob: URL made from the page's own export text.
  'entrypoints/options/OptionsApp.tsx': ['href: url'],
  // A ticket's account link as the page reads it (lib/sites/<tool>/read-*.ts build it from the page's origin and the
  // record id they matched, never the link's raw href); drawn only when it starts with https://.
  'entrypoints/crm-sidebar.content/SidebarApp.tsx': ['href={ref.url}'],
  // The same link after the background's zod schema (lib/messaging/schemas.ts `PageTicket`: https URLs only).
  'lib/overlay/badges/ticket-badge.ts': ['href: account.url'],
};
/** `href={x}` in JSX; `href: x` in the badges' `h(tag, { attrs })` calls and `Object.assign(a, { href })` (a literal string, or a type, is not data). */
const DYNAMIC_URL = /\b(href|src|action|formAction|xlinkHref)=\{[^}]*\}|\b(href|src|action|formAction|xlinkHref)\s*:\s*(?!['"`]|string\b|null\b|undefined\b)[\w.?!]+/g;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(tsx?|jsx?|mjs|html)$/.test(name) ? [path] : [];
  });
}

/** Drops comments (block, line and JSX), keeping strings; a URL's `//` inside a string stays. */
const stripComments = (source: string) =>
  source
    .replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('page and API strings are rendered as text only', () => {
  const sources = SHIPPED.flatMap(files);

  it('has the shipped source to check', () => {
    expect(sources.length).toBeGreaterThan(80);
    expect(sources).toContain('lib/overlay/badges/ticket-badge.ts');
    expect(sources).toContain('entrypoints/crm-sidebar.content/SidebarApp.tsx');
  });

  it.each(sources)('%s has no HTML or code sink', (path) => {
    const code = stripComments(readFileSync(path, 'utf8'));
    const offences = FORBIDDEN.filter(([pattern]) => pattern.test(code)).map(([pattern, why]) => `${why}: ${code.match(pattern)?.[0]}`);
    expect(offences).toEqual([]);
  });

  it('every URL attribute fed from data is a reviewed one', () => {
    const found: Record<string, string[]> = {};
    for (const path of sources.filter((p) => /\.[jt]sx?$/.test(p))) {
      const dynamic = stripComments(readFileSync(path, 'utf8')).match(DYNAMIC_URL);
      if (dynamic) found[path] = dynamic;
    }
    expect(found).toEqual(REVIEWED_DYNAMIC_URLS);
  });

  // The rule must bite: each of these lines is what it exists to stop.
  it.each([
    ['<div dangerouslySetInnerHTML={{ __html: name }} />'],
    ['el.innerHTML = subject;'],
    ['host.insertAdjacentHTML("beforeend", row)'],
    ['document.write(text)'],
    ['holder.setHTMLUnsafe(html)'],
    ['new DOMParser().parseFromString(html, "text/html")'],
    ['const f = new Function("return " + code)'],
    ['eval(code)'],
    ['setTimeout("tick()", 10)'],
    ['<a href="javascript:void 0">'],
    ['button.setAttribute("onclick", handler)'],
  ])('catches %s', (line) => {
    expect(FORBIDDEN.some(([pattern]) => pattern.test(stripComments(line)))).toBe(true);
  });

  it.each([
    ['<h1>{e?.account.name}</h1>'],
    ['<span title={problem.message}>{problem.message}</span>'],
    ['// never use el.innerHTML here'],
    ['/* eval( is banned */ const x = 1;'],
    ['const text = node.textContent;'],
    ['retrieval(x); medieval(y); evaluate(a, b);'],
  ])('lets text rendering through: %s', (line) => {
    expect(FORBIDDEN.filter(([pattern]) => pattern.test(stripComments(line)))).toEqual([]);
  });
});
