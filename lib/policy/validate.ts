import { localizePolicyDoc } from './localize';
import { Policy } from './schema';

export interface PolicyProblem {
  /** JSON path of the offending value, e.g. `$.discount.rules[2].when.segment[0]`. */
  path: string;
  message: string;
}

export type PolicyResult =
  | {
      ok: true;
      /** In the language asked for: each translated text in it, else in English. */
      policy: Policy;
      /** Texts shown in English because the policy has no translation for the language (0 in English). */
      untranslated: number;
    }
  | { ok: false; problems: PolicyProblem[] };

/**
 * Validates a policy document in a language (a BCP 47 tag, e.g. the UI's): its translated texts are put in that
 * language first (./localize.ts), then every problem comes with its JSON path, or the typed policy.
 * @example validatePolicy({ schemaVersion: 2 }).ok // false
 * @example validatePolicy(doc, 'de').untranslated // 0 when every text has its German
 */
export function validatePolicy(doc: unknown, language = 'en'): PolicyResult {
  const localized = localizePolicyDoc(doc, language);
  const parsed = Policy.safeParse(localized.doc);
  if (parsed.success) return { ok: true, policy: parsed.data, untranslated: localized.missing };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })) };
}

/** `['a', 0, 'b']` → `$.a[0].b` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

/** One line per problem, for the CLI and the options page. */
export const formatProblems = (problems: PolicyProblem[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
