import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsApplier } from '../../lib/background/apply-settings';
import { isSettingsChange, type Settings } from '../../lib/settings/load';
import { accountCacheItem, customDomainsItem, panelCollapsedItem } from '../../lib/settings/storage';

/** A fresh copy of the settings module (its cache and listener are module state), as a new service worker has. */
async function freshSettingsModule() {
  vi.resetModules();
  return import('../../lib/background/settings');
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a change of settings applies at once, from the new settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a subscriber registered before the settings were ever read sees the domain the user just added (issue 10: it saw the old list)', async () => {
    const { onSettingsChanged, settings } = await freshSettingsModule();
    const seen: string[][] = [];
    // The order background.ts had: its listener first, the cache's own listener only at the first read.
    onSettingsChanged(() => void settings().then((s) => seen.push(s.customDomains.map((d) => d.host))));
    expect((await settings()).customDomains).toEqual([]);

    await customDomainsItem.setValue([{ host: 'crm.acme.example', tool: 'salesforce' }]);
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['crm.acme.example']));
  });

  it('writing the account cache or the panel state neither reloads the settings nor tells the subscribers', async () => {
    const { onSettingsChanged, settings } = await freshSettingsModule();
    const first = settings();
    const calls = vi.fn();
    onSettingsChanged(calls);
    await accountCacheItem.setValue({});
    await panelCollapsedItem.setValue(true);
    await flush();
    expect(calls).not.toHaveBeenCalled();
    expect(settings()).toBe(first);
  });

  it.each([
    [{ customDomains: {} }, 'local', true],
    [{ activePolicy: {} }, 'local', true],
    [{ accountCache: {} }, 'local', false],
    [{ panelCollapsed: {} }, 'local', false],
    [{ anything: {} }, 'managed', true],
    [{ customDomains: {} }, 'sync', false],
  ])('%o in %s storage is a change of settings: %s', (changes, area, expected) => {
    expect(isSettingsChange(changes, area)).toBe(expected);
  });
});

describe('what follows from the settings is applied one run at a time, from the newest settings', () => {
  const withDomains = (...hosts: string[]) =>
    ({ customDomains: hosts.map((host) => ({ host, tool: 'salesforce' })), directory: { url: null, refreshMinutes: 60 } }) as unknown as Settings;
  const effects = () => ({
    recogniseHosts: vi.fn(),
    syncCustomDomains: vi.fn(async (_domains: Settings['customDomains']) => {}),
    scheduleDirectory: vi.fn(async () => {}),
    warn: vi.fn(),
  });

  it('runs queued behind a slow one apply the latest settings, and unchanged domains are not registered again', async () => {
    let current = withDomains('a.example');
    const e = effects();
    let release = () => {};
    e.syncCustomDomains.mockImplementationOnce(() => new Promise<void>((resolve) => (release = resolve)));
    const apply = settingsApplier(async () => current, e);
    const first = apply();
    await vi.waitFor(() => expect(e.syncCustomDomains).toHaveBeenCalledTimes(1));
    // While the first registration is still running, the user adds a domain twice over.
    current = withDomains('a.example', 'b.example');
    const second = apply();
    const third = apply();
    release();
    await Promise.all([first, second, third]);
    expect(e.syncCustomDomains.mock.calls.map(([d]) => d.map((x) => x.host))).toEqual([['a.example'], ['a.example', 'b.example']]);
    expect(e.recogniseHosts).toHaveBeenLastCalledWith(current.customDomains);
    expect(e.scheduleDirectory).toHaveBeenCalledTimes(1);
  });

  it('a host granted elsewhere re-registers the scripts for the same list of domains', async () => {
    const e = effects();
    const apply = settingsApplier(async () => withDomains('a.example'), e);
    await apply();
    await apply({ permissions: true });
    expect(e.syncCustomDomains).toHaveBeenCalledTimes(2);
  });

  it('a failed registration is reported, and tried again at the next change', async () => {
    const e = effects();
    e.syncCustomDomains.mockRejectedValueOnce(new Error('Duplicate script ID'));
    const apply = settingsApplier(async () => withDomains('a.example'), e);
    await apply();
    expect(e.warn).toHaveBeenCalledWith('custom domains', expect.any(Error));
    await apply();
    expect(e.syncCustomDomains).toHaveBeenCalledTimes(2);
  });
});
