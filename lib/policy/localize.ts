/**
 * A policy may carry translations: wherever it has a text a user reads (a name, a reason, a note, a label; the
 * schema marks them, ./schema.ts `Text`), a policy file may give `{ "en": "…", "de": "…", "ja": "…" }` instead of a
 * string. Before validation each is replaced by the text in the UI's language, else its English, and the texts shown
 * in English to a user of another language are counted, so the panel can say the policy is not translated.
 */
import { isTextSchema, Policy } from './schema';

/** A BCP 47 primary language subtag, the only keys a translations object has: `en`, `de`, `ja`, `pt`. */
const LANGUAGE = /^[a-z]{2,3}$/;

/** The primary language of a BCP 47 tag, lower case; English when there is none. @example primaryLanguage('de-AT') // 'de' */
export function primaryLanguage(language: string): string {
  const primary = (typeof language === 'string' ? language : '').trim().split(/[-_]/)[0]!.toLowerCase();
  return LANGUAGE.test(primary) ? primary : 'en';
}

/** Where the texts are in a policy document, found once from the schema. */
type TextTree = { kind: 'text' } | { kind: 'object'; fields: Array<[string, TextTree]> } | { kind: 'array'; element: TextTree };

/** The parts of a zod definition the walk reads (zod 4 `schema.def`). */
interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
}
const defOf = (schema: unknown): Def => ((schema as { def?: Def } | null)?.def ?? {}) as Def;

function textTree(schema: unknown): TextTree | null {
  if (isTextSchema(schema)) return { kind: 'text' };
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return textTree(def.innerType);
    case 'array': {
      const element = textTree(def.element);
      return element && { kind: 'array', element };
    }
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).flatMap(([key, field]): Array<[string, TextTree]> => {
        const tree = textTree(field);
        return tree ? [[key, tree]] : [];
      });
      return fields.length ? { kind: 'object', fields } : null;
    }
    default:
      return null;
  }
}

let tree: TextTree | null | undefined;
const policyTexts = (): TextTree | null => (tree === undefined ? (tree = textTree(Policy)) : tree);

/**
 * The JSON paths of every text a policy may translate, `[]` for each array element.
 * @example textPaths() // ['$.name', '$.offerings[].name', …]
 */
export function textPaths(): string[] {
  const out: string[] = [];
  const walk = (node: TextTree | null, path: string) => {
    if (node?.kind === 'text') out.push(path);
    else if (node?.kind === 'array') walk(node.element, `${path}[]`);
    else if (node?.kind === 'object') for (const [key, field] of node.fields) walk(field, `${path}.${key}`);
  };
  walk(policyTexts(), '$');
  return out;
}

type Translations = { en: string } & Record<string, string>;

/** A translations object as a policy file writes it: its English, and only language codes mapped to strings. */
export function isTranslations(value: unknown): value is Translations {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (typeof (value as Record<string, unknown>).en !== 'string') return false;
  return Object.entries(value).every(([key, text]) => LANGUAGE.test(key) && typeof text === 'string');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Localized {
  /** The document with each translations object replaced by one text; the same object when nothing was replaced. */
  doc: unknown;
  /** Texts shown in English although the language is another: a string, or a translations object without it (0 in English). */
  missing: number;
}

/**
 * The policy document in `language` (a BCP 47 tag; its primary subtag decides): each translations object becomes
 * the text in that language, else its English. Anything else is left as it is, for the schema to judge; the input is
 * never changed and nothing throws.
 * @example localizePolicyDoc({ name: { en: 'Support', de: 'Unterstützung' } }, 'de-AT') // { doc: { name: 'Unterstützung' }, missing: 0 }
 */
export function localizePolicyDoc(doc: unknown, language: string): Localized {
  const lang = primaryLanguage(language);
  let missing = 0;
  const text = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (lang !== 'en') missing++;
      return value;
    }
    if (!isTranslations(value)) return value;
    const own = Object.hasOwn(value, lang) ? value[lang] : undefined;
    if (own) return own;
    if (lang !== 'en') missing++;
    return value.en;
  };
  const walk = (value: unknown, node: TextTree): unknown => {
    if (node.kind === 'text') return text(value);
    if (node.kind === 'array') {
      if (!Array.isArray(value)) return value;
      let copy: unknown[] | null = null;
      value.forEach((item: unknown, i) => {
        const next = walk(item, node.element);
        if (next !== item) (copy ??= [...value])[i] = next;
      });
      return copy ?? value;
    }
    if (!isRecord(value)) return value;
    let copy: Record<string, unknown> | null = null;
    for (const [key, field] of node.fields) {
      if (!Object.hasOwn(value, key)) continue;
      const next = walk(value[key], field);
      if (next !== value[key]) (copy ??= { ...value })[key] = next;
    }
    return copy ?? value;
  };
  const texts = policyTexts();
  if (!texts) return { doc, missing: 0 };
  try {
    const out = walk(doc, texts);
    keepPackageSpellings(doc, out);
    return { doc: out, missing };
  } catch {
    // Only a hostile object (a throwing getter, a revoked proxy) gets here: the schema judges it as it is.
    return { doc, missing: 0 };
  }
}

/**
 * A package's name is also a spelling a CRM lists it by (lib/parse/packages.ts matches names and aliases): every
 * spelling of a translated name stays one of its aliases, so an account's packages read the same in every language.
 * Changes only packages the walk copied (their name was a translations object), never the input.
 */
function keepPackageSpellings(doc: unknown, out: unknown): void {
  if (!isRecord(doc) || !isRecord(out) || !Array.isArray(doc.packages) || !Array.isArray(out.packages)) return;
  const localized = out.packages;
  doc.packages.forEach((pkg: unknown, i) => {
    const copy: unknown = localized[i];
    if (!isRecord(pkg) || !isRecord(copy) || copy === pkg || !isTranslations(pkg.name) || !Array.isArray(pkg.aliases)) return;
    const aliases: unknown[] = pkg.aliases;
    const spellings = [...new Set(Object.values(pkg.name))].filter((s) => s !== '' && s !== copy.name && !aliases.includes(s));
    if (spellings.length) copy.aliases = [...aliases, ...spellings];
  });
}
