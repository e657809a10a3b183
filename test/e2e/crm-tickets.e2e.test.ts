/**
 * Tickets inside the CRM (issue 12): Salesforce Case record pages and Case list views, and HubSpot ticket records,
 * on the demo server's models of them (test/fixtures/salesforce/case-*.ts, test/fixtures/hubspot/ticket*.html, each
 * citing the research notes). The account's segment, ARR and packages are not on a ticket's page: they come from
 * what Lens knows of the account (here: the account's own page, opened first), and where it knows nothing the badge
 * and the panel say so, never "not allowed".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { DEMO_UNKNOWN_SF_ACCOUNT } from '../fixtures/demo/render-salesforce-case';
import { CASE_BADGES_IN_VIEW } from './view-badges';
import { useDemoBrowser } from './demo-browser';
import { pageCounters, spaNavigate } from './hardening-helpers';

const demo = useDemoBrowser();
const accounts = demoAccounts(demoToday());
const byName = (name: string) => accounts.find((a) => a.name === name)!;
const sf = () => demo.server.origin('acme.lightning.force.com');
const hs = () => demo.server.origin('app.hubspot.com');
/** The demo's Case for demo ticket N (test/fixtures/demo/render-salesforce-case.ts). */
const casePath = (ticket: number) => `/lightning/r/Case/500Dn0000${String(ticket).padStart(6, '0')}AAQ/view`;
const badge = (page: Page) => page.locator('entitlement-lens-badge .el-badge');
const panelText = (page: Page) => page.locator('entitlement-lens-panel .el-panel').textContent();

async function open(url: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  return page;
}

/** Opens an account's page once, as an agent would: Lens then knows it. */
async function seeAccount(url: string, name: string): Promise<void> {
  const page = await open(url);
  await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe(name);
  await page.close();
}

describe('a Salesforce Case record page', () => {
  it('shows the badge in the header (severity from Priority, live countdown, state, Slack) and the account’s entitlements in the panel', async () => {
    await seeAccount(`${sf()}/lightning/r/Account/${byName('Stark Industries').salesforceId}/view`, 'Stark Industries');
    const page = await open(`${sf()}${casePath(1001)}`);
    // Demo ticket 1001: Urgent → High, opened 25 minutes before its first response is due on the 24x7 calendar
    // (Stark holds 24/7 Support SLAs): under an hour, at risk.
    await expect.poll(() => badge(page).first().getAttribute('data-tone'), { timeout: 15_000 }).toBe('at-risk');
    expect(await page.locator('records-lwc-highlights-panel entitlement-lens-badge').count()).toBe(1);
    const text = await badge(page).first().textContent();
    expect(text).toContain('Sev 1');
    expect(text).toContain('First response');
    expect(text).toContain('At risk');
    expect(text).toContain('Slack');
    expect(text).not.toContain('Account unknown');
    const timer = page.locator('entitlement-lens-badge [role="timer"]').first();
    const before = await timer.textContent();
    expect(before).toMatch(/^2[0-5]m \d\ds$/);
    await expect.poll(() => timer.textContent(), { timeout: 5_000 }).not.toBe(before);
    await page.locator('entitlement-lens-badge .el-badge__main').first().click();
    const details = await page.locator('entitlement-lens-badge .el-badge__details').textContent();
    expect(details).toContain('24x7');
    expect(details).toContain('Internal 1-hour goal');
    expect(details).toContain('Stark Industries');
    expect(details).toContain('Entitlement: 24/7 Support SLAs'); // the Case's Entitlement Name, as the page shows it
    expect(details).toContain('Opened read as'); // the zone (and date order) the page's time was read in, said
    expect(details).not.toContain('Replies are not on the page'); // a case still New is read as not yet answered
    // The panel: the Case's account, from what Lens saw on the account's page.
    await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 10_000 }).toBe('Stark Industries');
    expect(await panelText(page)).toContain('Case’s account, as last read in Salesforce');
    await page.close();
  });

  it('an account Lens does not know: the badge and the panel say so, with the link to open it, and never say "No Slack"', async () => {
    const page = await open(`${sf()}${casePath(5002)}`); // linked to Cyberdyne Systems, in no directory
    await expect.poll(() => badge(page).first().textContent(), { timeout: 15_000 }).toContain('Account unknown');
    expect(await page.locator('entitlement-lens-badge .el-chip--no, entitlement-lens-badge .el-chip--yes').count()).toBe(0);
    await page.locator('entitlement-lens-badge .el-badge__main').first().click();
    const link = page.locator('entitlement-lens-badge .el-badge__unknown-account a');
    expect(await link.textContent()).toBe('Open the account once');
    expect(await link.getAttribute('href')).toBe(`${sf()}/lightning/r/Account/${DEMO_UNKNOWN_SF_ACCOUNT.id}/view`);
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain('Cyberdyne Systems is not known to Lens yet');
    const panel = (await panelText(page)) ?? '';
    expect(panel).not.toMatch(/Not allowed|No Slack/);
    expect(await page.locator('entitlement-lens-panel a.el-link').getAttribute('href')).toBe(`${sf()}/lightning/r/Account/${DEMO_UNKNOWN_SF_ACCOUNT.id}/view`);
    await page.close();
  });

  it('the popup opens on the Case’s account', async () => {
    await seeAccount(`${sf()}/lightning/r/Account/${byName('Globex Corporation').salesforceId}/view`, 'Globex Corporation');
    const page = await open(`${sf()}${casePath(1002)}`); // Globex
    await expect.poll(() => badge(page).first().getAttribute('data-tone'), { timeout: 15_000 }).not.toBeNull();
    const popup = await open(`chrome-extension://${demo.browser.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('current-tab').textContent(), { timeout: 10_000 }).toContain('Globex Corporation');
    await popup.close();
    await page.close();
  });
});

describe('a Case in the Service Console, with two workspaces mounted', () => {
  const consolePath = (shown: number, hidden: number) => `${casePath(shown)}?ws=${encodeURIComponent(casePath(hidden))}`;
  /** Our badge hosts in the document, wherever they are (the highlights' header is in an open shadow root). */
  const BADGE_HOSTS = `(() => {
    const found = [];
    const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.localName === 'entitlement-lens-badge') found.push(el.dataset.ticketId); if (el.shadowRoot) walk(el.shadowRoot); } };
    walk(document);
    return found;
  })()`;

  it('reads only the visible workspace: one badge, for the Case the URL names', async () => {
    await seeAccount(`${sf()}/lightning/r/Account/${byName('Stark Industries').salesforceId}/view`, 'Stark Industries');
    const page = await open(`${sf()}${consolePath(1001, 1003)}`);
    await expect.poll(() => page.evaluate<string[]>(BADGE_HOSTS), { timeout: 15_000 }).toEqual(['500Dn0000001001AAQ']);
    await expect.poll(() => badge(page).first().getAttribute('data-tone'), { timeout: 15_000 }).toBe('at-risk'); // 1001: Sev 1, 24x7 (Stark)
    await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 10_000 }).toBe('Stark Industries');
    await page.close();
  });

  it('record to record in the console (the URL changing first, in a storm): then exactly one badge, for the URL’s Case, and no leak', async () => {
    const page = await open(`${sf()}${consolePath(1001, 1003)}`);
    await expect.poll(() => page.evaluate<string[]>(BADGE_HOSTS), { timeout: 15_000 }).toEqual(['500Dn0000001001AAQ']);
    await expect.poll(() => badge(page).first().textContent(), { timeout: 15_000 }).toContain('Sev 1');
    const before = await pageCounters(page);
    for (let i = 0; i < 20; i++) {
      const [shown, hidden] = i % 2 === 0 ? [1003, 1001] : [1001, 1003];
      await spaNavigate(page, consolePath(shown, hidden), { urlFirst: true, delayMs: i % 3 === 0 ? 150 : 0 });
    }
    // 20 switches: back on 1001. Then once more to 1003, waiting for it to settle.
    await spaNavigate(page, consolePath(1003, 1001), { urlFirst: true, delayMs: 100 });
    await expect.poll(() => page.evaluate<string[]>(BADGE_HOSTS), { timeout: 15_000 }).toEqual(['500Dn0000001003AAQ']);
    // 1003: Medium → Sev 2 (never 1001's Sev 1 carried over).
    await expect.poll(() => badge(page).first().textContent(), { timeout: 15_000 }).toContain('Sev 2');
    await page.waitForTimeout(1_500);
    expect(await page.evaluate<string[]>(BADGE_HOSTS)).toEqual(['500Dn0000001003AAQ']);
    expect(await page.locator('entitlement-lens-panel').count()).toBe(1);
    const after = await pageCounters(page);
    // Twenty-one record changes leave no listeners behind (each board stops with its record).
    expect(after.listeners).toBeLessThanOrEqual(before.listeners + 10);
    await page.close();
  });
});

describe('a Salesforce Case list view', () => {
  it('puts a live countdown beside each case, leaves the subject readable, and reads severity, opened and account from the columns', async () => {
    await seeAccount(`${sf()}/lightning/r/Account/${byName('Stark Industries').salesforceId}/view`, 'Stark Industries');
    const page = await open(`${sf()}/lightning/o/Case/list?filterName=AllOpenCases`);
    const row = page.locator('tr[data-row-key-value="500Dn0000001001AAQ"]');
    const main = row.locator('entitlement-lens-badge .el-badge__main');
    await expect.poll(() => main.getAttribute('title'), { timeout: 15_000 }).toMatch(/^Case 00001001 · Sev 1 · First response: At risk, \d+m left · Slack/);
    expect(await main.getAttribute('aria-label')).toMatch(/^(S1 )?\d+m · Case 00001001 · Sev 1/);
    // Under an hour: the row's time moves each minute, and its badge ticks (one shared ticker) with the rows around it.
    expect(await row.locator('entitlement-lens-badge [role="timer"]').textContent()).toMatch(/^\d+m$/);
    // Every visible row has its badge, with the state as data.
    await expect.poll(() => page.evaluate<[number, number]>(CASE_BADGES_IN_VIEW).then(([rows, badged]) => rows > 10 && badged === rows), { timeout: 15_000 }).toBe(true);
    // The subject keeps most of its cell: the badge is a fixed box before it.
    const room = await row.locator('td[data-label="Subject"]').evaluate((cell) => {
      const host = cell.querySelector('entitlement-lens-badge')!.getBoundingClientRect();
      const text = cell.querySelector('entitlement-lens-badge + *')!.getBoundingClientRect();
      return { host: host.width, text: text.width, cell: cell.getBoundingClientRect().width, gap: text.left - host.right };
    });
    expect(room.host).toBeLessThanOrEqual(86);
    expect(room.text / room.cell).toBeGreaterThan(0.5);
    expect(room.gap).toBeLessThanOrEqual(8);
    // Columns as narrow as an agent (or the datatable's equal widths) make them: a chip, and the subject keeps its room.
    await page.addStyleTag({ content: '.dt-outer-container{width:920px!important}' });
    await expect.poll(() => row.locator('entitlement-lens-badge .el-badge').getAttribute('class'), { timeout: 5_000 }).toContain('el-badge--narrow');
    const narrow = await row.locator('td[data-label="Subject"]').evaluate((cell) => {
      const host = cell.querySelector('entitlement-lens-badge')!.getBoundingClientRect();
      const content = cell.querySelector('entitlement-lens-badge')!.parentElement!.getBoundingClientRect();
      return { host: host.width, content: content.width };
    });
    expect(narrow.host).toBeLessThanOrEqual(36);
    expect(narrow.host / narrow.content).toBeLessThanOrEqual(0.4);
    // A case whose account Lens does not know says so in its name, and never shows a Slack right.
    const unknown = page.locator('tr[data-row-key-value="500Dn0000005002AAQ"] entitlement-lens-badge .el-badge__main');
    await expect.poll(() => unknown.getAttribute('aria-label')).toContain('account not known yet');
    expect(await unknown.getAttribute('aria-label')).not.toMatch(/No Slack|Slack ✓/);
    await page.close();
  });

  it('a list view without Date/Time Opened says which column to add on every row, and guesses no countdown', async () => {
    const page = await open(`${sf()}/lightning/o/Case/list?filterName=NoOpenedColumn`);
    const mains = page.locator('entitlement-lens-badge .el-badge__main');
    await expect.poll(() => mains.first().getAttribute('aria-label'), { timeout: 15_000 }).toContain('Add Date/Time Opened to this list view for SLAs');
    const labels = await mains.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.every((l) => l.includes('Add Date/Time Opened to this list view for SLAs'))).toBe(true);
    expect(await page.locator('entitlement-lens-badge [role="timer"]').count()).toBe(0);
    await mains.first().click();
    expect(await page.locator('entitlement-lens-badge .el-badge__missing').first().textContent()).toBe('Add Date/Time Opened to this list view for SLAs');
    await page.close();
  });
});

describe('a HubSpot ticket record', () => {
  it('with its company known: Slack, and HubSpot’s own SLA due time beside the handbook’s, marked where they differ', async () => {
    const globex = byName('Globex Corporation');
    await seeAccount(`${hs()}/contacts/4815162/record/0-2/${globex.hubspotId}`, 'Globex Corporation');
    const page = await open(`${hs()}/contacts/4815162/record/0-5/1002`);
    await expect.poll(() => badge(page).first().textContent(), { timeout: 15_000 }).toContain('Sev 1');
    const text = await badge(page).first().textContent();
    expect(text).toContain('Slack');
    expect(text).not.toContain('Account unknown');
    // The demo's HubSpot SLA gives first response 4 calendar hours; the handbook 24 business hours.
    expect(text).toContain('HubSpot SLA differs');
    await page.locator('entitlement-lens-badge .el-badge__main').first().click();
    const due = await page.locator('entitlement-lens-badge .el-badge__tool-due--differs').first().textContent();
    expect(due).toMatch(/^HubSpot’s SLA: first response due .+; the handbook’s: due .+: \d+h( \d+m)? later\.$/);
    await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 10_000 }).toBe('Globex Corporation');
    await page.close();
  });

  it('with a company Lens does not know, or none: said so, never "not allowed"', async () => {
    const unknown = await open(`${hs()}/contacts/4815162/record/0-5/1101`);
    await expect.poll(() => badge(unknown).first().textContent(), { timeout: 15_000 }).toContain('Account unknown');
    await expect.poll(() => panelText(unknown), { timeout: 10_000 }).toContain('is not known to Lens yet');
    expect(await panelText(unknown)).not.toMatch(/Not allowed|No Slack/);
    await unknown.close();
    const none = await open(`${hs()}/contacts/4815162/record/0-5/1102`);
    await expect.poll(() => badge(none).first().textContent(), { timeout: 15_000 }).toContain('Sev');
    await none.locator('entitlement-lens-badge .el-badge__main').first().click();
    expect(await none.locator('entitlement-lens-badge .el-badge__details').textContent()).toContain('No account on this ticket');
    await expect.poll(() => panelText(none), { timeout: 10_000 }).toContain('links no account');
    await none.close();
  });

  it('nothing the extension ran logged an error', () => {
    expect(demo.browser.extensionErrors()).toEqual([]);
  });
});
