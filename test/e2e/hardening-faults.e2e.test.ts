/**
 * When the ticketing tool's API fails — session expired (401), no access (403), not found (404), rate limited
 * (429 with Retry-After, in seconds or as an HTTP date), server error (500), no answer within the background's
 * 10 s, or an answer that is not JSON — every badge says what happened and what to do, offers a retry, backs off
 * as it should, and keeps showing the last good data, marked stale with its age. Against the demo server's faults.
 *
 * Each kind runs on its own Zendesk subdomain, so the background's per-origin back-off and cache start clean.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Fault } from '../demo/server';
import { useDemoBrowser } from './demo-browser';

const demo = useDemoBrowser();
/** When the ticket on aged.zendesk.com was last fetched successfully (its stale age is checked last). */
let agedAt = 0;

const KNOWN = '1002'; // fetched once before the fault: its data must stay, marked stale
const UNSEEN = '1001'; // never fetched on that origin: the badge can only say what happened

const badge = (page: Page, ticketId: string): Locator => page.locator(`entitlement-lens-badge[data-ticket-id="${ticketId}"] .el-badge`);
/** A row's problem and its Retry are in the badge's details popover (the row has room for a chip only): open it, click Retry. */
async function retryRow(page: Page, ticketId: string): Promise<void> {
  const details = page.locator(`entitlement-lens-badge[data-ticket-id="${ticketId}"] .el-badge__details`);
  if (!(await details.evaluate((d) => d.matches(':popover-open')))) await badge(page, ticketId).locator('.el-badge__main').click();
  await badge(page, ticketId).locator('.el-badge__problem button').click();
}
const apiCalls = (host: string) => demo.server.requests.filter((r) => r.host === host && r.path.startsWith('/api/')).length;
const hhmmss = (ms: number) => new Date(ms).toISOString().slice(11, 19);

/** Opens the known ticket on `host` while the API works, so the background holds good data for it. */
async function primeTicket(page: Page, host: string): Promise<void> {
  await page.goto(`https://${host}/agent/tickets/${KNOWN}`);
  await expect.poll(() => badge(page, KNOWN).getAttribute('data-tone'), { timeout: 15_000 }).toBeTruthy();
}

interface Kind {
  name: string;
  fault: () => Fault;
  /** What the badge must say (what happened and what to do). */
  says: RegExp;
  /** Transient failures and rate limits are not asked again on a reload within the back-off. */
  backsOff: boolean;
  /** A rate limit is never retried early, not even by the Retry button. */
  rateLimited?: () => number;
  waitMs?: number;
}

let retryAt = 0;
const KINDS: Kind[] = [
  { name: '401 session expired', fault: () => ({ status: 401 }), says: /Your session has expired\. Sign in again in this tab, then retry\./, backsOff: false },
  { name: '403 forbidden', fault: () => ({ status: 403 }), says: /may not read this data \(403\)\. Ask your admin for access\./, backsOff: false },
  { name: '404 not found', fault: () => ({ status: 404 }), says: /Not found \(404\): it may have been deleted or merged\./, backsOff: false },
  {
    name: '429 with Retry-After in seconds',
    fault: () => ((retryAt = Date.now() + 3_000), { retryAfter: '3' }),
    says: /rate-limiting requests \(429\)\. Retrying after \d\d:\d\d:\d\d UTC\./,
    backsOff: true,
    rateLimited: () => retryAt,
  },
  {
    name: '429 with Retry-After as an HTTP date',
    fault: () => ((retryAt = Math.ceil((Date.now() + 4_000) / 1000) * 1000), { status: 429, retryAfter: new Date(retryAt).toUTCString() }),
    says: /rate-limiting requests \(429\)\. Retrying after \d\d:\d\d:\d\d UTC\./,
    backsOff: true,
    rateLimited: () => retryAt,
  },
  { name: '500 server error', fault: () => ({ status: 500 }), says: /answered with an error \(500\)\. It will be retried shortly\./, backsOff: true },
  { name: 'no answer within 10 s', fault: () => ({ delayMs: 11_000 }), says: /timed out after 10 s\. Check your connection, then retry\./, backsOff: true, waitMs: 20_000 },
  { name: 'malformed JSON', fault: () => ({ malformed: true }), says: /not valid JSON\. It will be retried; if it persists, tell your admin\./, backsOff: true },
];

describe('the badge when the tool’s API fails', () => {
  it('while the API works, a ticket shows its SLA (fetched at the start, to be stale a minute later)', async () => {
    const page = await demo.browser.context.newPage();
    await primeTicket(page, 'aged.zendesk.com');
    agedAt = Date.now();
    await page.close();
  });

  it.each(KINDS)('$name: says what happened and what to do, offers a retry, backs off, keeps the last good data marked stale', async (kind) => {
    const host = `${kind.name.split(' ')[0]!.toLowerCase()}-${KINDS.indexOf(kind)}.zendesk.com`;
    const wait = { timeout: kind.waitMs ?? 15_000 };
    const page = await demo.browser.context.newPage();
    await primeTicket(page, host);
    demo.server.setFault(kind.fault());
    try {
      const before = apiCalls(host);
      await page.goto(`https://${host}/agent/filters/1`);
      const known = badge(page, KNOWN);
      const unseen = badge(page, UNSEEN);

      // The last good data stays, marked stale, with its age and a retry; the problem is on it for the asking.
      await expect.poll(() => known.locator('.el-badge__stale').count(), wait).toBe(1);
      expect(await known.locator('.el-badge__sev').textContent()).toBe('S1'); // a row's short form of "Sev 1"
      expect(await known.locator('.el-badge__main').getAttribute('aria-label')).toMatch(/Sev 1 .* · stale · just now$/);
      expect(await known.getAttribute('data-tone')).toBeTruthy();
      expect(await known.locator('.el-badge__stale').textContent()).toMatch(/^stale · just now/);
      expect(await known.locator('.el-badge__stale').getAttribute('title')).toMatch(kind.says);
      expect(await known.locator('.el-badge__stale button').textContent()).toBe('Retry');

      // A ticket never fetched says what happened and what to do, in words, with a retry.
      await expect.poll(() => unseen.locator('.el-badge__problem').textContent(), wait).toMatch(kind.says);
      expect(await unseen.locator('.el-badge__problem button').textContent()).toBe('Retry');
      expect(apiCalls(host) - before).toBe(1); // one show_many for the whole view, not one per row
      if (kind.rateLimited) {
        // Retry-After in seconds counts from when the answer arrived, which the test only knows to within a second.
        const at = kind.rateLimited();
        const text = await unseen.locator('.el-badge__problem').textContent();
        expect(
          [at - 1_000, at, at + 1_000].some((t) => text?.includes(`Retrying after ${hhmmss(t)} UTC`)),
          text ?? '',
        ).toBe(true);
      }

      // Back-off: a reload within the back-off window is answered without asking the tool again.
      const afterFailure = apiCalls(host);
      await page.reload();
      await expect.poll(() => badge(page, UNSEEN).locator('.el-badge__problem').textContent(), wait).toMatch(kind.says);
      expect(apiCalls(host) - afterFailure).toBe(kind.backsOff ? 0 : 1);

      // The Retry button asks again at once — except through a rate limit, which it never breaks.
      const beforeRetry = apiCalls(host);
      await retryRow(page, UNSEEN);
      await expect.poll(() => badge(page, UNSEEN).locator('.el-badge__problem').textContent(), wait).toMatch(kind.says);
      if (kind.rateLimited) {
        await page.waitForTimeout(300);
        expect(apiCalls(host) - beforeRetry).toBe(0);
      } else await expect.poll(() => apiCalls(host) - beforeRetry, wait).toBe(1);

      // Recovery: once the tool answers again (and a rate limit has passed), Retry brings fresh data, no longer stale.
      demo.server.setFault(null);
      if (kind.rateLimited) await page.waitForTimeout(Math.max(0, kind.rateLimited() - Date.now() + 300));
      await retryRow(page, UNSEEN);
      await expect.poll(() => badge(page, UNSEEN).getAttribute('data-tone'), wait).toBeTruthy();
      await expect.poll(() => badge(page, KNOWN).locator('.el-badge__stale').count(), wait).toBe(0);
      expect(await badge(page, UNSEEN).locator('.el-badge__problem').count()).toBe(0);
    } finally {
      demo.server.setFault(null);
      await page.close();
    }
  });

  it('stale data shows how old it is', async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, agedAt + 61_000 - Date.now())));
    demo.server.setFault({ status: 500 });
    try {
      const page = await demo.browser.context.newPage();
      await page.goto(`https://aged.zendesk.com/agent/tickets/${KNOWN}`);
      await expect.poll(() => badge(page, KNOWN).locator('.el-badge__stale').textContent(), { timeout: 15_000 }).toMatch(/^stale · 1 min ago/);
      expect(await badge(page, KNOWN).locator('.el-badge__sev').textContent()).toBe('Sev 1');
      await page.close();
    } finally {
      demo.server.setFault(null);
    }
  });

  it('nothing the extension ran logged an error', () => {
    expect(demo.browser.extensionErrors()).toEqual([]);
  });
});
