/**
 * The shipped languages are complete and consistent: every key in every language, the same placeholders, and the
 * messages.json the build writes read back (through the same reading as Chrome's) to the catalog's words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG, SURFACES } from '../../lib/i18n/catalog';
import { LANGUAGES, localeMessages, placeholderNames, toChromeMessage, type Message } from '../../lib/i18n/define';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource, t, tp, type MessageKey } from '../../lib/i18n/t';

/** The checks, as functions of a catalog, so the planted bad catalogs below prove each one can fail. */
export function catalogProblems(catalog: Record<string, Partial<Message>>): string[] {
  const problems: string[] = [];
  for (const [key, message] of Object.entries(catalog)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${key}: a key may hold only letters, digits and _`);
    for (const lang of LANGUAGES) if (!message[lang]?.trim()) problems.push(`${key}: missing in ${lang}`);
    const english = placeholderNames(message.en ?? '').join(',');
    for (const lang of LANGUAGES) {
      const names = placeholderNames(message[lang] ?? '').join(',');
      if (message[lang] && names !== english) problems.push(`${key}: ${lang} has placeholders {${names}}, en has {${english}}`);
    }
    if (key.endsWith('_one') && !(`${key.slice(0, -4)}_other` in catalog)) problems.push(`${key}: a plural needs its _other`);
  }
  return problems;
}

describe('the message catalog', () => {
  it('has every key in English, German and Japanese, with the same placeholders', () => {
    expect(catalogProblems(CATALOG)).toEqual([]);
  });

  it('defines no key in two surfaces (the merge would keep one silently)', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [surface, messages] of Object.entries(SURFACES))
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${surface})`);
        seen.set(key, surface);
      }
    expect(twice).toEqual([]);
  });

  it('has no key that no source uses (a message left behind when its words were removed)', () => {
    const files = ['components', 'entrypoints', 'lib'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.tsx?$/.test(f) && !join(dir, f).startsWith(join('lib', 'i18n', 'messages')))
        .map((f) => join(dir, f)),
    );
    const sources = [...files, 'wxt.config.ts'].map((f) => readFileSync(f, 'utf8')).join('\n');
    const used = (key: string) => [`'${key}'`, `'${key.replace(/_(one|other)$/, '')}'`, `__MSG_${key}__`].some((form) => sources.includes(form));
    expect(Object.keys(CATALOG).filter((key) => !used(key))).toEqual([]);
  });

  it('catches planted mistakes: a missing language, a placeholder renamed, a bad key, a lone singular', () => {
    expect(
      catalogProblems({
        ok: { en: 'Due in {time}', de: 'Fällig in {time}', ja: 'あと {time}' },
        noJa: { en: 'Met', de: 'Erfüllt', ja: '' },
        renamed: { en: 'Due in {time}', de: 'Fällig in {zeit}', ja: 'あと {time}' },
        'bad-key': { en: 'x', de: 'x', ja: 'x' },
        lonely_one: { en: '1 ticket', de: '1 Ticket', ja: '1 件' },
      }),
    ).toEqual([
      'noJa: missing in ja',
      'renamed: de has placeholders {zeit}, en has {time}',
      'bad-key: a key may hold only letters, digits and _',
      'lonely_one: a plural needs its _other',
    ]);
  });
});

describe('messages.json as the build writes it', () => {
  it('names placeholders and numbers them by sorted name, so `t` can pass values without the catalog', () => {
    expect(toChromeMessage('{b} of {a}, {b}')).toEqual({ message: '$B$ of $A$, $B$', placeholders: { a: { content: '$1' }, b: { content: '$2' } } });
    expect(toChromeMessage('Costs $5')).toEqual({ message: 'Costs $$5' });
  });

  it('reads back to every catalog text in every language, placeholders filled', () => {
    for (const lang of LANGUAGES) {
      const source = catalogSource(lang);
      const json = localeMessages(CATALOG, lang);
      expect(Object.keys(json).sort()).toEqual(Object.keys(CATALOG).sort());
      for (const [key, message] of Object.entries(CATALOG)) {
        const names = placeholderNames(message[lang]);
        const filled = message[lang].replace(/\{([a-zA-Z0-9]+)\}/g, (_, name: string) => `<${name}>`);
        expect(
          source.getMessage(
            key,
            names.map((n) => `<${n}>`),
          ),
        ).toBe(filled);
      }
    }
  });

  it('t fills placeholders by name in any language, and shows an unknown key as itself', () => {
    setMessageSource(catalogSource('de'));
    expect(t('cmdTogglePanel')).toBe(CATALOG.cmdTogglePanel.de);
    expect(t('no_such_key' as MessageKey)).toBe('no_such_key');
  });

  it('a value holding `$` or `$$` comes through as written (messages.json reads `$$` as `$` only in the message)', () => {
    setMessageSource(catalogSource('en'));
    const [key, message] = Object.entries(CATALOG).find(([, m]) => placeholderNames(m.en).length === 1)!;
    const [name] = placeholderNames(message.en);
    expect(t(key as MessageKey, { [name!]: 'a$$b $1 $X$' })).toBe(message.en.replace(`{${name}}`, 'a$$$$b $1 $X$'));
  });

  it('tp picks the plural form with Intl.PluralRules in the UI language', () => {
    const plural = Object.keys(CATALOG).find((key) => key.endsWith('_one'))!;
    expect(plural).toBeDefined();
    const base = plural.slice(0, -4) as Parameters<typeof tp>[0];
    setMessageSource(catalogSource('en'));
    expect(tp(base, 1)).toBe(t(`${base}_one` as MessageKey, { count: 1 }));
    expect(tp(base, 2)).toBe(t(`${base}_other` as MessageKey, { count: 2 }));
  });
});
