import { isPresetId, localizePolicyDoc, PRESETS, primaryLanguage, validatePolicy, type Policy, type PolicyProblem, type PolicyResult, type PresetId } from '../policy';

/** The user's (local) choice of policy. */
export type PolicyChoice = { kind: 'preset'; id: string } | { kind: 'custom'; doc: unknown; fileName: string; importedAt: number };

export interface ActivePolicy {
  /** In the UI's language where the policy carries translations, else in the handbook's English. */
  policy: Policy;
  /** Where it came from: shown next to its name and version everywhere. */
  source: 'admin' | 'imported' | 'preset';
  /** Problems with a policy that was refused (the active one is then the previous valid choice). */
  refused: { source: 'admin' | 'imported'; problems: PolicyProblem[] } | null;
  /**
   * Texts (names, reasons, notes) shown in English because the policy has no translation for the UI's language:
   * 0 in English; the shipped presets carry English only, so in German or Japanese every one of their texts counts.
   */
  untranslated: number;
}

/** Per document, per primary language: a document is validated once in each language it is shown in. */
const validated = new WeakMap<object, Map<string, PolicyResult>>();
const check = (doc: unknown, language: string): PolicyResult => {
  if (doc === null || typeof doc !== 'object') return validatePolicy(doc, language);
  let byLanguage = validated.get(doc);
  if (!byLanguage) validated.set(doc, (byLanguage = new Map()));
  let result = byLanguage.get(language);
  if (!result) byLanguage.set(language, (result = validatePolicy(doc, language)));
  return result;
};

/** A preset, as shipped (it carries English only), with how many of its texts stay English in `language`. */
const untranslatedPresets = new Map<string, number>();
const preset = (id: PresetId, language: string): Pick<ActivePolicy, 'policy' | 'untranslated'> => {
  const key = `${id} ${language}`;
  let untranslated = untranslatedPresets.get(key);
  if (untranslated === undefined) untranslatedPresets.set(key, (untranslated = localizePolicyDoc(PRESETS[id], language).missing));
  return { policy: PRESETS[id], untranslated };
};

/**
 * Picks the policy in force: the admin's (managed) policy when valid — else, when the admin's push is invalid, the
 * last one of theirs that was valid (`lastAdmin`) — else the user's import when valid, else the chosen preset, else
 * the default. An invalid policy never replaces a valid one; the refusal is reported. Its texts are in `language`
 * (a BCP 47 tag, the UI's) where the policy translates them, else in English, and `untranslated` counts the latter.
 * @example resolvePolicy({ kind: 'preset', id: 'gitlab' }, {}).policy.id // 'gitlab'
 * @example resolvePolicy({ kind: 'preset', id: 'gitlab' }, {}, null, 'de').untranslated // > 0: the presets are English only
 */
export function resolvePolicy(local: PolicyChoice, managed: { policy?: unknown; policyPreset?: string }, lastAdmin: unknown = null, language = 'en'): ActivePolicy {
  const lang = primaryLanguage(language);
  let refused: ActivePolicy['refused'] = null;
  if (managed.policy !== undefined) {
    const result = check(managed.policy, lang);
    if (result.ok) return { policy: result.policy, source: 'admin', refused: null, untranslated: result.untranslated };
    refused = { source: 'admin', problems: result.problems };
    const previous = lastAdmin === null ? null : check(lastAdmin, lang);
    if (previous?.ok) return { policy: previous.policy, source: 'admin', refused, untranslated: previous.untranslated };
  }
  if (managed.policyPreset && isPresetId(managed.policyPreset)) return { ...preset(managed.policyPreset, lang), source: 'admin', refused };
  if (local.kind === 'custom') {
    const result = check(local.doc, lang);
    if (result.ok) return { policy: result.policy, source: 'imported', refused, untranslated: result.untranslated };
    refused ??= { source: 'imported', problems: result.problems };
  }
  const id = local.kind === 'preset' && isPresetId(local.id) ? local.id : 'sourcegraph';
  return { ...preset(id, lang), source: 'preset', refused };
}
