/**
 * Freshdesk and Jira Service Management (issue 13), on the demo server's models of them (test/fixtures/demo/
 * render-freshdesk.ts and render-jsm.ts, citing ../shared/research/next-tools-and-anchors.md §2c and §2d): the
 * content script reads each tool's API from its own page with the agent's session, one request per page of rows;
 * the customer comes from the Freshdesk company, or from the JSM organization matched in the directory (or "no
 * match"); each tool's own SLA due time is set beside the handbook's, agreeing or marked where they differ; and when
 * the API fails the badge says what happened and keeps the last good data.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { useDemoBrowser } from './demo-browser';
import { pageCounters, spaNavigate } from './hardening-helpers';

const demo = useDemoBrowser();
const accounts = demoAccounts(demoToday());
const byName = (name: string) => accounts.find((a) => a.name === name)!;
const fd = (host = 'acme.freshdesk.com') => demo.server.origin(host);
const jira = (host = 'acme.atlassian.net') => demo.server.origin(host);
const sf = () => demo.server.origin('acme.lightning.force.com');
const hs = () => demo.server.origin('app.hubspot.com');
const badge = (page: Page, id?: string) => page.locator(`entitlement-lens-badge${id ? `[data-ticket-id="${id}"]` : ''} .el-badge`);
const requests = (host: string, prefix: string) => demo.server.requests.filter((r) => r.host === host && r.path.startsWith(prefix));

async function open(url: string): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.goto(url);
  return page;
}

/** Opens a badge's details (its popover) and returns their text. */
async function details(page: Page, id?: string): Promise<string> {
  await badge(page, id).first().locator('.el-badge__main').click();
  return (
    (await page
      .locator(`entitlement-lens-badge${id ? `[data-ticket-id="${id}"]` : ''} .el-badge__details`)
      .first()
      .textContent()) ?? ''
  );
}

/** Opens an account's Salesforce page once, as an agent would: Lens then knows it (a directory entry "seen"). */
async function seeAccount(name: string): Promise<void> {
  const page = await open(`${sf()}/lightning/r/Account/${byName(name).salesforceId}/view`);
  await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe(name);
  await page.close();
}

describe('Freshdesk', () => {
  it('a ticket page: severity from priority 1–4, the company’s entitlements, Freshdesk’s due times beside the handbook’s', async () => {
    // Demo ticket 1001: Urgent (4), Stark Industries (24/7 Support SLAs): Freshdesk's 24 calendar hours agree with the
    // handbook's 24 hours around the clock.
    const agree = await open(`${fd()}/a/tickets/1001`);
    await expect.poll(() => badge(agree).first().getAttribute('data-tone'), { timeout: 15_000 }).toBe('at-risk');
    const text = await badge(agree).first().textContent();
    expect(text).toContain('Sev 1');
    expect(text).toContain('Slack');
    expect(text).not.toContain('differs');
    const said = await details(agree);
    expect(said).toContain('Stark Industries');
    expect(said).toMatch(/Freshdesk’s SLA: first response due .+; the handbook’s: due .+: they agree\./);
    expect(requests('acme.freshdesk.com', '/api/v2/tickets/1001?include=stats')).toHaveLength(1);
    expect(requests('acme.freshdesk.com', '/api/v2/companies/5004')).toHaveLength(1);
    await agree.close();
    // Demo ticket 1002: High (3), Globex (business hours): Freshdesk counts calendar hours, the handbook business hours.
    const differ = await open(`${fd()}/a/tickets/1002`);
    await expect.poll(() => badge(differ).first().textContent(), { timeout: 15_000 }).toContain('Freshdesk SLA differs');
    expect(await details(differ)).toMatch(/Freshdesk’s SLA: first response due .+; the handbook’s: due .+: \d+h( \d+m)? later\./);
    await differ.close();
  });

  it('a list: one request for the page of rows (never one per row), each company once, a badge before every subject', async () => {
    const host = 'list.freshdesk.com';
    const page = await open(`${fd(host)}/a/tickets/filters/all_tickets`);
    const rows = page.locator('tr:has(a[href^="/a/tickets/1"])');
    await expect.poll(() => page.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBe(await rows.count());
    expect(await rows.count()).toBeGreaterThan(5);
    expect(requests(host, '/api/_/tickets?filter=all_tickets&page=1&per_page=100')).toHaveLength(1);
    expect(requests(host, '/api/v2/tickets/')).toHaveLength(0);
    const companies = requests(host, '/api/v2/companies/').map((r) => r.path);
    expect(new Set(companies).size).toBe(companies.length);
    // The badge sits before the subject, which keeps its text in view.
    const first = rows.first();
    const [badgeBox, subjectBox] = await Promise.all([first.locator('entitlement-lens-badge').boundingBox(), first.locator('a[href^="/a/tickets/1"]').first().boundingBox()]);
    expect(badgeBox!.x + badgeBox!.width).toBeLessThanOrEqual(subjectBox!.x + 1);
    expect(subjectBox!.width).toBeGreaterThan(100);
    await page.close();
  });

  it('a later page of a list asks for that page, at Freshdesk’s page size', async () => {
    const host = 'pages.freshdesk.com';
    const page = await open(`${fd(host)}/a/tickets/filters/12000000250?page=2`);
    // Rows 31–60 of the view: the first and (scrolled to) the last show their SLA, read from one request.
    const row = (id: number) => page.locator(`tr:has(a[href="/a/tickets/${id}"]) entitlement-lens-badge .el-badge[data-tone]`);
    const ids = await page.locator('tr a[href^="/a/tickets/"]').evaluateAll((links) => [...new Set(links.map((a) => Number(a.getAttribute('href')!.split('/').pop())))]);
    expect(ids).toHaveLength(30);
    await expect.poll(() => row(ids[0]!).count(), { timeout: 15_000 }).toBe(1);
    await page.locator(`tr:has(a[href="/a/tickets/${ids[29]}"])`).scrollIntoViewIfNeeded();
    await expect.poll(() => row(ids[29]!).count(), { timeout: 15_000 }).toBe(1);
    expect(requests(host, '/api/_/tickets?filter=12000000250&page=2&per_page=30')).toHaveLength(1);
    expect(requests(host, '/api/_/tickets')).toHaveLength(1);
    await page.close();
  });
});

describe('Jira Service Management', () => {
  it('a request: its organization matched in the directory by name; JSM’s due times agreeing and differing', async () => {
    await seeAccount('Stark Industries');
    const page = await open(`${jira()}/browse/SUP-1001`);
    await expect.poll(() => badge(page).first().getAttribute('data-tone'), { timeout: 15_000 }).toBe('at-risk');
    const text = await badge(page).first().textContent();
    expect(text).toContain('Sev 1'); // Highest
    expect(text).toContain('Slack');
    expect(text).not.toContain('No match');
    const said = await details(page);
    expect(said).toContain('Organization “Stark Industries” matched in the directory by name');
    // JSM's 24/7 calendar: first response 24 h agrees with the handbook's; its 24 h resolution parts from 72 h.
    expect(said).toMatch(/Jira Service Management’s SLA: first response due .+ \(running\); the handbook’s: due .+: they agree\./);
    expect(said).toMatch(/Jira Service Management’s SLA: resolution due .+ \(running\); the handbook’s: due .+: \d+h( \d+m)? later\./);
    expect(text).toContain('SLA differs');
    expect(requests('acme.atlassian.net', '/rest/api/3/issue/SUP-1001')).toHaveLength(1);
    expect(requests('acme.atlassian.net', '/rest/servicedeskapi/request/SUP-1001/sla')).toHaveLength(1);
    await page.close();
  });

  it('an organization no account matches: "no match", never a guess, and the SLA still counted', async () => {
    const page = await open(`${jira()}/browse/SUP-1003`);
    await expect.poll(() => badge(page).first().textContent(), { timeout: 15_000 }).toContain('No match');
    const text = await badge(page).first().textContent();
    expect(text).not.toContain('No Slack');
    expect(await details(page)).toContain('Organization “Tyrell Corporation”: no match in the directory');
    await page.close();
  });

  it('a queue of 200: one search per 100 rows, badges near the viewport, every row badged as it scrolls in; an open request gets its badge', async () => {
    const host = 'queue.atlassian.net';
    const page = await open(`${jira(host)}/jira/servicedesk/projects/SUP/queues/custom/2`);
    await expect.poll(() => page.locator('entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    const rows = page.locator('[role="row"]:has(a[href^="/browse/"])');
    expect(await rows.count()).toBe(200);
    for (let i = 20; i < 200; i += 20) {
      await rows.nth(i).scrollIntoViewIfNeeded();
      await page.waitForTimeout(50);
    }
    await rows.nth(199).scrollIntoViewIfNeeded();
    const lastKey = await rows.nth(199).locator('a[href^="/browse/"]').first().getAttribute('href');
    const last = page.locator(`[role="row"]:has(a[href="${lastKey}"]) entitlement-lens-badge .el-badge[data-tone]`);
    await expect.poll(() => last.count(), { timeout: 15_000 }).toBe(1);
    const searches = requests(host, '/rest/api/3/search/jql');
    const keys = searches.map((r) => decodeURIComponent(new URL(r.path, 'https://x').searchParams.get('jql') ?? '').split(',').length);
    expect(Math.max(...keys)).toBeLessThanOrEqual(100);
    expect(searches.length).toBeLessThanOrEqual(4); // 200 rows: two batches (a third and fourth only as rows arrive)
    expect(requests(host, '/rest/api/3/issue/')).toHaveLength(0);
    expect(requests(host, '/rest/api/3/field')).toHaveLength(1);
    // A request opened beside the queue (client-side) gets a badge at its summary. The model shows it above the queue,
    // scrolled past: its badge, like a row's, has its room at once and its host once it comes near the viewport.
    await spaNavigate(page, '/jira/servicedesk/projects/SUP/queues/custom/2/SUP-1002');
    await page.evaluate('scrollTo(0, 0)');
    await expect
      .poll(() => page.locator('h1[data-testid="issue.views.issue-base.foundation.summary.heading"] entitlement-lens-badge .el-badge[data-tone]').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await page.close();
  });
});

/** The ticket ids of the badges on the page (their hosts' `data-ticket-id`). */
const BADGE_IDS = `[...document.querySelectorAll('entitlement-lens-badge')].map((b) => b.getAttribute('data-ticket-id'))`;

describe.each([
  { tool: 'Freshdesk', origin: () => fd('storm.freshdesk.com'), paths: ['/a/tickets/1001', '/a/tickets/filters/all_tickets', '/a/tickets/1003', '/a/tickets/1002'], last: '1002' },
  {
    tool: 'Jira Service Management',
    origin: () => jira('storm.atlassian.net'),
    paths: ['/browse/SUP-1001', '/jira/servicedesk/projects/SUP/queues/custom/1/SUP-1003', '/browse/SUP-1003', '/browse/SUP-1002'],
    last: 'SUP-1002',
  },
])('$tool: a navigation storm (client-side, pages and lists in turn)', ({ origin, paths, last }) => {
  it('leaves one badge on the ticket shown, never another’s, and no listeners or nodes behind', async () => {
    const page = await open(`${origin()}${paths[0]}`);
    await expect.poll(() => badge(page).first().getAttribute('data-tone'), { timeout: 15_000 }).toBeTruthy();
    let early: Awaited<ReturnType<typeof pageCounters>> | null = null;
    for (let i = 0; i < 80; i++) {
      await spaNavigate(page, paths[i % paths.length]!, { urlFirst: i % 2 === 0, delayMs: i % 5 === 0 ? 100 : 0 });
      if (i === 19) {
        await expect.poll(() => page.evaluate<Array<string | null>>(BADGE_IDS), { timeout: 15_000 }).toEqual([last]);
        early = await pageCounters(page);
      }
    }
    // 80 moves end on the last page, a ticket: its one badge, with its own data.
    await expect.poll(() => page.evaluate<Array<string | null>>(BADGE_IDS), { timeout: 15_000 }).toEqual([last]);
    await expect.poll(() => badge(page).first().getAttribute('data-tone'), { timeout: 15_000 }).toBeTruthy();
    await page.waitForTimeout(1_000);
    expect(await page.evaluate<Array<string | null>>(BADGE_IDS)).toEqual([last]);
    const late = await pageCounters(page);
    expect(late.listeners).toBeLessThanOrEqual(early!.listeners + 10);
    expect(late.nodes).toBeLessThanOrEqual(early!.nodes * 1.1 + 200);
    await page.close();
  });
});

describe('a second opinion on each tool’s own SLA', () => {
  it('HubSpot: its close SLA agreeing with the handbook’s resolution (a 24/7 customer), its first response differing', async () => {
    const stark = byName('Stark Industries');
    const company = await open(`${hs()}/contacts/4815162/record/0-2/${stark.hubspotId}`);
    await expect.poll(() => company.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe('Stark Industries');
    await company.close();
    const page = await open(`${hs()}/contacts/4815162/record/0-5/1001`);
    await expect.poll(() => badge(page).first().textContent(), { timeout: 15_000 }).toContain('HubSpot SLA differs');
    const said = await details(page);
    expect(said).toMatch(/HubSpot’s SLA: resolution due .+; the handbook’s: due .+: they agree\./);
    expect(said).toMatch(/HubSpot’s SLA: first response due .+; the handbook’s: due .+: \d+h( \d+m)? later\./);
    await page.close();
  });
});

interface Fault {
  name: string;
  fault: { status?: number; retryAfter?: string; delayMs?: number; malformed?: boolean };
  says: RegExp;
  /** A rate limit: Retry waits for its end (it never breaks one). */
  waitMs?: number;
}
/** What each tool's badge says (the clients name the tool; lib/http/fetch-json.ts's words for the rest). */
const FAULTS = (tool: 'Freshdesk' | 'Jira'): Fault[] => [
  {
    name: '401 session refused',
    fault: { status: 401 },
    says:
      tool === 'Freshdesk'
        ? /^Freshdesk refused this tab's session for its API \(401\)\. Sign in again in this tab/
        : /^Jira refused this tab's session \(401\)\. Sign in again in this tab, then retry\.$/,
  },
  { name: '403 forbidden', fault: { status: 403 }, says: /\(403\)/ },
  { name: '404 not found', fault: { status: 404 }, says: /\(404\)/ },
  { name: '429 with Retry-After', fault: { retryAfter: '3' }, says: /rate-limiting (API )?requests \(429\)\. Retrying after \d\d:\d\d:\d\d UTC\./, waitMs: 3_500 },
  { name: '500 server error', fault: { status: 500 }, says: /\(500\)/ },
  { name: 'no answer within 10 s', fault: { delayMs: 11_000 }, says: /timed out after 10 s|did not answer in time/ },
  { name: 'malformed JSON', fault: { malformed: true }, says: /not valid JSON/ },
];

describe.each([
  { tool: 'Freshdesk' as const, host: (i: number) => `fault${i}.freshdesk.com`, path: '/a/tickets/1002', prefix: '/api/' },
  { tool: 'Jira' as const, host: (i: number) => `fault${i}.atlassian.net`, path: '/browse/SUP-1002', prefix: '/rest/' },
])('$tool when its API fails', ({ tool, host, path, prefix }) => {
  it.each(FAULTS(tool).map((f, i) => [f.name, f, i] as const))(
    '%s: said, with Retry; the last good data kept, stale, through a reload',
    async (_name, { fault, says, waitMs }, i) => {
      const url = `${demo.server.origin(host(i))}${path}`;
      const wait = { timeout: 25_000 };
      const page = await open(url);
      try {
        await expect.poll(() => badge(page).first().getAttribute('data-tone'), wait).toBeTruthy();
        demo.server.setFault({ ...fault, pathPrefix: prefix });
        await page.reload();
        const stale = badge(page).first().locator('.el-badge__stale');
        await expect.poll(() => stale.count(), wait).toBe(1);
        expect(await stale.getAttribute('title')).toMatch(says);
        expect(await stale.textContent()).toMatch(/^stale · /);
        expect(await badge(page).first().textContent()).toContain('Sev 1');
        // Recovery: once the tool answers again (and a rate limit has passed), Retry brings fresh data.
        demo.server.setFault(null);
        if (waitMs) await page.waitForTimeout(waitMs);
        await stale.locator('button').click();
        await expect.poll(() => stale.count(), wait).toBe(0);
        expect(await badge(page).first().textContent()).toContain('Sev 1');
      } finally {
        demo.server.setFault(null);
        await page.close();
      }
    },
  );

  it('a request never read says what happened, with Retry (the tool fails from the first request)', async () => {
    const origin = demo.server.origin(host(99));
    demo.server.setFault({ status: 500, pathPrefix: prefix });
    const page = await open(`${origin}${path}`);
    try {
      const said = badge(page).first().locator('.el-badge__problem');
      await expect.poll(() => said.textContent(), { timeout: 15_000 }).toMatch(/\(500\)/);
      expect(await said.locator('button').textContent()).toBe('Retry');
    } finally {
      demo.server.setFault(null);
      await page.close();
    }
  });
});

it('nothing the extension ran logged an error', () => {
  expect(demo.browser.extensionErrors()).toEqual([]);
});
