/**
 * `npm run demo`: builds the extension, serves the modeled Salesforce, HubSpot and Zendesk pages under their
 * real host names, and opens Chromium with the extension on an account of every segment, a ticket and a
 * ticket view. With no display (or --headless) it writes a screenshot per page to demo-output/ and prints
 * what each panel and badge says.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_PATH, launchWithExtension } from '../e2e/browser';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { startDemoServer } from './server';

// The in-page readers are plain strings: tsx (esbuild keepNames) would wrap functions passed to
// page.evaluate in a `__name` helper that does not exist in the page.
const PANEL_READER = `(() => {
  const root = document.querySelector('entitlement-lens-panel').shadowRoot;
  const text = (sel) => (root.querySelector(sel)?.textContent ?? '').trim();
  const lines = [text('h1') + ' · ' + [...root.querySelectorAll('.el-facts span')].map((s) => s.textContent).join(' · ')];
  for (const li of root.querySelectorAll('.el-slack__right')) {
    const note = li.querySelector('.el-note');
    lines.push('  Slack · ' + li.querySelector('.el-slack__label').textContent + ': ' + li.querySelector('.el-pill').textContent + (note ? ' (' + note.textContent + ')' : ''));
  }
  lines.push('  Discount: ' + text('section[aria-labelledby="el-discount"] .el-row'));
  lines.push('  Offerings: ' + [...root.querySelectorAll('[data-offering]')].map((o) => o.querySelector('.el-offerings__name').textContent + ' = ' + o.querySelector('.el-pill').textContent.replace(/^\\W+/, '')).join('; '));
  const impl = text('section[aria-labelledby="el-impl"] .el-row');
  if (impl) lines.push('  Implementation: ' + impl + (text('.el-kpi__text') ? ' · ' + text('.el-kpi__text') : ''));
  for (const w of root.querySelectorAll('.el-section--warnings li')) lines.push('  ' + w.textContent);
  lines.push('  ' + text('.el-panel__footer'));
  return lines.join('\\n');
})()`;

/** What each badge shows, and for a row badge (which shows a chip) the words of its accessible name too. */
const BADGE_READER = `[...document.querySelectorAll('entitlement-lens-badge')].filter((host) => host.shadowRoot.querySelector('.el-badge')).slice(0, 12)
  .map((host) => {
    const shown = (host.shadowRoot.querySelector('.el-badge > .el-badge__main')?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const row = host.shadowRoot.querySelector('.el-badge--row .el-badge__main');
    return '  #' + host.dataset.ticketId + ': ' + (row ? '[' + shown + '] ' + row.getAttribute('aria-label') : (host.shadowRoot.querySelector('.el-badge')?.textContent ?? '').replace(/\\s+/g, ' ').trim());
  })
  .join('\\n')`;

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = resolve('demo-output');

console.log('Building the extension…');
execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const server = await startDemoServer();
const today = demoToday();
const accounts = demoAccounts(today);
const sf = server.origin('acme.lightning.force.com');
const hs = server.origin('app.hubspot.com');
const zd = server.origin('acme.zendesk.com');
const fd = server.origin('acme.freshdesk.com');
const jira = server.origin('acme.atlassian.net');
const pages: Array<{ name: string; url: string; kind: 'panel' | 'badges'; width?: number }> = [
  ...accounts.map((a) => ({ name: `salesforce-${slug(a.name)}`, url: `${sf}/lightning/r/Account/${a.salesforceId}/view`, kind: 'panel' as const })),
  { name: `hubspot-${slug(accounts[2]!.name)}`, url: `${hs}/contacts/4815162/record/0-2/${accounts[2]!.hubspotId}`, kind: 'panel' },
  { name: 'zendesk-ticket-1001', url: `${zd}/agent/tickets/1001`, kind: 'badges' },
  { name: 'zendesk-view', url: `${zd}/agent/filters/1`, kind: 'badges' },
  // The row badges adapt to the subject column: a chip at 1280 px (a ~100 px column), the wide badge at 1920 px.
  { name: 'zendesk-view-1280', url: `${zd}/agent/filters/200`, kind: 'badges', width: 1280 },
  { name: 'zendesk-view-1920', url: `${zd}/agent/filters/200`, kind: 'badges', width: 1920 },
  // Tickets inside the CRM (after the accounts above were opened, so Lens knows them): a Case, its list view at two
  // widths and without Date/Time Opened, and HubSpot tickets with their company known (Globex, opened above) and not.
  { name: 'salesforce-case-1001', url: `${sf}/lightning/r/Case/500Dn0000001001AAQ/view`, kind: 'badges' },
  { name: 'salesforce-case-list-1280', url: `${sf}/lightning/o/Case/list?filterName=AllOpenCases`, kind: 'badges', width: 1280 },
  { name: 'salesforce-case-list-1920', url: `${sf}/lightning/o/Case/list?filterName=AllOpenCases`, kind: 'badges', width: 1920 },
  { name: 'salesforce-case-list-no-opened-column', url: `${sf}/lightning/o/Case/list?filterName=NoOpenedColumn`, kind: 'badges', width: 1280 },
  { name: 'hubspot-ticket-1002', url: `${hs}/contacts/4815162/record/0-5/1002`, kind: 'badges' },
  { name: 'hubspot-ticket-1101-unknown-company', url: `${hs}/contacts/4815162/record/0-5/1101`, kind: 'badges' },
  // Freshdesk (its API read from the page with the agent's session): a ticket, and a list at two widths.
  { name: 'freshdesk-ticket-1002', url: `${fd}/a/tickets/1002`, kind: 'badges' },
  { name: 'freshdesk-list-1280', url: `${fd}/a/tickets/filters/all_tickets`, kind: 'badges', width: 1280 },
  { name: 'freshdesk-list-1920', url: `${fd}/a/tickets/filters/all_tickets`, kind: 'badges', width: 1920 },
  // Jira Service Management: a request (its organization matched in the directory by name), one whose organization
  // matches no account, and the queue at two widths, with a request open beside it.
  { name: 'jsm-issue-SUP-1001', url: `${jira}/browse/SUP-1001`, kind: 'badges' },
  { name: 'jsm-issue-SUP-1003-no-match', url: `${jira}/browse/SUP-1003`, kind: 'badges' },
  { name: 'jsm-queue-1280', url: `${jira}/jira/servicedesk/projects/SUP/queues/custom/1`, kind: 'badges', width: 1280 },
  { name: 'jsm-queue-1920-with-request', url: `${jira}/jira/servicedesk/projects/SUP/queues/custom/1/SUP-1002`, kind: 'badges', width: 1920 },
];

console.log(`Demo server: ${server.hostResolverRules}`);
const browser = await launchWithExtension({ hostResolverRules: server.hostResolverRules, headless, viewport: headless ? { width: 1440, height: 900 } : null });

// The bundled sample directory, served as an admin's directory URL would be, so the popup has customers to find.
const directoryUrl = `${zd}/__demo/directory.csv`;
await browser.serviceWorker.evaluate((url) => (globalThis as any).chrome.storage.local.set({ directorySource: { url, refreshMinutes: 60 } }), directoryUrl);

if (!headless) {
  for (const p of pages) await (await browser.context.newPage()).goto(p.url);
  await (await browser.context.newPage()).goto(`chrome-extension://${browser.extensionId}/options.html`);
  console.log('Chromium is open with the extension loaded. Pin Entitlement Lens (the puzzle-piece menu) to see its count of');
  console.log('watched tickets at risk or breached; its popup lists them, due first. Close the browser window to stop the demo.');
  await new Promise((done) => browser.context.on('close', done));
} else {
  mkdirSync(outDir, { recursive: true });
  for (const p of pages) {
    const page = await browser.context.newPage();
    if (p.width) await page.setViewportSize({ width: p.width, height: 900 });
    await page.goto(p.url);
    const said = p.kind === 'panel' ? await describePanel(page) : await describeBadges(page);
    if (p.kind === 'badges' && !p.width)
      await page
        .locator('entitlement-lens-badge .el-badge__main')
        .first()
        .click()
        .catch(() => {});
    await page.screenshot({ path: resolve(outDir, `${p.name}.png`) });
    console.log(`\n== ${p.name}  (${p.url})\n${said}`);
    await page.close();
  }
  await extensionPages();
  const errors = browser.extensionErrors();
  await browser.close();
  // The same surfaces in German and Japanese (Chromium started in each; Debian's chromium-l10n), light and dark.
  for (const language of ['de', 'ja'] as const) errors.push(...(await languagePass(language)));
  errors.push(...(await languagePass(undefined, ['dark'])));
  console.log(`\nScreenshots: ${outDir}`);
  console.log(errors.length ? `Extension errors:\n${errors.join('\n')}` : 'No errors from the extension.');
}
await server.close();

/**
 * One browser in `language` (undefined: the machine's, English here): the Salesforce panel at 1280 and 1920 px, a
 * Zendesk ticket's badge with its details open, and the popup's card, in each theme (the tool's dark mode on the demo
 * pages, `?theme=dark`; prefers-color-scheme on the popup). Files: `<lang>-<theme>-<surface>.png`.
 */
async function languagePass(language: 'de' | 'ja' | undefined, themes: Array<'light' | 'dark'> = ['light', 'dark']): Promise<string[]> {
  const b = await launchWithExtension({ hostResolverRules: server.hostResolverRules, headless: true, language });
  const tag = language ?? 'en';
  const stark = accounts.find((a) => a.name === 'Stark Industries')!;
  for (const theme of themes) {
    const query = theme === 'dark' ? '?theme=dark' : '';
    for (const width of [1280, 1920]) {
      const page = await b.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${sf}/lightning/r/Account/${stark.salesforceId}/view${query}`);
      const said = await describePanel(page);
      await page.screenshot({ path: resolve(outDir, `${tag}-${theme}-salesforce-panel-${width}.png`) });
      if (width === 1280) console.log(`\n== ${tag}, ${theme}: Salesforce panel\n${said}`);
      await page.close();
    }
    const ticket = await b.context.newPage();
    await ticket.setViewportSize({ width: 1280, height: 900 });
    await ticket.emulateMedia({ colorScheme: theme });
    await ticket.goto(`${zd}/agent/tickets/1001${query}`);
    await describeBadges(ticket);
    await ticket
      .locator('entitlement-lens-badge .el-badge__main')
      .first()
      .click()
      .catch(() => {});
    await ticket.waitForTimeout(300);
    await ticket.screenshot({ path: resolve(outDir, `${tag}-${theme}-zendesk-ticket-details.png`) });
    await ticket.close();
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.emulateMedia({ colorScheme: theme });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html`);
    await popup.locator('input[type="search"]').fill('stark');
    await popup
      .locator('.el-result')
      .first()
      .click({ timeout: 10_000 })
      .catch(() => {});
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: resolve(outDir, `${tag}-${theme}-popup-card.png`), fullPage: true });
    await popup.close();
    const options = await b.context.newPage();
    await options.setViewportSize({ width: 1280, height: 900 });
    await options.emulateMedia({ colorScheme: theme });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options
      .getByTestId('active-policy')
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
    await options.screenshot({ path: resolve(outDir, `${tag}-${theme}-options.png`) });
    await options.close();
  }
  const errors = b.extensionErrors();
  await b.close();
  return errors;
}

/** The options page (after a directory sync) and the popup's search, as a new user would first see them. */
async function extensionPages(): Promise<void> {
  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 1100, height: 1600 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Sync now' }).click();
  await options
    .getByTestId('last-sync')
    .waitFor({ timeout: 15_000 })
    .catch(async (error) => {
      await options.screenshot({ path: resolve(outDir, 'options-failed.png'), fullPage: true });
      throw error;
    });
  await options.screenshot({ path: resolve(outDir, 'options.png'), fullPage: true });
  console.log(`\n== options\n  ${await options.getByTestId('active-policy').textContent()}\n  ${await options.getByTestId('directory-count').textContent()}`);
  await options.close();

  // Every page above was seen: its tickets are watched. The toolbar's count and the popup's Due-soon list show them.
  const bar = await browser.serviceWorker.evaluate(async () => {
    const action = (globalThis as any).chrome.action;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });
  console.log(`\n== toolbar: badge "${bar.text}" in rgb(${bar.color.slice(0, 3).join(', ')})\n  ${bar.title.split('\n').join('\n  ')}`);
  await toolbarPicture(bar);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByTestId('due-soon').waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: resolve(outDir, 'popup-due-soon.png') });
  console.log(`\n== popup: due soon\n  ${(await popup.locator('.el-due__row').allTextContents()).join('\n  ')}`);
  await popup.getByLabel('Find a customer').fill('sta');
  await popup.locator('.el-result').first().waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: resolve(outDir, 'popup-search.png') });
  console.log(`\n== popup, typing "sta"\n  ${(await popup.locator('.el-result').allTextContents()).join('\n  ')}`);
  await popup.keyboard.press('Enter');
  await popup.screenshot({ path: resolve(outDir, 'popup-card.png'), fullPage: true });
  await popup.close();
}

/**
 * The toolbar button as Chromium draws it, for the headless demo (which has no toolbar): the extension's own icon with
 * the badge text and colour, and the tooltip, exactly as `chrome.action` holds them now.
 */
async function toolbarPicture(bar: { text: string; color: number[]; title: string }): Promise<void> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 460, height: 200 });
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  await page.setContent(`<body style="margin:0;padding:16px;font:13px system-ui;background:#dee1e6">
    <div style="display:flex;gap:12px;align-items:flex-start">
      <div style="position:relative;width:32px;height:32px;padding:4px;background:#fff;border-radius:16px">
        <img src="data:image/png;base64,${readFileSync(resolve(EXTENSION_PATH, 'icon/32.png')).toString('base64')}" width="24" height="24" style="margin:4px">
        ${bar.text ? `<span style="position:absolute;right:-6px;bottom:-2px;min-width:14px;padding:0 3px;border-radius:3px;background:rgb(${bar.color.slice(0, 3).join(',')});color:#fff;font:700 10px/14px system-ui;text-align:center">${esc(bar.text)}</span>` : ''}
      </div>
      <pre style="margin:0;padding:6px 8px;background:#fff;border:1px solid #aaa;font:12px system-ui;white-space:pre-wrap">${esc(bar.title)}</pre>
    </div>
    <p style="color:#555">The toolbar button (badge text, colour and tooltip read from chrome.action in this run).</p></body>`);
  await page.waitForTimeout(200);
  await page.screenshot({ path: resolve(outDir, 'toolbar-count.png') });
  await page.close();
}

async function describePanel(page: Page): Promise<string> {
  await page.locator('entitlement-lens-panel .el-panel .el-section').first().waitFor({ timeout: 15_000 });
  return page.evaluate(PANEL_READER);
}

async function describeBadges(page: Page): Promise<string> {
  await page.locator('entitlement-lens-badge .el-badge[data-tone]').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  return page.evaluate(BADGE_READER);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
