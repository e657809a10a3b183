/**
 * Every string a user sees goes through `t` (test/i18n/literal-scan.test.ts fails on one that does not). In the
 * extension the words come from `browser.i18n.getMessage`, i.e. `_locales/<lang>/messages.json` written from
 * lib/i18n/catalog.ts at build (wxt.config.ts), in the browser's UI language. Node (the CLI, tests) installs a source
 * built from the same files (lib/i18n/node-source.ts).
 *
 * The pure core may call `t`: it reaches no browser API itself, only the source it is given, found at the first call
 * (never at module load, so no label is frozen before a source exists).
 */
import type { CatalogKey } from './catalog';

export type MessageKey = CatalogKey;
/** A plural message's key without its `_one`/`_other` ending. */
export type PluralKey = CatalogKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
export type Values = Record<string, string | number>;

export interface MessageSource {
  /** As `browser.i18n.getMessage`: '' for a key it does not know. */
  getMessage(key: string, substitutions?: string[]): string;
  getUILanguage(): string;
}

let source: MessageSource | null = null;

/** Sets where words come from (Node: the CLI and tests); the extension finds `browser.i18n` itself. */
export function setMessageSource(next: MessageSource | null): void {
  source = next;
  rules.clear();
}

function current(): MessageSource | null {
  if (source) return source;
  // Extension contexts (pages, content scripts, the service worker) all have it; Firefox names it `browser`, and
  // Chromium `chrome`. Looked up through globalThis: this module is shared with the pure core, which names no browser.
  const scope = globalThis as { browser?: { i18n?: MessageSource }; chrome?: { i18n?: MessageSource } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  if (api?.getMessage) source = api;
  return source;
}

/**
 * The message `key` in the UI's language, its `{placeholders}` filled from `values`. A key no source knows comes back
 * as itself, so a missing message is seen, not blank.
 * @example t('badge_dueIn', { time: '45m' }) // 'Due in 45m'
 */
export function t(key: MessageKey, values?: Values): string {
  const names = values ? Object.keys(values).sort() : [];
  const text =
    current()?.getMessage(
      key,
      names.map((name) => String(values![name])),
    ) ?? '';
  return text === '' ? key : text;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * A plural message: `<key>_one` or `<key>_other` as `Intl.PluralRules` picks for `count` in the UI's language, with
 * `{count}` among its values.
 * @example tp('popup_showAll', 12) // 'Show all 12'
 */
export function tp(key: PluralKey, count: number, values?: Values): string {
  const language = uiLanguage();
  let pr = rules.get(language);
  if (!pr) rules.set(language, (pr = new Intl.PluralRules(language)));
  const form = pr.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}` as MessageKey, { count, ...values });
}

/** The UI's language as a BCP 47 tag ('en-US', 'de', 'ja'): the one `Intl` formats dates and numbers in. */
export function uiLanguage(): string {
  try {
    return current()?.getUILanguage() || 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * The locale `Intl` formats dates, numbers and money in: the UI's language, except that English keeps `english`,
 * the form the product has always shown (en-US names US zones, "PST"; en-GB writes "15 Dec 2026").
 * @example formatLocale('en-GB') // 'en-GB' in an English browser, 'de' in a German one
 */
export function formatLocale(english = 'en-US'): string {
  const language = uiLanguage();
  return /^en\b/i.test(language) ? english : language;
}
