/**
 * The extension is reloaded (as an update does) while the tools' pages are open. The old content scripts lose
 * their extension: they must remove their UI, throw nothing onto the customer's page, and never stack a second
 * panel; the overlay comes back with the next page load.
 *
 * An update is an unload of the old version and a load of the new one. In headless Chromium with the extension
 * loaded from the command line, `chrome.runtime.reload()` (and chrome://extensions' own reload) never completes
 * while a tab runs one of its content scripts (checked: the extension stays unloaded for minutes), so the test
 * performs the two halves itself from chrome://extensions: chrome.management.setEnabled(false), then (true).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { useDemoBrowser } from './demo-browser';
import { spaNavigate } from './hardening-helpers';

/** The extension API, in pages and workers evaluated from the tests (types are not needed there). */
declare const chrome: any;

const demo = useDemoBrowser();
const accounts = demoAccounts(demoToday());
const sfPath = (i: number) => `/lightning/r/Account/${accounts[i]!.salesforceId}/view`;
/** Errors on the tools' pages that come from our content scripts. */
const ours: string[] = [];

function watchErrors(page: Page, name: string): void {
  const fromUs = (text: string, where: string) => where.startsWith('chrome-extension://') || /entitlement|extension context/i.test(text);
  page.on('pageerror', (error) => {
    if (fromUs(error.message, error.stack ?? '') || (error.stack ?? '').includes('chrome-extension://')) ours.push(`${name}: uncaught ${error.message}`);
  });
  page.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && fromUs(message.text(), message.location().url))
      ours.push(`${name}: console ${message.type()} ${message.text()}`);
  });
}

const panelName = (page: Page) => page.evaluate(() => document.querySelector('entitlement-lens-panel')?.shadowRoot?.querySelector('.el-panel h1')?.textContent ?? null);
const count = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);

/** Unloads (false) or loads (true) the extension from chrome://extensions, as an update's two halves do. */
async function setExtensionEnabled(enabled: boolean): Promise<void> {
  const page = await demo.browser.context.newPage();
  await page.goto('chrome://extensions');
  const back = enabled ? demo.browser.context.waitForEvent('serviceworker', { timeout: 30_000 }) : null;
  const error = await page.evaluate(
    ([id, on]) => new Promise<string | null>((resolve) => chrome.management.setEnabled(id, on, () => resolve(chrome.runtime.lastError?.message ?? null))),
    [demo.browser.extensionId, enabled] as const,
  );
  expect(error).toBeNull();
  await back;
  await page.close();
}

/** An update: the old version goes, then the new one comes. */
async function reloadExtension(): Promise<void> {
  await setExtensionEnabled(false);
  await setExtensionEnabled(true);
}

describe('reloading the extension while the tools’ pages are open', () => {
  let sf: Page;
  let zd: Page;

  it('before: the panel and a badge are up', async () => {
    sf = await demo.browser.context.newPage();
    watchErrors(sf, 'Salesforce');
    await sf.goto(`${demo.server.origin('acme.lightning.force.com')}${sfPath(2)}`);
    await expect.poll(() => panelName(sf), { timeout: 15_000 }).toBe(accounts[2]!.name);
    zd = await demo.browser.context.newPage();
    watchErrors(zd, 'Zendesk');
    await zd.goto(`${demo.server.origin('acme.zendesk.com')}/agent/tickets/1001`); // due within the hour: the badge ticks each second
    await expect.poll(() => zd.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBe(1);
  });

  it('the old content scripts take their UI away, throwing nothing', async () => {
    await setExtensionEnabled(false);
    await expect.poll(() => count(sf, 'entitlement-lens-panel'), { timeout: 5_000 }).toBe(0);
    await expect.poll(() => count(zd, 'entitlement-lens-badge, entitlement-lens-board'), { timeout: 5_000 }).toBe(0);
    await setExtensionEnabled(true);
    await sf.waitForTimeout(1_500);
    expect(await count(sf, 'entitlement-lens-panel')).toBe(0); // nothing orphaned came back with the new version
    expect(ours).toEqual([]);
  });

  it('client-side navigation on the old page never brings back a second (or an orphaned) panel', async () => {
    for (const i of [1, 0, 2]) {
      await spaNavigate(sf, sfPath(i));
      await sf.waitForTimeout(1_200); // past the old record watcher's 1 s poll
      expect(await count(sf, 'entitlement-lens-panel')).toBeLessThanOrEqual(1);
      expect(await count(sf, 'entitlement-lens-panel')).toBe(0); // the old script is gone; the new one is not injected until a load
    }
    expect(ours).toEqual([]);
  });

  it('the next page load brings the overlay back, once, working', async () => {
    await sf.reload();
    await expect.poll(() => panelName(sf), { timeout: 15_000 }).toBe(accounts[2]!.name);
    await spaNavigate(sf, sfPath(1));
    await expect.poll(() => panelName(sf), { timeout: 10_000 }).toBe(accounts[1]!.name);
    expect(await count(sf, 'entitlement-lens-panel')).toBe(1);
    await zd.reload();
    await expect.poll(() => zd.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBe(1);
    expect(await count(zd, 'entitlement-lens-board')).toBe(1);
  });

  it('a second reload in a row is handled the same way', async () => {
    await reloadExtension();
    await expect.poll(() => count(sf, 'entitlement-lens-panel'), { timeout: 5_000 }).toBe(0);
    await sf.goto(`${demo.server.origin('acme.lightning.force.com')}${sfPath(3)}`);
    await expect.poll(() => panelName(sf), { timeout: 15_000 }).toBe(accounts[3]!.name);
    expect(await count(sf, 'entitlement-lens-panel')).toBe(1);
  });

  it('no error from our content scripts on any page, nor from the extension', () => {
    expect(ours).toEqual([]);
    // The service worker that was reloaded away is not watched any more; the pages are.
    expect(demo.browser.errors.filter((e) => e.where !== 'service worker' && (e.source.startsWith('chrome-extension://') || /extension context/i.test(e.text)))).toEqual([]);
  });
});
