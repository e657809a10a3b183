/**
 * Custom domains as a user adds them: on a fresh browser profile, the host is added in the options page and then,
 * without any restart, a record on that host is read. Issue 10: two faults stacked up here — the background applied
 * the OLD list of domains (so no script was registered), and the readers matched the URL again without the custom
 * hosts (so the panel stayed on "Reading account…").
 *
 * Headless Chromium cannot click the prompt `permissions.request` opens, so the host is granted first the way the
 * extensions page's "Site access" does it (`chrome.developerPrivate.addHostPermission`, run from
 * chrome://extensions); the options page's own `permissions.request` then returns true at once, and everything
 * after it is the product's own code.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_CUSTOM_HOSTS } from '../demo/routes';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { useDemoBrowser } from './demo-browser';

const demo = useDemoBrowser();
const accounts = demoAccounts(demoToday());
const byName = (name: string) => accounts.find((a) => a.name === name)!;
const hostOf = (tool: string) => Object.entries(DEMO_CUSTOM_HOSTS).find(([, t]) => t === tool)![0];

/** What the extensions page does for "Site access → On specific sites → Add". */
async function grantHost(host: string): Promise<void> {
  const page = await demo.browser.context.newPage();
  await page.goto('chrome://extensions/');
  const error = await page.evaluate(
    ([id, pattern]) =>
      new Promise<string | null>((resolve) => {
        const api = (globalThis as any).chrome.developerPrivate;
        api.addHostPermission(id, pattern, () => resolve((globalThis as any).chrome.runtime.lastError?.message ?? null));
      }),
    [demo.browser.extensionId, `https://${host}/*`] as const,
  );
  await page.close();
  expect(error).toBeNull();
}

/** The user's steps in the options page: type the host, pick the tool, Add (once the host was granted). */
async function addInOptions(tool: string): Promise<void> {
  const host = hostOf(tool);
  await grantHost(host);
  const page = await demo.browser.context.newPage();
  await page.goto(`chrome-extension://${demo.browser.extensionId}/options.html`);
  const section = page.locator('section[data-section="domains"]');
  await section.getByLabel('Host').fill(host);
  await section.getByLabel('Tool').selectOption(tool);
  await section.getByRole('button', { name: 'Add' }).click();
  await expect.poll(() => page.getByTestId('domains').textContent(), { timeout: 10_000 }).toContain(host);
  await page.close();
}

const panelTitle = (page: Page) => page.locator('entitlement-lens-panel .el-panel h1').textContent();
const pill = (page: Page, section: string) => page.locator(`entitlement-lens-panel section[aria-labelledby="${section}"] .el-pill`).first().textContent();

describe('a tool on a custom domain, added in the options page, reads at once (no restart)', () => {
  // Each test adds its own host and reads right after: nothing else (another host's change, an account written to
  // the cache) may happen in between that would make the background look at the settings again.
  it('a Salesforce account on crm.acme.example', async () => {
    await addInOptions('salesforce');
    const a = byName('Globex Corporation');
    const page = await demo.browser.context.newPage();
    await page.goto(`${demo.server.origin(hostOf('salesforce'))}/lightning/r/Account/${a.salesforceId}/view`);
    await expect.poll(() => panelTitle(page), { timeout: 20_000 }).toBe(a.name);
    await expect.poll(() => pill(page, 'el-discount')).toContain('Discount available');
    await page.close();
  });

  it('a HubSpot company on hub.acme.example', async () => {
    await addInOptions('hubspot');
    const a = byName('Stark Industries');
    const page = await demo.browser.context.newPage();
    await page.goto(`${demo.server.origin(hostOf('hubspot'))}/contacts/4815162/record/0-2/${a.hubspotId}`);
    await expect.poll(() => panelTitle(page), { timeout: 20_000 }).toBe(a.name);
    await expect.poll(() => pill(page, 'el-discount')).toContain('Discount available');
    await page.close();
  });

  it('a Zendesk ticket and a view on support.acme.example', async () => {
    await addInOptions('zendesk');
    const origin = demo.server.origin(hostOf('zendesk'));
    const page = await demo.browser.context.newPage();
    await page.goto(`${origin}/agent/tickets/1001`);
    const badge = page.locator('entitlement-lens-badge .el-badge').first();
    await expect.poll(() => badge.getAttribute('data-tone'), { timeout: 20_000 }).toBe('at-risk');
    expect(await badge.textContent()).toContain('Sev 1');

    await page.goto(`${origin}/agent/filters/1`);
    const row = page.locator('entitlement-lens-badge[data-ticket-id="1001"] .el-badge');
    await expect.poll(() => row.getAttribute('data-tone'), { timeout: 20_000 }).toBe('at-risk');
    // The API was asked on the custom host itself, never on another origin.
    expect(demo.server.requests.some((r) => r.host === hostOf('zendesk') && r.path.startsWith('/api/v2/tickets/'))).toBe(true);
    await page.close();
  });

  it('nothing the extension ran logged an error', () => {
    expect(demo.browser.extensionErrors()).toEqual([]);
  });
});
