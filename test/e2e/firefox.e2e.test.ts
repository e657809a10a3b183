/**
 * Real Firefox (Debian's ESR), the built Firefox MV3 add-on, the same demo pages as the Chromium suites
 * (test/demo/routes.ts, modeled on research/real-markup-notes.md). A smoke: the panel's verdicts on Salesforce, the
 * badges on a Zendesk view, and the popup's directory search.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { startDemoServer, type DemoServer } from '../demo/server';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';

let server: DemoServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startDemoServer();
  firefox = await launchFirefoxWithExtension(server.port);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Page expressions are strings: tsx would wrap a function's inner names in a helper the page lacks. */
const inPanel = (selector: string) =>
  `(() => { const el = document.querySelector('entitlement-lens-panel')?.shadowRoot?.querySelector(${JSON.stringify(selector)}); return el ? el.textContent.replace(/^\\W+/, '').trim() : null; })()`;

async function text(page: Page, expression: string, expected: string | RegExp, timeout = 20_000): Promise<string> {
  const handle = await page.waitForFunction(
    `(() => { const v = ${expression}; return v !== null && ${expected instanceof RegExp ? `${expected}.test(v)` : `v === ${JSON.stringify(expected)}`} ? v : false; })()`,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

describe('Firefox ESR, the built add-on', () => {
  const accounts = demoAccounts(demoToday());
  const sf = (name: string) => `https://acme.lightning.force.com/lightning/r/Account/${accounts.find((a) => a.name === name)!.salesforceId}/view`;

  it.each([
    { name: 'Northwind Traders', segment: 'SMB', discount: 'Not applicable', slack: 'Not allowed', offering: ['slack-support', 'Not offered'] },
    { name: 'Stark Industries', segment: 'Strategic', discount: 'Discount available', slack: 'Allowed', offering: ['resident-architect', 'Purchased'] },
  ])('the Salesforce panel shows $name: $segment, discount "$discount", Slack support "$slack"', async ({ name, segment, discount, slack, offering: [id, status] }) => {
    const page = await firefox.open(sf(name));
    await text(page, inPanel('.el-panel h1'), name);
    expect(await text(page, inPanel('[data-field="segment"]'), segment)).toBe(segment);
    expect(await text(page, inPanel('section[aria-labelledby="el-discount"] .el-pill'), discount)).toBe(discount);
    expect(await text(page, inPanel('.el-slack__right .el-pill'), slack)).toBe(slack);
    expect(await text(page, inPanel(`[data-offering="${id}"] .el-pill`), status!)).toBe(status);
    await page.close();
  });

  it('badges every ticket row in view on a Zendesk view, each with its SLA state', async () => {
    const page = await firefox.open('https://acme.zendesk.com/agent/filters/100');
    const rowsInView = `[...document.querySelectorAll('tr[data-test-id="generic-table-row"] td[data-test-id="ticket-table-cells-subject"]')].filter((c) => { const b = c.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight; })`;
    const handle = await page.waitForFunction(
      `(() => { const cells = ${rowsInView}; const badged = cells.filter((c) => c.querySelector(':scope > entitlement-lens-badge')?.shadowRoot?.querySelector('.el-badge[data-tone]')); return cells.length > 0 && badged.length === cells.length ? [cells.length, badged.map((c) => c.querySelector('entitlement-lens-badge').shadowRoot.querySelector('.el-badge').dataset.tone)] : false; })()`,
      { timeout: 30_000, polling: 200 },
    );
    const [rows, tones] = (await handle.jsonValue()) as [number, string[]];
    expect(rows).toBeGreaterThan(5);
    expect(tones.length).toBe(rows);
    // The demo's tickets run from on track to breached: more than one state shows.
    expect(new Set(tones).size).toBeGreaterThan(1);
    await page.close();
  });

  it('the popup finds a customer by a misspelled name and shows its card', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    const search = await popup.waitForSelector('input[type="search"]', { timeout: 20_000 });
    // The directory has the demo accounts once the Salesforce pages above were seen (accounts seen while browsing).
    await search!.type('stark industris');
    expect(await text(popup, `document.querySelector('.el-result')?.textContent ?? null`, /Stark Industries/)).toContain('Stark Industries');
    await popup.click('.el-result');
    expect(await text(popup, `document.querySelector('.el-card__top h2')?.textContent ?? null`, 'Stark Industries')).toBe('Stark Industries');
    await popup.close();
  });

  it('raised no error from the extension on any page', () => {
    expect(firefox.errors.filter((e) => /moz-extension:|Entitlement Lens/.test(e))).toEqual([]);
  });
});
