import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importDirectoryText, syncDirectoryUrl } from '../../lib/directory/sync';
import { openDirectory } from '../../lib/directory/store';
import sourcegraphDoc from '../../lib/policy/presets/sourcegraph.json';
import { PRESETS, validatePolicy } from '../../lib/policy';
import { loadSettings } from '../../lib/settings/load';
import { checkPolicyFile } from '../../lib/settings/policy-file';
import { resolvePolicy, type PolicyChoice } from '../../lib/settings/policy-source';
import { activePolicyItem, lastAdminPolicyItem } from '../../lib/settings/storage';

// An invalid policy never replaces a valid one, from any source: an imported file, the administrator's managed
// storage (even after a valid one was in force), or extension storage edited by hand; and a directory file that
// cannot be read never replaces the directory that was there.
const custom = (version: string, name = 'Acme') => ({ ...structuredClone(sourcegraphDoc), id: name.toLowerCase(), name, version });
const broken = (version = '9.9.9') => ({ ...custom(version), discount: { rules: [] } });
const NOW = Date.UTC(2026, 10, 22, 12);

/** Documents that are mostly a policy: the preset with one part removed or replaced by anything. */
const damaged = fc.tuple(fc.constantFrom(...Object.keys(sourcegraphDoc)), fc.oneof(fc.anything(), fc.constant(undefined))).map(([key, value]) => {
  const doc: Record<string, unknown> = custom('3.0.0');
  if (value === undefined) delete doc[key];
  else doc[key] = value;
  return doc;
});
const anyDoc = fc.oneof(damaged, fc.constant(custom('4.0.0', 'Valid')), fc.anything());
const localChoice: fc.Arbitrary<PolicyChoice> = fc.oneof(
  fc.record({ kind: fc.constant('preset' as const), id: fc.constantFrom('sourcegraph', 'gitlab', 'nope', '__proto__') }),
  anyDoc.map((doc) => ({ kind: 'custom' as const, doc, fileName: 'x.json', importedAt: 0 })),
);

describe('the policy in force is always a valid one', () => {
  it('whatever the admin pushed, the user imported and storage holds, the result validates and no invalid document is ever in force', () => {
    fc.assert(
      fc.property(localChoice, fc.option(anyDoc, { nil: undefined }), fc.option(anyDoc, { nil: null }), (local, managedPolicy, lastAdmin) => {
        const r = resolvePolicy(local, { policy: managedPolicy }, lastAdmin);
        expect(validatePolicy(r.policy).ok).toBe(true);
        const valid = (doc: unknown) => doc !== undefined && doc !== null && validatePolicy(doc).ok;
        if (valid(managedPolicy)) expect(r).toMatchObject({ source: 'admin', refused: null });
        if (managedPolicy !== undefined && !valid(managedPolicy)) {
          expect(r.refused?.source).toBe('admin');
          expect(r.source).toBe(valid(lastAdmin) ? 'admin' : r.source);
        }
        if (r.source === 'imported') expect(local.kind === 'custom' && valid(local.doc)).toBe(true);
        if (r.source === 'preset') expect(Object.values(PRESETS)).toContain(r.policy);
      }),
      { numRuns: 3_000, seed: 20261125 },
    );
  });

  it('an imported file is stored only once it validates: any text either passes whole or is refused with problems', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          damaged.map((d) => JSON.stringify(d)),
          fc.string(),
          fc.json(),
        ),
        (text) => {
          const r = checkPolicyFile(text);
          if (r.ok) expect(validatePolicy(r.doc).ok).toBe(true);
          else expect(r.problems.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3_000, seed: 20261125 },
    );
  });
});

describe('managed storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a broken push after a valid one keeps the admin’s valid policy in force, and says so', async () => {
    await activePolicyItem.setValue({ kind: 'custom', doc: custom('2.0.0', 'Local'), fileName: 'local.json', importedAt: 1 });
    await fakeBrowser.storage.managed.set({ policy: custom('5.0.0', 'Admin') });
    expect((await loadSettings()).policy).toMatchObject({ source: 'admin', policy: { name: 'Admin', version: '5.0.0' } });

    await fakeBrowser.storage.managed.set({ policy: broken('6.0.0') });
    const s = await loadSettings();
    expect(s.policy).toMatchObject({ source: 'admin', policy: { name: 'Admin', version: '5.0.0' }, refused: { source: 'admin' } });
    expect(s.managedProblems.join('\n')).toContain('Admin 5.0.0 stays in force');
    expect(s.setByAdmin.has('policy')).toBe(true);
  });

  it('the first push being broken leaves the local (or preset) policy in force, reported', async () => {
    await fakeBrowser.storage.managed.set({ policy: broken() });
    const s = await loadSettings();
    expect(s.policy).toMatchObject({ source: 'preset', policy: { id: 'sourcegraph' }, refused: { source: 'admin' } });
    expect(s.managedProblems.join('\n')).toContain('refused');
  });

  it('a withdrawn admin policy is forgotten: a later broken push does not bring it back', async () => {
    await fakeBrowser.storage.managed.set({ policy: custom('5.0.0', 'Admin') });
    await loadSettings();
    await fakeBrowser.storage.managed.clear();
    expect((await loadSettings()).policy.source).toBe('preset');
    await fakeBrowser.storage.managed.set({ policy: broken() });
    expect((await loadSettings()).policy).toMatchObject({ source: 'preset', policy: { id: 'sourcegraph' } });
  });

  it('an invalid policy written straight into extension storage (the local choice) never comes into force', async () => {
    await activePolicyItem.setValue({ kind: 'custom', doc: broken(), fileName: 'tampered.json', importedAt: 1 });
    expect((await loadSettings()).policy).toMatchObject({ source: 'preset', refused: { source: 'imported' } });
    await activePolicyItem.setValue({ kind: 'preset', id: 'no-such-preset' });
    expect((await loadSettings()).policy.policy.id).toBe('sourcegraph');
  });

  it('a remembered admin policy edited by hand into something invalid is refused too', async () => {
    await lastAdminPolicyItem.setValue(broken('7.0.0'));
    await fakeBrowser.storage.managed.set({ policy: broken('8.0.0') });
    expect((await loadSettings()).policy).toMatchObject({ source: 'preset', policy: { id: 'sourcegraph' } });
  });

  it('a valid managed policy cannot be overridden by editing local storage (the remembered one included)', async () => {
    await fakeBrowser.storage.managed.set({ policy: custom('5.0.0', 'Admin') });
    await lastAdminPolicyItem.setValue(custom('9.0.0', 'Mine'));
    await activePolicyItem.setValue({ kind: 'custom', doc: custom('9.0.0', 'Mine'), fileName: 'mine.json', importedAt: 1 });
    expect((await loadSettings()).policy).toMatchObject({ source: 'admin', policy: { name: 'Admin', version: '5.0.0' } });
  });
});

describe('the directory', () => {
  let counter = 0;
  it('a file nothing can be read from never replaces the directory that was there, from a file or from the URL', async () => {
    const policy = PRESETS.sourcegraph;
    await importDirectoryText('Account Name,Segment\nInitech,MM\nGlobex,ENT', 'import', policy, NOW);
    await importDirectoryText('Account Name,Segment\nHooli,Strategic', 'url', policy, NOW);
    for (const garbage of ['', 'not,a,directory', '{"accounts": 1}', '[', '\u0000\u0001']) {
      const record = await importDirectoryText(garbage, 'import', policy, NOW + ++counter);
      expect(record.ok).toBe(false);
      expect(record.message).toContain('the previous directory was kept');
    }
    const failing = (status: number, body: string) => async () => new Response(body, { status });
    expect((await syncDirectoryUrl('https://directory.example/accounts.csv', policy, NOW, failing(500, 'oops'))).message).toContain('the previous directory was kept');
    expect((await syncDirectoryUrl('https://directory.example/accounts.csv', policy, NOW, failing(200, '<html>login</html>'))).ok).toBe(false);
    const db = await openDirectory();
    expect((await db.all()).map((e) => e.name).sort()).toEqual(['Globex', 'Hooli', 'Initech']);
    db.close();
  });
});
