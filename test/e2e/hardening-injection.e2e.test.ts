/**
 * Customers type the strings the extension reads (account and organization names, field values, ticket subjects).
 * Against a demo server whose every string field carries a script-injection payload, the extension must render
 * each as text: no payload runs (`window.__pwned` stays unset, no dialog opens), and no element of a payload ever
 * appears inside our shadow roots. The panel is checked to have actually shown each payload (as its exact text),
 * so a test that passes is one where the payload reached our UI.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../demo/server';
import { FOREIGN_TAGS, hostileAccounts, INJECTION_PAYLOADS } from '../fixtures/demo/hostile';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { inspectOurUi, spaNavigate } from './hardening-helpers';
import { ALL_CASES_IN_VIEW_BADGED, scrollThroughView } from './view-badges';

const PAYLOADS = INJECTION_PAYLOADS;
const accounts = hostileAccounts(PAYLOADS);
let server: DemoServer;
let browser: ExtensionBrowser;
const dialogs: string[] = [];
/** Fields whose payload was seen rendered (as text) by our UI, per surface. */
const covered = new Set<string>();

beforeAll(async () => {
  server = await startDemoServer({ hostile: PAYLOADS });
  browser = await launchWithExtension({ hostResolverRules: server.hostResolverRules });
  browser.context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.type()} ${dialog.message()}`);
      void dialog.dismiss();
    }),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The name as the panel shows it: the record's Account Name field, as typed (a field value may carry 4,096
 * characters; the 3,000-character payload used to cost the whole panel, because the page title's copy of it
 * exceeded a message's 512-character name and the message was refused).
 */
const shownName = (payload: string) => (payload.trim().length > 4096 ? `${payload.trim().slice(0, 4095)}…` : payload.trim());
/** A name read from a tool's API on the page, as the background gets it: within a message's 512 characters. */
const clippedName = (payload: string) => (payload.trim().length > 512 ? `${payload.trim().slice(0, 511)}…` : payload.trim());
/** What the panel's warnings say about an unreadable value: `Field: cannot read "<first 57 chars>…"`. */
const quoted = (payload: string) => (payload.length > 60 ? `"${payload.slice(0, 57)}…"` : `"${payload}"`);

async function expectClean(page: Page, where: string): Promise<string> {
  const ui = await inspectOurUi(page, FOREIGN_TAGS);
  expect(ui.pwned, `${where}: a payload ran`).toBeUndefined();
  expect(ui.foreign, where).toEqual([]);
  expect(ui.hosts, `${where}: our UI is on the page`).toBeGreaterThan(0);
  return ui.text;
}

async function panelShows(page: Page, payload: string): Promise<void> {
  // The panel's heading is the account name: equal to the payload, character for character, means it is text.
  await expect
    .poll(() => page.evaluate(() => document.querySelector('entitlement-lens-panel')?.shadowRoot?.querySelector('.el-panel h1')?.textContent ?? null), { timeout: 15_000 })
    .toBe(shownName(payload));
  await expect
    .poll(() => page.evaluate(() => document.querySelector('entitlement-lens-panel')?.shadowRoot?.querySelector('.el-section--warnings')?.textContent ?? ''), { timeout: 5_000 })
    .toContain('Segment: cannot read');
}

/** Checks one CRM record page: the name and every field value shown as text, nothing run, nothing foreign. */
async function checkRecord(page: Page, tool: string, payload: string): Promise<void> {
  await panelShows(page, payload);
  const text = await expectClean(page, `${tool} ${JSON.stringify(payload.slice(0, 40))}`);
  covered.add(`${tool}: account name`);
  // Each unreadable field is listed with its raw value, quoted: the payload, as text.
  for (const field of ['Segment', 'ARR', 'Deployment', 'Kubernetes', 'External services', 'Slack opt-out', 'Implementation start', 'Implementation end', 'Renewal date']) {
    if (text.includes(`${field}: cannot read ${quoted(payload.trim())}`)) covered.add(`${tool}: ${field}`);
  }
  if (text.includes(`Packages: unknown package ${quoted(payload.trim())}`)) covered.add(`${tool}: Packages`);
}

describe(`${PAYLOADS.length} injection payloads in every field the extension reads`, () => {
  it('Salesforce Lightning: account name and every field value, record after record (client-side navigation)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.lightning.force.com')}/lightning/r/Account/${accounts[0]!.salesforceId}/view`);
    for (const [i, payload] of PAYLOADS.entries()) {
      if (i > 0) await spaNavigate(page, `/lightning/r/Account/${accounts[i]!.salesforceId}/view`);
      await checkRecord(page, 'Salesforce', payload);
    }
    expect(await page.locator('entitlement-lens-panel').count()).toBe(1);
    await page.close();
  });

  it('HubSpot: company name and every property value', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('app.hubspot.com')}/contacts/4815162/record/0-2/${accounts[0]!.hubspotId}`);
    for (const [i, payload] of PAYLOADS.entries()) {
      if (i > 0) await spaNavigate(page, `/contacts/4815162/record/0-2/${accounts[i]!.hubspotId}`);
      await checkRecord(page, 'HubSpot', payload);
    }
    await page.close();
  });

  it('Zendesk: ticket subjects, organization names and organization fields from the API, one badge per ticket', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.zendesk.com')}/agent/filters/1`);
    const badges = page.locator('entitlement-lens-badge .el-badge[data-tone]');
    // Badges are drawn on rows near the viewport: scroll through the view, then every row has its badge.
    await expect.poll(() => badges.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await scrollThroughView(page, { step: 600 });
    await expect.poll(() => badges.count(), { timeout: 30_000 }).toBe(PAYLOADS.length);
    // Open every badge: the details show the organization's name (a payload) and its Slack reasons (in a title).
    // Each opens in a popover over the rows below; Escape closes it before the next badge is clicked.
    const mains = page.locator('entitlement-lens-badge .el-badge__main');
    for (let i = 0; i < PAYLOADS.length; i++) {
      await mains.nth(i).click();
      await page.keyboard.press('Escape');
    }
    const orgs = page.locator('entitlement-lens-badge .el-badge__org');
    await expect.poll(() => orgs.count(), { timeout: 10_000 }).toBe(PAYLOADS.length);
    const shown = await orgs.allTextContents();
    // Read on the page, a name travels to the background within a message's 512 characters (lib/messaging/limits.ts).
    PAYLOADS.forEach((payload, i) => expect(shown[i]).toBe(`${clippedName(payload)} · segment unknown`));
    covered.add('Zendesk: organization name');
    const titles = await page.locator('entitlement-lens-badge .el-chip').evaluateAll((chips) => chips.map((c) => c.getAttribute('title') ?? ''));
    // Unknown packages and opt-out make Slack "cannot tell"; the reasons name the opt-out field, never run anything.
    expect(titles.every((t) => t.length > 0)).toBe(true);
    covered.add('Zendesk: organization fields (segment, ARR, packages, opt-out, dates)');
    await expectClean(page, 'Zendesk view');
    expect(server.requests.some((r) => r.path.startsWith('/api/v2/tickets/show_many'))).toBe(true);
    covered.add('Zendesk: ticket subject and requester (API and view rows)');
    await page.close();
  });

  it('Zendesk ticket page read from the page when the API refuses (subject, priority, organization from the DOM)', async () => {
    server.setFault({ status: 401 });
    try {
      const page = await browser.context.newPage();
      // A ticket no earlier test fetched on this origin, so the badge falls back to what the page shows.
      await page.goto(`${server.origin('other.zendesk.com')}/agent/tickets/1005`);
      const badge = page.locator('entitlement-lens-badge .el-badge').first();
      await expect.poll(() => badge.textContent(), { timeout: 15_000 }).toMatch(/Sev [12]/);
      await page.locator('entitlement-lens-badge .el-badge__main').first().click();
      await expect.poll(() => badge.textContent()).toContain('Read from the page');
      await expectClean(page, 'Zendesk ticket page');
      covered.add('Zendesk: ticket page (subject, priority)');
      await page.close();
    } finally {
      server.setFault(null);
    }
  });

  it('Salesforce Cases (list view and record page): account names and subjects read from the page, shown as text', async () => {
    // The accounts were seen on their pages above, so each case's account is known: its name (a payload) shows.
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.lightning.force.com')}/lightning/o/Case/list?filterName=AllOpenCases`);
    const mains = page.locator('tr[data-row-key-value] entitlement-lens-badge .el-badge__main');
    // Badges are drawn on rows near the viewport: scroll through the list, then every row has its badge.
    await expect.poll(() => mains.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await scrollThroughView(page, { step: 600, allBadged: ALL_CASES_IN_VIEW_BADGED });
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => mains.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(PAYLOADS.length);
    for (let i = 0; i < PAYLOADS.length; i++) {
      await mains.nth(i).click();
      await page.keyboard.press('Escape');
    }
    const orgs = await page.locator('tr[data-row-key-value] entitlement-lens-badge .el-badge__org').allTextContents();
    for (const payload of PAYLOADS) expect(orgs.some((o) => o.startsWith(`${payload.trim()} · `))).toBe(true);
    // Priority and Date/Time Opened carry payloads too: each is unreadable, and said so with the payload as text.
    const warnings = await page.locator('tr[data-row-key-value] entitlement-lens-badge .el-badge__warn').allTextContents();
    expect(warnings.filter((w) => w.includes('Severity: cannot read "') && w.includes('Opened: cannot read "')).length).toBeGreaterThanOrEqual(PAYLOADS.length);
    await expectClean(page, 'Salesforce case list');
    covered.add('Salesforce Case list: account name, subject, priority, status, opened');
    await spaNavigate(page, '/lightning/r/Case/500Dn0000001001AAQ/view');
    await panelShows(page, PAYLOADS[0]!);
    await expect.poll(() => page.locator('records-lwc-highlights-panel entitlement-lens-badge .el-badge').count(), { timeout: 15_000 }).toBe(1);
    await expectClean(page, 'Salesforce case page');
    covered.add('Salesforce Case page: account name, subject, priority, status, opened');
    await page.close();
  });

  it('HubSpot tickets: the company link’s name and HubSpot’s SLA properties, shown as text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('app.hubspot.com')}/contacts/4815162/record/0-5/1001`);
    await expect.poll(() => page.locator('entitlement-lens-badge .el-badge').count(), { timeout: 15_000 }).toBe(1);
    await page.locator('entitlement-lens-badge .el-badge__main').click();
    // Priority, create date and HubSpot's due time carry payloads: each is named unreadable, as text.
    const warning = (await page.locator('entitlement-lens-badge .el-badge__warn').textContent()) ?? '';
    expect(warning).toContain('Severity: cannot read "');
    expect(warning).toContain('Opened: cannot read "');
    expect(warning).toContain('HubSpot\'s due time: cannot read "');
    await expectClean(page, 'HubSpot ticket');
    covered.add('HubSpot ticket: company name, priority, create date, SLA properties');
    await page.close();
  });

  it('Freshdesk: ticket subjects, company names and company fields from its API (both pages of the list), shown as text', async () => {
    const page = await browser.context.newPage();
    const shown: string[] = [];
    for (const [path, rows] of [
      ['/a/tickets/filters/all_tickets', 30],
      ['/a/tickets/filters/all_tickets?page=2', PAYLOADS.length - 30],
    ] as const) {
      await page.goto(`${server.origin('acme.freshdesk.com')}${path}`);
      const badges = page.locator('entitlement-lens-badge .el-badge[data-tone]');
      const mains = page.locator('entitlement-lens-badge .el-badge__main');
      await expect.poll(() => mains.count(), { timeout: 15_000 }).toBeGreaterThan(0);
      // Drawn near the viewport: each row is scrolled to, its details opened (they name the company), then closed.
      for (let i = 0; i < rows; i++) {
        const row = page.locator('tbody tr').nth(i);
        await row.scrollIntoViewIfNeeded();
        await expect.poll(() => row.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBe(1);
        await row.locator('entitlement-lens-badge .el-badge__main').click();
        shown.push((await row.locator('entitlement-lens-badge .el-badge__org').first().textContent()) ?? '');
        await page.keyboard.press('Escape');
      }
      expect(await badges.count()).toBeGreaterThan(0);
      await expectClean(page, `Freshdesk list ${path}`);
    }
    // The company's name is each payload (the demo's company i is account i), and its fields are unreadable payloads.
    PAYLOADS.forEach((payload, i) => expect(shown[i]).toBe(`${clippedName(payload)} · segment unknown`));
    covered.add('Freshdesk: company name and fields, ticket subject (API)');
    await page.close();
  });

  it('Jira Service Management: organization names (matched to no account) and summaries from its API, shown as text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.atlassian.net')}/jira/servicedesk/projects/SUP/queues/custom/1`);
    const rows = page.locator('[role="row"]:has(a[href^="/browse/"])');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(PAYLOADS.length);
    const said: string[] = [];
    for (let i = 0; i < PAYLOADS.length; i++) {
      const row = rows.nth(i);
      await row.scrollIntoViewIfNeeded();
      await expect.poll(() => row.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBe(1);
      await row.locator('entitlement-lens-badge .el-badge__main').click();
      said.push((await row.locator('entitlement-lens-badge .el-badge__details').textContent()) ?? '');
      await page.keyboard.press('Escape');
    }
    // Matched by name where the hostile account was seen in the CRM above, else no match: either way named, as text. The
    // demo's third request names an organization of its own (JSM_UNKNOWN_ORGANIZATION), its "no match".
    PAYLOADS.forEach((payload, i) => expect(said[i]).toContain(i === 2 ? 'Organization “Tyrell Corporation”: no match' : `Organization “${payload.trim().slice(0, 40)}`));
    await expectClean(page, 'JSM queue');
    covered.add('Jira Service Management: organization name, summary (API)');
    await page.close();
  });

  it('the popup lists accounts seen while browsing (payload names) as text', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    for (const query of ['img', 'script', 'svg', 'javascript', 'constructor']) {
      await popup.getByLabel('Find a customer').fill(query);
      await expect.poll(() => popup.locator('.el-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const found = await popup.evaluate(
        (tags) => ({
          pwned: (window as unknown as { __pwned?: unknown }).__pwned,
          // Our own drawn icons (the Due-soon list's bells) are ours, with no attribute from any payload.
          foreign: Array.from(document.querySelectorAll('#root *'))
            .filter((el) => !el.closest('svg[data-el-icon]'))
            .filter(
              (el) =>
                (tags.includes(el.localName) && !(el.localName === 'input' && el.getAttribute('type') === 'search')) || Array.from(el.attributes).some((a) => /^on/i.test(a.name)),
            )
            .map((el) => el.outerHTML.slice(0, 80)),
          names: Array.from(document.querySelectorAll('.el-result')).map((el) => el.textContent ?? ''),
        }),
        FOREIGN_TAGS.filter((t) => t !== 'input') as string[],
      );
      expect(found.pwned).toBeUndefined();
      expect(found.foreign).toEqual([]);
      expect(found.names.some((n) => PAYLOADS.some((p) => n.includes(p.trim().slice(0, 20))))).toBe(true);
    }
    covered.add('popup: directory names');
    // The Due-soon list: the hostile tickets seen above are watched, their customers' names shown as text.
    await popup.getByLabel('Find a customer').fill('');
    const due = popup.getByTestId('due-soon');
    await due.waitFor({ timeout: 10_000 });
    const customers = await due.locator('.el-due__customer').allTextContents();
    expect(customers.some((c) => PAYLOADS.some((p) => c.includes(p.trim().slice(0, 20))))).toBe(true);
    expect(
      await due.locator('*').evaluateAll((els) => els.filter((el) => !el.closest('svg[data-el-icon]') && Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length),
    ).toBe(0);
    covered.add('popup: due soon (ticket labels and customers)');
    await popup.close();
  });

  it('no payload ran anywhere: no dialog opened, no error from the extension', () => {
    expect(dialogs).toEqual([]);
    expect(browser.extensionErrors()).toEqual([]);
  });

  it('every field the extension reads was covered', () => {
    const tickets = [
      'Salesforce Case list: account name, subject, priority, status, opened',
      'Salesforce Case page: account name, subject, priority, status, opened',
      'HubSpot ticket: company name, priority, create date, SLA properties',
      'Freshdesk: company name and fields, ticket subject (API)',
      'Jira Service Management: organization name, summary (API)',
      'popup: due soon (ticket labels and customers)',
    ];
    for (const field of tickets) expect(covered, field).toContain(field);
    const expected = ['Salesforce', 'HubSpot'].flatMap((tool) =>
      [
        'account name',
        'Segment',
        'ARR',
        'Deployment',
        'Kubernetes',
        'External services',
        'Slack opt-out',
        'Implementation start',
        'Implementation end',
        'Renewal date',
        'Packages',
      ].map((f) => `${tool}: ${f}`),
    );
    for (const field of expected) expect(covered, field).toContain(field);
    console.info(`injection payloads: ${PAYLOADS.length}; fields covered (${covered.size}):\n  ${[...covered].sort().join('\n  ')}`);
  });
});
