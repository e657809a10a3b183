import { isPresetId, PRESETS, validatePolicy, type Policy, type PolicyProblem } from '../policy';

/** The user's (local) choice of policy. */
export type PolicyChoice = { kind: 'preset'; id: string } | { kind: 'custom'; doc: unknown; fileName: string; importedAt: number };

export interface ActivePolicy {
  policy: Policy;
  /** Where it came from: shown next to its name and version everywhere. */
  source: 'admin' | 'imported' | 'preset';
  /** Problems with a policy that was refused (the active one is then the previous valid choice). */
  refused: { source: 'admin' | 'imported'; problems: PolicyProblem[] } | null;
}

const validated = new WeakMap<object, ReturnType<typeof validatePolicy>>();
const check = (doc: unknown) => {
  if (doc === null || typeof doc !== 'object') return validatePolicy(doc);
  let result = validated.get(doc);
  if (!result) validated.set(doc, (result = validatePolicy(doc)));
  return result;
};

/**
 * Picks the policy in force: the admin's (managed) policy when valid — else, when the admin's push is invalid, the
 * last one of theirs that was valid (`lastAdmin`) — else the user's import when valid, else the chosen preset, else
 * the default. An invalid policy never replaces a valid one; the refusal is reported.
 * @example resolvePolicy({ kind: 'preset', id: 'gitlab' }, {}).policy.id // 'gitlab'
 */
export function resolvePolicy(local: PolicyChoice, managed: { policy?: unknown; policyPreset?: string }, lastAdmin: unknown = null): ActivePolicy {
  let refused: ActivePolicy['refused'] = null;
  if (managed.policy !== undefined) {
    const result = check(managed.policy);
    if (result.ok) return { policy: result.policy, source: 'admin', refused: null };
    refused = { source: 'admin', problems: result.problems };
    const previous = lastAdmin === null ? null : check(lastAdmin);
    if (previous?.ok) return { policy: previous.policy, source: 'admin', refused };
  }
  if (managed.policyPreset && isPresetId(managed.policyPreset)) return { policy: PRESETS[managed.policyPreset], source: 'admin', refused };
  if (local.kind === 'custom') {
    const result = check(local.doc);
    if (result.ok) return { policy: result.policy, source: 'imported', refused };
    refused ??= { source: 'imported', problems: result.problems };
  }
  const id = local.kind === 'preset' && isPresetId(local.id) ? local.id : 'sourcegraph';
  return { policy: PRESETS[id], source: 'preset', refused };
}
