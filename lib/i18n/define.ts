/**
 * How a message is written: its English, German and Japanese side by side, so a key cannot exist in one language and
 * not another (the type says so, and test/i18n/catalog.test.ts checks the built files). Placeholders are `{name}`:
 * the same names in every language (the test checks that too), in whatever order each language needs them.
 *
 * A plural is two keys, `<key>_one` and `<key>_other` (`tp` picks one with `Intl.PluralRules` in the UI's language;
 * Japanese has no singular form, so its `_one` repeats its `_other`).
 */
export interface Message {
  en: string;
  de: string;
  ja: string;
}

export const LANGUAGES = ['en', 'de', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Keys become messages.json names: letters, digits and `_` only (Chrome and Firefox both require it). */
export const defineMessages = <const T extends Record<string, Message>>(messages: T): T => messages;

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The placeholder names of a text, sorted: the order their values are passed to `i18n.getMessage`. @example placeholderNames('{b} of {a}') // ['a', 'b'] */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/**
 * A message as `_locales/<lang>/messages.json` writes it: `{name}` becomes `$NAME$` with a named placeholder whose
 * content is its position (`$1`, `$2`, …, by sorted name), and a literal `$` is doubled.
 * @example toChromeMessage('Due in {time}') // { message: 'Due in $TIME$', placeholders: { time: { content: '$1' } } }
 */
export function toChromeMessage(text: string): { message: string; placeholders?: Record<string, { content: string }> } {
  const names = placeholderNames(text);
  if (names.length > 9) throw new Error(`A message may have at most 9 placeholders (browser.i18n's limit): ${text}`);
  const message = text.replaceAll('$', '$$$$').replace(PLACEHOLDER, (_, name: string) => `$${name.toUpperCase()}$`);
  if (names.length === 0) return { message };
  return { message, placeholders: Object.fromEntries(names.map((name, i) => [name.toLowerCase(), { content: `$${i + 1}` }])) };
}

/** One language's messages.json from the catalog. */
export function localeMessages(catalog: Record<string, Message>, lang: Language): Record<string, ReturnType<typeof toChromeMessage>> {
  return Object.fromEntries(Object.entries(catalog).map(([key, message]) => [key, toChromeMessage(message[lang])]));
}
