import { Policy } from './schema';

export interface PolicyProblem {
  /** JSON path of the offending value, e.g. `$.discount.rules[2].when.segment[0]`. */
  path: string;
  message: string;
}

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/**
 * Validates a policy document: every problem with its JSON path, or the typed policy.
 * @example validatePolicy({ schemaVersion: 2 }).ok // false
 */
export function validatePolicy(doc: unknown): PolicyResult {
  const parsed = Policy.safeParse(doc);
  if (parsed.success) return { ok: true, policy: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })) };
}

/** `['a', 0, 'b']` → `$.a[0].b` */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

/** One line per problem, for the CLI and the options page. */
export const formatProblems = (problems: PolicyProblem[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
