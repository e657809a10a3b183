/**
 * Every surface, in both themes, checked by axe-core (WCAG 2.x A/AA): zero serious or critical violations on the CRM
 * panel, a ticket badge with its details open, the popup (search and card) and the options page. The dark theme is
 * the tool's own dark mode on the demo pages (`?theme=dark`, test/demo/routes.ts) and `prefers-color-scheme: dark`
 * on the extension's pages. Then the keyboard: the panel shortcut focuses the panel, every control in it is reached
 * with Tab, and Esc gives focus back to the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { axeViolations, describeViolations } from './axe';
import { useDemoBrowser } from './demo-browser';

const demo = useDemoBrowser();
const accounts = demoAccounts(demoToday());
const THEMES = ['light', 'dark'] as const;
type ThemeName = (typeof THEMES)[number];

const sf = (name: string, theme: ThemeName) =>
  `${demo.server.origin('acme.lightning.force.com')}/lightning/r/Account/${accounts.find((a) => a.name === name)!.salesforceId}/view${theme === 'dark' ? '?theme=dark' : ''}`;
const extensionPage = (path: string) => `chrome-extension://${demo.browser.extensionId}/${path}`;

async function page(theme: ThemeName, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const p = await demo.browser.context.newPage();
  await p.setViewportSize(viewport);
  await p.emulateMedia({ colorScheme: theme });
  return p;
}

describe.each(THEMES)('axe, %s theme', (theme) => {
  it('the CRM panel', async () => {
    const p = await page(theme);
    await p.goto(sf('Stark Industries', theme));
    await expect.poll(() => p.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe('Stark Industries');
    // The panel follows the page (SLDS 2's surface hook on the dark page), not only the system.
    expect(await p.locator('entitlement-lens-panel').getAttribute('data-el-theme')).toBe(theme);
    // Open every "Why?" so their reasons are checked too.
    for (const summary of await p.locator('entitlement-lens-panel .el-why summary').all()) await summary.click();
    expect(describeViolations(await axeViolations(p, `document.querySelector('entitlement-lens-panel')`))).toEqual([]);
    await p.close();
  });

  it('a ticket badge with its details open', async () => {
    const p = await page(theme);
    await p.goto(`${demo.server.origin('acme.zendesk.com')}/agent/tickets/1001${theme === 'dark' ? '?theme=dark' : ''}`);
    const main = p.locator('entitlement-lens-badge .el-badge__main').first();
    await main.waitFor({ timeout: 15_000 });
    expect(await p.locator('entitlement-lens-badge').first().getAttribute('data-el-theme')).toBe(theme === 'dark' ? 'dark' : null);
    await main.click();
    await expect.poll(() => p.locator('entitlement-lens-badge .el-targets').count(), { timeout: 10_000 }).toBe(1);
    expect(describeViolations(await axeViolations(p, `document.querySelector('entitlement-lens-badge')`))).toEqual([]);
    await p.close();
  });

  it('the row badges of a Zendesk view', async () => {
    const p = await page(theme);
    await p.goto(`${demo.server.origin('acme.zendesk.com')}/agent/filters/100${theme === 'dark' ? '?theme=dark' : ''}`);
    await expect.poll(() => p.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const hosts = `{ include: [...document.querySelectorAll('entitlement-lens-badge')].slice(0, 12) }`;
    expect(describeViolations(await axeViolations(p, hosts))).toEqual([]);
    await p.close();
  });

  it('the popup: search results and a customer card', async () => {
    // The directory knows the accounts Lens has seen: open one first, so this test stands alone.
    const crm = await page(theme);
    await crm.goto(sf('Stark Industries', theme));
    await expect.poll(() => crm.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe('Stark Industries');
    await crm.close();
    const p = await page(theme, { width: 400, height: 600 });
    await p.goto(extensionPage('popup.html'));
    await p.locator('input[type="search"]').fill('stark');
    await expect.poll(() => p.locator('.el-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await p.locator('html').getAttribute('data-el-theme')).toBe(theme);
    expect(describeViolations(await axeViolations(p))).toEqual([]);
    await p.locator('.el-result').first().click();
    await expect.poll(() => p.locator('.el-card').count()).toBe(1);
    expect(describeViolations(await axeViolations(p))).toEqual([]);
    await p.close();
  });

  it('the options page', async () => {
    const p = await page(theme);
    await p.goto(extensionPage('options.html'));
    await p.getByTestId('active-policy').waitFor();
    expect(describeViolations(await axeViolations(p))).toEqual([]);
    await p.close();
  });
});

describe('the theme follows the page, not only the system', () => {
  it.each([
    { page: 'dark', system: 'light' },
    { page: 'light', system: 'dark' },
  ] as const)('a $page page with a $system system: the panel and the badges are $page', async ({ page: shown, system }) => {
    const p = await page(system);
    await p.goto(sf('Hooli', shown));
    await expect.poll(() => p.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe('Hooli');
    expect(await p.locator('entitlement-lens-panel').getAttribute('data-el-theme')).toBe(shown);
    await p.goto(`${demo.server.origin('acme.zendesk.com')}/agent/tickets/1002${shown === 'dark' ? '?theme=dark' : ''}`);
    await p.locator('entitlement-lens-badge .el-badge__main').first().waitFor({ timeout: 15_000 });
    expect(await p.locator('entitlement-lens-badge').first().getAttribute('data-el-theme')).toBe(shown === 'dark' ? 'dark' : null);
    await p.close();
  });
});

describe('the keyboard', () => {
  /** The element focused inside the panel's shadow root, as "tag.class", or null when focus is elsewhere. */
  const focusedInPanel = `(() => { const a = document.querySelector('entitlement-lens-panel')?.shadowRoot?.activeElement; return a ? a.tagName.toLowerCase() + '.' + (a.className || '') + '|' + (a.textContent || '').trim().slice(0, 30) : null; })()`;

  it('the shortcut focuses the panel, Tab reaches every control in it, Esc returns focus to the page', async () => {
    const p = await page('light');
    await p.goto(sf('Globex Corporation', 'light'));
    await expect.poll(() => p.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe('Globex Corporation');
    // The agent is in the page's search box.
    const search = p.locator('input[placeholder="Search..."]');
    await search.focus();
    // Shown → hidden (focus stays in the page) → shown, with focus in the panel.
    await p.keyboard.press('Alt+Shift+KeyE');
    await expect.poll(() => p.locator('entitlement-lens-panel .el-tab').count()).toBe(1);
    expect(await p.evaluate(focusedInPanel)).toBeNull();
    await p.keyboard.press('Alt+Shift+KeyE');
    await expect.poll(() => p.evaluate(focusedInPanel)).toMatch(/^aside\.el-panel/);

    // Tab through the panel: every visible control, in order, then out of it.
    const controls = await p.evaluate(`(() => {
      const root = document.querySelector('entitlement-lens-panel').shadowRoot;
      return [...root.querySelectorAll('button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        .filter((el) => el.getClientRects().length > 0 && !el.disabled)
        .map((el) => el.tagName.toLowerCase() + '.' + (el.className || '') + '|' + (el.textContent || '').trim().slice(0, 30));
    })()`);
    const reached: string[] = [];
    for (let i = 0; i < 80; i++) {
      await p.keyboard.press('Tab');
      const now = (await p.evaluate(focusedInPanel)) as string | null;
      if (now === null) break;
      reached.push(now);
    }
    expect(reached).toEqual(controls);

    // Back into the panel (Shift+Tab), then Esc: focus returns to the search box, the panel stays open.
    await p.keyboard.press('Shift+Tab');
    expect(await p.evaluate(focusedInPanel)).not.toBeNull();
    await p.keyboard.press('Escape');
    await expect.poll(() => p.evaluate(`document.activeElement?.getAttribute('placeholder')`)).toBe('Search...');
    expect(await p.locator('entitlement-lens-panel .el-panel').count()).toBe(1);
    await p.close();
  });

  it('a row badge opens its details with Enter and closes them with Esc, focus staying on the badge', async () => {
    const p = await page('light');
    await p.goto(`${demo.server.origin('acme.zendesk.com')}/agent/filters/100`);
    const first = p.locator('entitlement-lens-badge .el-badge__main').first();
    await first.waitFor({ timeout: 15_000 });
    await first.focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('true');
    await p.keyboard.press('Escape');
    await expect.poll(() => first.getAttribute('aria-expanded')).toBe('false');
    expect(await p.evaluate(`document.activeElement?.shadowRoot?.activeElement?.classList.contains('el-badge__main') ?? false`)).toBe(true);
    await p.close();
  });
});
