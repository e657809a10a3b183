import { formatProblems, validatePolicy, type Policy } from '../policy';

export type PolicyFileResult = { ok: true; doc: unknown; policy: Policy } | { ok: false; problems: string[] };

/**
 * Checks a policy file's text before it may replace the active policy: JSON first, then the schema. Every
 * problem names its JSON path. Nothing is stored unless this says ok.
 * @example checkPolicyFile('{"schemaVersion": 2}').ok // false
 */
export function checkPolicyFile(text: string): PolicyFileResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`Not valid JSON: ${(error as Error).message}`] };
  }
  const result = validatePolicy(doc);
  return result.ok ? { ok: true, doc, policy: result.policy } : { ok: false, problems: formatProblems(result.problems) };
}
