/**
 * The administrator's side, with a real policy file read by a real Chromium (not the fake managed store of the unit
 * tests): the README's admin section points here as the worked example. Skipped, with its one-line reason, when not
 * root.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { startDemoServer, type DemoServer } from '../demo/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { cannotWritePolicies, removeStalePolicies, writeChromiumPolicy } from './enterprise-policy';

const reason = cannotWritePolicies();
if (reason) console.warn(`enterprise-policy.e2e: ${reason}`);

/** What the admin pushes: the GitLab preset, a directory refresh, and one invalid key (watchLimit's maximum is 1,000). */
const MANAGED = { policyPreset: 'gitlab', directoryRefreshMinutes: 45, alerts: { watchLimit: 5000 } };

describe.skipIf(reason !== null)(`a Chromium enterprise policy file (3rdparty managed storage)${reason ? ` (${reason})` : ''}`, () => {
  let file = '';
  let server: DemoServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    removeStalePolicies();
    file = writeChromiumPolicy(MANAGED);
    server = await startDemoServer();
    browser = await launchWithExtension({ hostResolverRules: server.hostResolverRules });
  });
  afterAll(async () => {
    try {
      await browser?.close();
      await server?.close();
    } finally {
      rmSync(file, { force: true });
    }
  });

  it('reaches the extension as storage.managed, through Chromium’s own schema check', async () => {
    const managed = await browser.serviceWorker.evaluate('chrome.storage.managed.get(null)');
    expect(managed).toEqual(MANAGED);
  });

  it('the options page says which settings the administrator set, and they are read-only', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const policy = page.locator('section[data-section="policy"]');
    await expect.poll(() => policy.locator('.el-admin').textContent(), { timeout: 15_000 }).toContain('Set by your administrator');
    // Read-only: the section's controls are inside its disabled fieldset (CSS :enabled follows it, as the browser does).
    expect(await policy.locator('fieldset.el-opt__body').first().getAttribute('disabled')).not.toBeNull();
    expect(await policy.locator('fieldset.el-opt__body input:enabled, fieldset.el-opt__body button:enabled').count()).toBe(0);
    expect(await page.locator('input[name="preset"][value="gitlab"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="preset"][value="sourcegraph"]').isDisabled()).toBe(true);
    // A section the admin left alone stays the user's.
    expect(await page.locator('section[data-section="calendars"] .el-admin').count()).toBe(0);
    await page.close();
  });

  it('an invalid managed value is ignored, and the options page names it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('.el-problems').textContent(), { timeout: 15_000 }).toContain('Managed key "alerts": watchLimit');
    // Ignored: the alerts stay the user's (no lock), with the default watch limit.
    expect(await page.locator('section[data-section="alerts"] .el-admin').count()).toBe(0);
    await page.close();
  });

  it('the managed policy is in force on a CRM page', async () => {
    const account = demoAccounts(demoToday())[2]!;
    const crm = await browser.context.newPage();
    await crm.goto(`${server.origin('acme.lightning.force.com')}/lightning/r/Account/${account.salesforceId}/view`);
    await expect.poll(() => crm.locator('entitlement-lens-panel .el-panel__footer').textContent(), { timeout: 15_000 }).toContain('Policy: GitLab v1.0.0');
    await crm.close();
  });
});
