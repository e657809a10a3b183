/**
 * The shipped languages in a real Chromium started in German, then in Japanese: `browser.i18n` answers from the
 * built `_locales/`, and the panel, a badge's details and the popup speak the language. (Chromium needs Debian's
 * chromium-l10n for any UI language but en-US; .ci/run installs it.)
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../lib/i18n/catalog';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { startDemoServer, type DemoServer } from '../demo/server';
import { launchWithExtension, type ExtensionBrowser } from './browser';

const accounts = demoAccounts(demoToday());

describe.each(['de', 'ja'] as const)('the extension in %s', (language) => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    if (!process.env.CHROME_PATH && !existsSync(`/usr/lib/chromium/locales/${language}.pak`))
      throw new Error(`Debian's Chromium has no ${language} resources, so it would run in en-US: apt-get install -y chromium-l10n`);
    server = await startDemoServer();
    browser = await launchWithExtension({ hostResolverRules: server.hostResolverRules, language });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('browser.i18n answers in the language, from the built messages', async () => {
    expect(await browser.serviceWorker.evaluate('chrome.i18n.getUILanguage()')).toMatch(new RegExp(`^${language}`));
    expect(await browser.serviceWorker.evaluate(`chrome.i18n.getMessage('common_discountAvailable')`)).toBe(CATALOG.common_discountAvailable[language]);
  });

  it('the panel speaks it, and says the preset’s texts are the handbook’s English', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.lightning.force.com')}/lightning/r/Account/${accounts.find((a) => a.name === 'Stark Industries')!.salesforceId}/view`);
    await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe('Stark Industries');
    expect((await page.locator('entitlement-lens-panel section[aria-labelledby="el-discount"] .el-pill').first().textContent())?.replace(/^[^\p{L}\p{N}]+/u, '')).toBe(
      CATALOG.common_discountAvailable[language],
    );
    expect(await page.locator('entitlement-lens-panel .el-panel__footer').textContent()).toContain(CATALOG.panel_policy[language].split('{')[0]!.trim());
    expect(await page.locator('entitlement-lens-panel [data-testid="policy-english"]').textContent()).toMatch(/\d+/);
    expect(await page.locator('entitlement-lens-panel').getAttribute('lang')).toMatch(new RegExp(`^${language}`));
    await page.close();
  });

  it('a Zendesk ticket’s badge details and the popup speak it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.zendesk.com')}/agent/tickets/1001`);
    const main = page.locator('entitlement-lens-badge .el-badge__main').first();
    await main.waitFor({ timeout: 15_000 });
    await main.click();
    await expect.poll(() => page.locator('entitlement-lens-badge .el-targets').count(), { timeout: 10_000 }).toBe(1);
    const [before, after] = CATALOG.badges_detailsLabel[language].split('{name}') as [string, string];
    const label = (await page.locator('entitlement-lens-badge .el-badge__details').getAttribute('aria-label')) ?? '';
    expect(label.startsWith(before) && label.endsWith(after) && label.includes('1001')).toBe(true);
    await page.close();

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByLabel(CATALOG.popup_searchLabel[language]).count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('html').getAttribute('lang')).toMatch(new RegExp(`^${language}`));
    await popup.close();
  });
});
