import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import sourcegraphDoc from '../../lib/policy/presets/sourcegraph.json';
import { parseManaged } from '../../lib/settings/managed-config';
import { loadSettings } from '../../lib/settings/load';
import { resolvePolicy } from '../../lib/settings/policy-source';
import { activePolicyItem, alertSettingsItem, customDomainsItem, directorySourceItem } from '../../lib/settings/storage';

const custom = (version: string) => ({ ...structuredClone(sourcegraphDoc), id: 'acme', name: 'Acme', version });
const broken = () => ({ ...custom('9.9.9'), discount: { rules: [] } });

describe('which policy is in force', () => {
  it('the default is the Sourcegraph preset', () => {
    expect(resolvePolicy({ kind: 'preset', id: 'sourcegraph' }, {})).toMatchObject({ source: 'preset', refused: null, policy: { id: 'sourcegraph' } });
  });
  it('an imported policy replaces the preset', () => {
    expect(resolvePolicy({ kind: 'custom', doc: custom('2.0.0'), fileName: 'acme.json', importedAt: 0 }, {})).toMatchObject({ source: 'imported', policy: { version: '2.0.0' } });
  });
  it('the admin’s policy wins over the local one', () => {
    const r = resolvePolicy({ kind: 'custom', doc: custom('2.0.0'), fileName: 'acme.json', importedAt: 0 }, { policy: custom('3.0.0') });
    expect(r).toMatchObject({ source: 'admin', policy: { version: '3.0.0' } });
  });
  it('an invalid admin policy is refused, reported, and never replaces the valid one', () => {
    const r = resolvePolicy({ kind: 'custom', doc: custom('2.0.0'), fileName: 'acme.json', importedAt: 0 }, { policy: broken() });
    expect(r.source).toBe('imported');
    expect(r.policy.version).toBe('2.0.0');
    expect(r.refused?.source).toBe('admin');
    expect(r.refused?.problems.map((p) => p.path)).toContain('$.discount.rules');
  });
  it('a tampered local policy falls back to the preset', () => {
    expect(resolvePolicy({ kind: 'custom', doc: broken(), fileName: 'x.json', importedAt: 0 }, {})).toMatchObject({ source: 'preset', refused: { source: 'imported' } });
  });
});

describe('managed configuration', () => {
  it('a missing managed store is no error', () => expect(parseManaged(undefined)).toEqual({ config: {}, problems: [] }));
  it('keeps the valid keys and names each invalid one', () => {
    const r = parseManaged({ directoryUrl: 'not a url', lockLocalChanges: true, colour: 'blue' });
    expect(r.config).toEqual({ lockLocalChanges: true });
    expect(r.problems).toEqual(['Managed key "directoryUrl": Invalid URL', 'Managed key "colour" is not known and was ignored']);
  });
});

describe('settings with managed storage (fakeBrowser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('alerts: the administrator’s keys over the agent’s, the rest the agent’s, the section marked as set by the admin', async () => {
    await alertSettingsItem.setValue({ thresholds: { sev1: [90], sev2: [45] }, quietHours: { start: '22:00', end: '07:00' } });
    expect((await loadSettings()).setByAdmin.has('alerts')).toBe(false);
    await fakeBrowser.storage.managed.set({ alerts: { thresholds: { sev1: [30, 10] }, atBreach: false } });
    const s = await loadSettings();
    expect(s.alerts.thresholds).toEqual({ sev1: [30, 10], sev2: [45], other: [60, 15] });
    expect(s.alerts.atBreach).toBe(false);
    expect(s.alerts.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(s.setByAdmin.has('alerts')).toBe(true);
  });
  it('alerts: an invalid local value (edited by hand in storage) is left out, and the defaults apply', async () => {
    await alertSettingsItem.setValue({ watchLimit: 1_000_000 } as never);
    expect((await loadSettings()).alerts.watchLimit).toBe(500);
  });
  it('a managed value wins over a local one, even one written straight into storage', async () => {
    await directorySourceItem.setValue({ url: 'https://local.example/accounts.json', refreshMinutes: 30 });
    await fakeBrowser.storage.managed.set({ directoryUrl: 'https://admin.example/accounts.csv' });
    const s = await loadSettings();
    expect(s.directory.url).toBe('https://admin.example/accounts.csv');
    expect(s.setByAdmin.has('directory')).toBe(true);
    expect(s.setByAdmin.has('customDomains')).toBe(false);
  });

  it('the admin’s policy cannot be overridden by a local import', async () => {
    await fakeBrowser.storage.managed.set({ policy: custom('5.0.0') });
    await activePolicyItem.setValue({ kind: 'custom', doc: custom('6.0.0'), fileName: 'mine.json', importedAt: 1 });
    const s = await loadSettings();
    expect(s.policy).toMatchObject({ source: 'admin', policy: { version: '5.0.0' } });
    expect(s.setByAdmin.has('policy')).toBe(true);
  });

  it('the lock makes every local value the default', async () => {
    await customDomainsItem.setValue([{ host: 'support.example.com', tool: 'zendesk' }]);
    await activePolicyItem.setValue({ kind: 'preset', id: 'gitlab' });
    await fakeBrowser.storage.managed.set({ lockLocalChanges: true });
    const s = await loadSettings();
    expect(s.locked).toBe(true);
    expect(s.customDomains).toEqual([]);
    expect(s.policy.policy.id).toBe('sourcegraph');
    expect(s.setByAdmin.size).toBe(9);
  });
});
