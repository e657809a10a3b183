/**
 * The same administrator's policy on Firefox ESR: policies.json's "3rdparty.Extensions" becomes the add-on's
 * `storage.managed`, and Firefox honours it for an add-on installed temporarily (as this suite installs it, over
 * WebDriver BiDi). Skipped, with its one-line reason, when not root or when the machine has a policies.json of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { startDemoServer, type DemoServer } from '../demo/server';
import { cannotWriteFirefoxPolicy, writeFirefoxPolicy } from './enterprise-policy';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';

const reason = cannotWriteFirefoxPolicy();
if (reason) console.warn(`firefox-policy.e2e: ${reason}`);

const MANAGED = { policyPreset: 'gitlab', alerts: { watchLimit: 5000 } };

describe.skipIf(reason !== null)(`a Firefox policies.json (3rdparty.Extensions)${reason ? ` (${reason})` : ''}`, () => {
  let removePolicy = () => {};
  let server: DemoServer;
  let firefox: FirefoxWithExtension;
  beforeAll(async () => {
    removePolicy = writeFirefoxPolicy(MANAGED);
    server = await startDemoServer();
    firefox = await launchFirefoxWithExtension(server.port);
  });
  afterAll(async () => {
    try {
      await firefox?.close();
      await server?.close();
    } finally {
      removePolicy();
    }
  });

  it('the options page shows the admin’s policy, read-only, and names the invalid value it ignored', async () => {
    const page = await firefox.openExtensionPage('options.html', { width: 1280, height: 900 });
    const read = `(() => { const active = document.querySelector('[data-testid="active-policy"]')?.textContent ?? ''; const problems = document.querySelector('.el-problems')?.textContent ?? ''; const admin = document.querySelector('section[data-section="policy"] .el-admin')?.textContent ?? ''; const enabled = document.querySelectorAll('section[data-section="policy"] fieldset.el-opt__body input:enabled').length; return active.includes('GitLab') && problems ? { active, problems, admin, enabled } : false; })()`;
    const seen = (await (await page.waitForFunction(read, { timeout: 20_000, polling: 200 })).jsonValue()) as { active: string; problems: string; admin: string; enabled: number };
    expect(seen.active).toContain('GitLab version 1.0.0 (set by your administrator)');
    expect(seen.admin).toContain('Set by your administrator');
    expect(seen.enabled).toBe(0);
    expect(seen.problems).toContain('Managed key "alerts": watchLimit');
    await page.close();
  });

  it('the admin’s policy is in force on a CRM page', async () => {
    const account = demoAccounts(demoToday())[2]!;
    const page = await firefox.open(`https://acme.lightning.force.com/lightning/r/Account/${account.salesforceId}/view`);
    const footer = `(() => { const t = document.querySelector('entitlement-lens-panel')?.shadowRoot?.querySelector('.el-panel__footer')?.textContent ?? ''; return t.includes('Policy:') ? t : false; })()`;
    expect(await (await page.waitForFunction(footer, { timeout: 20_000, polling: 200 })).jsonValue()).toContain('Policy: GitLab v1.0.0');
    await page.close();
  });
});
