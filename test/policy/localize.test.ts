import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource } from '../../lib/i18n/t';
import gitlabDoc from '../../lib/policy/presets/gitlab.json';
import sourcegraphDoc from '../../lib/policy/presets/sourcegraph.json';
import { parseAccount } from '../../lib/parse';
import { formatProblems, localizePolicyDoc, PRESETS, primaryLanguage, textPaths, validatePolicy, type Policy } from '../../lib/policy';
import { loadSettings } from '../../lib/settings/load';
import { resolvePolicy } from '../../lib/settings/policy-source';

type Doc = Record<string, unknown>;

/** The GitLab preset with its first offering's name and its discount rule's reason translated into German and Japanese. */
function translated(): Doc {
  const doc = structuredClone(gitlabDoc) as Doc & { offerings: Doc[]; discount: { rules: Doc[] } };
  doc.offerings[0]!.name = { en: 'Discovery Engagement', de: 'Discovery-Workshop', ja: 'ディスカバリー・エンゲージメント' };
  doc.discount.rules[0]!.reason = {
    en: 'Discounts may be offered with approval from the Director of Customer Success',
    de: 'Rabatte sind mit Zustimmung des Director of Customer Success möglich',
    ja: 'カスタマーサクセス担当ディレクターの承認があれば割引できます',
  };
  return doc;
}

const policyIn = (doc: unknown, language?: string): { policy: Policy; untranslated: number } => {
  const result = validatePolicy(doc, language);
  if (!result.ok) throw new Error(formatProblems(result.problems).join('\n'));
  return result;
};

/** How many texts a document has: in a language it has no translation for, each one is shown in English. */
const textCount = (doc: unknown) => localizePolicyDoc(doc, 'fr').missing;

/** The first place in `doc` a path of `textPaths()` (`$.offerings[].name`) names, as a concrete path and its parent. */
function firstAt(doc: unknown, path: string): { path: string; parent: Doc | unknown[]; key: string | number } | null {
  const steps = path
    .slice(1)
    .split(/(?=\.|\[\])/)
    .map((s) => (s === '[]' ? null : s.slice(1)));
  const find = (value: unknown, i: number, at: string): ReturnType<typeof firstAt> => {
    const step = steps[i];
    if (step === null) {
      if (!Array.isArray(value)) return null;
      for (let j = 0; j < value.length; j++) {
        const found = i === steps.length - 1 ? { path: `${at}[${j}]`, parent: value, key: j } : find(value[j], i + 1, `${at}[${j}]`);
        if (found) return found;
      }
      return null;
    }
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, step!)) return null;
    if (i === steps.length - 1) return { path: `${at}.${step}`, parent: value as Doc, key: step! };
    return find((value as Doc)[step!], i + 1, `${at}.${step}`);
  };
  return find(doc, 0, '$');
}
const setAt = (at: { parent: Doc | unknown[]; key: string | number }, value: unknown) => ((at.parent as Doc)[at.key as string] = value);
const getAt = (doc: unknown, path: string): unknown => {
  const at = firstAt(doc, path);
  return at && (at.parent as Doc)[at.key as string];
};

describe('a policy may carry translations', () => {
  it('gives each translated text in the UI’s language: German, Japanese, English', () => {
    const doc = translated();
    const de = policyIn(doc, 'de').policy;
    expect(de.offerings[0]!.name).toBe('Discovery-Workshop');
    expect(de.discount.rules[0]!.reason).toBe('Rabatte sind mit Zustimmung des Director of Customer Success möglich');
    expect(de.offerings[1]!.name).toBe('Training & Education'); // not translated: the handbook's English

    const ja = policyIn(doc, 'ja').policy;
    expect(ja.offerings[0]!.name).toBe('ディスカバリー・エンゲージメント');
    expect(ja.discount.rules[0]!.reason).toBe('カスタマーサクセス担当ディレクターの承認があれば割引できます');

    for (const language of ['en', 'en-US', undefined]) {
      const en = policyIn(doc, language);
      expect(en.policy.offerings[0]!.name).toBe('Discovery Engagement');
      expect(en.policy.discount.rules[0]!.reason).toBe('Discounts may be offered with approval from the Director of Customer Success');
      expect(en.untranslated).toBe(0);
    }
  });

  it('the primary subtag decides: de-AT and ja-JP read de and ja', () => {
    expect(policyIn(translated(), 'de-AT').policy.offerings[0]!.name).toBe('Discovery-Workshop');
    expect(policyIn(translated(), 'ja-JP').policy.offerings[0]!.name).toBe('ディスカバリー・エンゲージメント');
    expect(['de-AT', 'DE', 'ja_JP', 'en-GB', '', 'x-private', 'zh-Hant-TW'].map(primaryLanguage)).toEqual(['de', 'de', 'ja', 'en', 'en', 'en', 'zh']);
  });

  it('a language the policy does not carry falls back to English, and each such text is counted', () => {
    const doc = translated();
    const fr = policyIn(doc, 'fr');
    expect(fr.policy.offerings[0]!.name).toBe('Discovery Engagement');
    expect(fr.policy.discount.rules[0]!.reason).toBe('Discounts may be offered with approval from the Director of Customer Success');
    expect(fr.untranslated).toBe(textCount(doc));
    expect(fr.untranslated).toBeGreaterThan(2);
    // German and Japanese: every text but the two translated ones.
    expect(policyIn(doc, 'de').untranslated).toBe(fr.untranslated - 2);
    expect(policyIn(doc, 'ja').untranslated).toBe(fr.untranslated - 2);
  });

  it('an empty translation falls back to English, and counts', () => {
    const doc = translated() as { offerings: Doc[] };
    doc.offerings[0]!.name = { en: 'Discovery Engagement', de: '' };
    const de = policyIn(doc, 'de');
    expect(de.policy.offerings[0]!.name).toBe('Discovery Engagement');
    expect(de.untranslated).toBe(textCount(doc) - 1);
  });

  it('a translated package name keeps every spelling as an alias: a CRM’s packages read the same in every language', () => {
    const doc = structuredClone(sourcegraphDoc) as Doc & { packages: Doc[] };
    doc.packages[0]!.name = { en: 'Slack Support', de: 'Slack-Support', ja: 'Slack サポート' };
    const raw = { segment: 'Enterprise', packages: 'Slack Support; Slack-Support; Slack サポート; Slack AM' };
    const read = (language: string) => {
      const { policy } = policyIn(doc, language);
      return parseAccount(raw, { catalogue: policy.packages });
    };
    const en = read('en');
    expect(en.account.packages).toEqual(['slack-support', 'slack-account-management']);
    expect(en.unrecognizedPackages).toEqual([]);
    for (const language of ['de', 'ja', 'fr']) expect(read(language)).toEqual(en);
    expect(policyIn(doc, 'de').policy.packages[0]).toMatchObject({
      name: 'Slack-Support',
      aliases: ['Slack Support Package', 'Support via Slack', 'Slack Support', 'Slack サポート'],
    });
    expect((doc.packages[0]!.aliases as string[]).length).toBe(2); // the input is left as it was
  });

  it('leaves the document it was given as it was', () => {
    const doc = translated();
    const before = structuredClone(doc);
    policyIn(doc, 'de');
    expect(doc).toEqual(before);
    // With nothing to replace, the document is the same object.
    expect(localizePolicyDoc(gitlabDoc, 'de').doc).toBe(gitlabDoc);
  });

  it('every text the schema marks may be translated, and none of the citations, ids or matched words may', () => {
    expect(textPaths()).toEqual([
      '$.name',
      '$.offerings[].name',
      '$.offerings[].profile.reason',
      '$.offerings[].description',
      '$.packages[].name',
      '$.packages[].details.accessGranted[]',
      '$.packages[].details.servicesPerformed[]',
      '$.packages[].details.customerResources[]',
      '$.discount.approvers[]',
      '$.discount.approvalNote',
      '$.discount.rules[].reason',
      '$.slack.rights.support.label',
      '$.slack.rights.accountManagement.label',
      '$.slack.optOut.note',
      '$.implementation.mandatoryWhen[].reason',
      '$.implementation.exemptBy',
      '$.implementation.dedicatedTa.reason',
      '$.sla.calendars[].name',
      '$.sla.targets[].label',
      '$.sla.targets[].calendarWhen[].reason',
      '$.sla.customAgreementNote',
      '$.sla.commitments[].maintenance[]',
    ]);
    for (const path of ['$.offerings[].section', '$.source', '$.packages[].aliases[]', '$.sla.pausedStatuses[]', '$.offerings[].id']) {
      const doc = structuredClone(sourcegraphDoc);
      const at = firstAt(doc, path)!;
      setAt(at, { en: 'Text', de: 'Text' });
      expect(validatePolicy(doc, 'de')).toMatchObject({ ok: false, problems: [{ path: at.path }] });
    }
  });

  it.each(textPaths())('%s: translated, it reads in German; without its English, it is refused with its path', (path) => {
    const doc = structuredClone(sourcegraphDoc);
    const at = firstAt(doc, path);
    expect(at, `the Sourcegraph preset has a ${path}`).not.toBeNull();
    setAt(at!, { en: 'In English', de: 'Auf Deutsch', ja: '日本語で' });
    expect(getAt(policyIn(doc, 'de').policy, path)).toBe('Auf Deutsch');
    expect(getAt(policyIn(doc, 'en').policy, path)).toBe('In English');

    setAt(at!, { de: 'Auf Deutsch', ja: '日本語で' });
    for (const language of ['en', 'de', 'ja']) {
      const result = validatePolicy(doc, language);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(formatProblems(result.problems)).toEqual([`${at!.path}: a translated text needs its English ("en")`]);
    }
  });

  it('refuses a translations object without English, naming the path', () => {
    const doc = translated() as { offerings: Doc[] };
    doc.offerings[2]!.name = { de: 'Migrationsdienste', ja: '移行サービス' };
    const result = validatePolicy(doc, 'de');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(formatProblems(result.problems)).toContain('$.offerings[2].name: a translated text needs its English ("en")');
  });

  it('refuses a key that is not a language and a translation that is not a string, naming the path', () => {
    for (const name of [
      { en: 'Migration', 'de-CH': 'Migration' },
      { en: 'Migration', de: 42 },
      { en: 'Migration', German: 'Migration' },
    ]) {
      const doc = translated() as { offerings: Doc[] };
      doc.offerings[2]!.name = name;
      const result = validatePolicy(doc, 'de');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(formatProblems(result.problems)).toEqual(['$.offerings[2].name: a translated text maps primary language codes ("en", "de", "ja") to strings']);
    }
    // And an empty English is as empty as an empty string.
    const doc = translated() as { offerings: Doc[] };
    doc.offerings[2]!.name = { en: '', de: 'Migration' };
    expect(validatePolicy(doc, 'en')).toMatchObject({ ok: false, problems: [{ path: '$.offerings[2].name' }] });
  });
});

describe('junk is left for the schema to judge, never thrown on', () => {
  it('whole documents of anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('en', 'de', 'ja', 'fr', 'de-AT', ''), (doc, language) => {
        const localized = localizePolicyDoc(doc, language);
        expect(localized.missing).toBeGreaterThanOrEqual(0);
        expect(validatePolicy(doc, language).ok).toBe(false);
      }),
      { numRuns: 500, seed: 20261201 },
    );
  });

  it('anything in a text’s place: a translations object is read, anything else is left as it is', () => {
    const paths = textPaths();
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('en', 'de', 'ja', 'xx-YY', '__proto__'), fc.anything())), (path, value) => {
        const doc = structuredClone(sourcegraphDoc);
        const at = firstAt(doc, path)!;
        setAt(at, value);
        const { doc: out } = localizePolicyDoc(doc, 'de');
        const isTranslations =
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          typeof (value as Doc).en === 'string' &&
          Object.entries(value).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string');
        if (!isTranslations) expect(getAt(out, path)).toBe(value);
        else expect(typeof getAt(out, path)).toBe('string');
        const result = validatePolicy(doc, 'de');
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 1_000, seed: 20261202 },
    );
  });

  it('a few by hand, and a hostile object', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    for (const doc of [
      null,
      undefined,
      42,
      'policy',
      [],
      {},
      { offerings: 'x' },
      { offerings: [null, 1, { name: { en: 1 } }] },
      { name: [{ en: 'x' }] },
      { name: hostile },
      hostile,
    ]) {
      expect(() => localizePolicyDoc(doc, 'de')).not.toThrow();
    }
    expect(localizePolicyDoc({ offerings: [null, 1, { name: { en: 1 } }] }, 'de')).toEqual({ doc: { offerings: [null, 1, { name: { en: 1 } }] }, missing: 0 });
    expect(validatePolicy({ ...structuredClone(gitlabDoc), name: ['GitLab'] }, 'de')).toMatchObject({ ok: false, problems: [{ path: '$.name' }] });
  });
});

describe('the shipped presets carry English only', () => {
  it('in German or Japanese their texts are shown in English and counted; in English none are', () => {
    for (const [id, doc] of [
      ['sourcegraph', sourcegraphDoc],
      ['gitlab', gitlabDoc],
    ] as const) {
      const total = textCount(doc);
      expect(total).toBeGreaterThan(0);
      expect(policyIn(doc, 'de').untranslated).toBe(total);
      expect(policyIn(doc, 'ja').untranslated).toBe(total);
      expect(policyIn(doc, 'en').untranslated).toBe(0);
      expect(policyIn(doc, 'de').policy).toEqual(PRESETS[id]);

      expect(resolvePolicy({ kind: 'preset', id }, {}, null, 'de')).toMatchObject({ source: 'preset', untranslated: total });
      expect(resolvePolicy({ kind: 'preset', id }, {}, null, 'ja-JP')).toMatchObject({ source: 'preset', untranslated: total });
      expect(resolvePolicy({ kind: 'preset', id }, {}, null, 'en-US')).toMatchObject({ source: 'preset', untranslated: 0 });
      expect(resolvePolicy({ kind: 'preset', id }, {})).toMatchObject({ source: 'preset', untranslated: 0 });
      expect(resolvePolicy({ kind: 'preset', id: 'sourcegraph' }, { policyPreset: id }, null, 'de')).toMatchObject({ source: 'admin', untranslated: total });
      expect(resolvePolicy({ kind: 'preset', id }, {}, null, 'de').policy).toBe(PRESETS[id]);
    }
  });
});

describe('resolvePolicy', () => {
  it('validates a document once per language: the same document in two languages gives two policies', () => {
    const doc = translated();
    const choice = { kind: 'custom' as const, doc, fileName: 'gitlab-de-ja.json', importedAt: 0 };
    const de = resolvePolicy(choice, {}, null, 'de');
    const ja = resolvePolicy(choice, {}, null, 'ja');
    expect(de.policy.offerings[0]!.name).toBe('Discovery-Workshop');
    expect(ja.policy.offerings[0]!.name).toBe('ディスカバリー・エンゲージメント');
    expect(de.policy).not.toBe(ja.policy);
    expect(resolvePolicy(choice, {}).policy.offerings[0]!.name).toBe('Discovery Engagement');
    // Cached: the same language (by its primary subtag) gives the same policy object.
    expect(resolvePolicy(choice, {}, null, 'de').policy).toBe(de.policy);
    expect(resolvePolicy(choice, {}, null, 'de-CH').policy).toBe(de.policy);
    expect(resolvePolicy(choice, {}, null, 'ja').policy).toBe(ja.policy);
    expect(de.untranslated).toBe(textCount(doc) - 2);
  });

  it('the administrator’s policy, and their last valid one when a push is refused, come in the language too', () => {
    const admin = { ...translated(), version: '5.0.0' };
    const ja = resolvePolicy({ kind: 'preset', id: 'gitlab' }, { policy: admin }, null, 'ja');
    expect(ja).toMatchObject({ source: 'admin', refused: null, untranslated: textCount(admin) - 2 });
    expect(ja.policy.offerings[0]!.name).toBe('ディスカバリー・エンゲージメント');

    const pushed = translated() as { offerings: Doc[] };
    pushed.offerings[2]!.name = { de: 'Nur Deutsch' };
    const de = resolvePolicy({ kind: 'preset', id: 'gitlab' }, { policy: pushed }, admin, 'de');
    expect(de).toMatchObject({
      source: 'admin',
      refused: { source: 'admin', problems: [{ path: '$.offerings[2].name', message: 'a translated text needs its English ("en")' }] },
      policy: { version: '5.0.0' },
      untranslated: textCount(admin) - 2,
    });
    expect(de.policy.offerings[0]!.name).toBe('Discovery-Workshop');
  });
});

describe('loadSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows the policy in the browser’s UI language', async () => {
    await fakeBrowser.storage.managed.set({ policy: translated() });
    setMessageSource(catalogSource('de'));
    const de = (await loadSettings()).policy;
    expect(de).toMatchObject({ source: 'admin', untranslated: textCount(translated()) - 2 });
    expect(de.policy.offerings[0]!.name).toBe('Discovery-Workshop');
    setMessageSource(catalogSource('en'));
    const en = (await loadSettings()).policy;
    expect(en).toMatchObject({ source: 'admin', untranslated: 0 });
    expect(en.policy.offerings[0]!.name).toBe('Discovery Engagement');
  });
});
