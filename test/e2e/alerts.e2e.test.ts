/**
 * Alerts ahead of a breach, in Chromium with the built extension (issue 14). The clock is the demo server's: moving
 * it (`setClock`) moves every ticket's created time, so ticket #1001's first-response due instant is put where each
 * step needs it (60 minutes and a few seconds ahead, then 15, then a few seconds), while the browser's own clock and
 * the extension's alarms run for real. Notifications are read in the service worker with `chrome.notifications.getAll`.
 *
 * #1001 is Stark Industries' Severity 1 ticket; Stark holds 24x7 Support, so its first response counts on the 24x7
 * calendar and moving the clock moves the due instant by the same amount (asserted below, not assumed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../demo/server';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { accountSummary } from '../../lib/policy/summary-text';
import type { EvaluatedAccount } from '../../lib/messaging/answers';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/** The `chrome` namespace of the worker and our pages, as far as these tests use it there (the code runs in the browser). */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  notifications: { getAll(): Promise<Record<string, unknown>>; clear(id: string): Promise<boolean>; onClicked: { dispatch(id: string): void } };
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };
  alarms: {
    get(name: string): Promise<{ scheduledTime: number } | undefined>;
    onAlarm: { dispatch(alarm: { name: string; scheduledTime: number; periodInMinutes?: number }): void };
  };
  tabs: { get(tabId: number): Promise<{ active: boolean }> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const ORIGIN = 'https://acme.zendesk.com';
const KEY = `${ORIGIN}#1001`;
const TICKET_URL = `${ORIGIN}/agent/tickets/1001`;
const MINUTE = 60_000;

interface StoredTarget {
  metric: string;
  dueAt: number;
  calendar: string | null;
  state: string;
}

let server: DemoServer;
let browser: ExtensionBrowser;
let profile: string;
/** The demo clock as last set (the server's data is as of this instant). */
let clock = Date.now();
const launch = () => launchWithExtension({ hostResolverRules: server.hostResolverRules, userDataDir: profile });
const sw = (): Worker => browser.serviceWorker;

beforeAll(async () => {
  profile = mkdtempSync(join(tmpdir(), 'el-alerts-'));
  server = await startDemoServer({ now: () => clock });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

const watched = () =>
  sw().evaluate(async () => ((await chrome.storage.local.get('watch')).watch as { tickets?: Record<string, { why: string; targets: StoredTarget[] }> } | undefined)?.tickets ?? {});
const firstResponse = async (): Promise<StoredTarget | undefined> => (await watched())[KEY]?.targets.find((t) => t.metric === 'first-response');
/** The notifications the browser holds now for #1001, by id. */
const notificationsFor1001 = async () => {
  const all = (await sw().evaluate(() => chrome.notifications.getAll())) as Record<string, unknown>;
  return Object.keys(all).filter((id) => id.startsWith(`el|${KEY}|`));
};
const toolbar = () =>
  sw().evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));

/** The background's Due-soon answer (`getWatchList`), asked from an extension page as the popup asks it. */
async function watchList(): Promise<{ rows: Array<{ key: string; tone: string }> }> {
  const ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const answer = await ext.evaluate(() => chrome.runtime.sendMessage({ id: 1, type: 'getWatchList', data: undefined, timestamp: Date.now() }));
  await ext.close();
  return (answer as { res: { rows: Array<{ key: string; tone: string }> } }).res;
}
const atRiskOrBreached = (rows: Array<{ tone: string }>) => rows.filter((r) => r.tone === 'at-risk' || r.tone === 'breached').length;
/** The toolbar's count less the watched tickets at risk or breached (0 once the badge is painted from the list). */
const countGap = async () => Number((await toolbar()).text || '0') - atRiskOrBreached((await watchList()).rows);

async function openTicket(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(TICKET_URL);
  return page;
}

/**
 * Moves the demo clock until #1001's first response is due at `dueAt` (within 2 s), re-reading the ticket page each
 * time so the extension reads the ticket anew. Returns the due instant the extension stored.
 */
async function dueAt(page: Page, target: number): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = (await firstResponse())?.dueAt;
    if (before === undefined) throw new Error('#1001 is not watched yet');
    if (Math.abs(before - target) < 2_000) return before;
    clock += target - before;
    server.setClock(clock);
    await page.reload();
    await expect.poll(async () => (await firstResponse())?.dueAt, { timeout: 15_000 }).not.toBe(before);
  }
  const after = (await firstResponse())!.dueAt;
  expect(Math.abs(after - target)).toBeLessThan(2_000);
  return after;
}

describe('alerts ahead of a breach', () => {
  let page: Page;
  let second: Page;

  it('watches an opened ticket, its first response on the 24x7 calendar, with no alert while nothing is near', async () => {
    // A day ahead: #1001 is young (due in about a day), nothing is crossed.
    clock = Date.now() + 24 * 60 * MINUTE;
    server.setClock(clock);
    page = await openTicket();
    await expect.poll(async () => (await watched())[KEY]?.why, { timeout: 15_000 }).toBe('opened');
    const target = (await firstResponse())!;
    expect(target.calendar).toBe('24x7');
    expect(target.state).toBe('running');
    expect(target.dueAt - Date.now()).toBeGreaterThan(20 * 60 * MINUTE);
    expect(await notificationsFor1001()).toEqual([]);
    const bar = await toolbar();
    expect(bar.title).not.toContain('#1001');
    const list = await watchList();
    expect(list.rows.find((r) => r.key === KEY)?.tone).toBe('ok');
    // The count is the watched tickets at risk or breached, whichever they are.
    await expect.poll(countGap, { timeout: 10_000, interval: 500 }).toBe(0);
  });

  it('shows the 60-minute notification once, when the alarm rings, in two tabs of the same ticket', async () => {
    second = await openTicket();
    // 60 minutes and 6 seconds ahead: nothing yet; the `alerts` alarm rings 6 s later.
    const due = await dueAt(page, Date.now() + 60 * MINUTE + 6_000);
    expect(await notificationsFor1001()).toEqual([]);
    const alarm = await sw().evaluate(() => chrome.alarms.get('alerts'));
    expect(alarm?.scheduledTime).toBeGreaterThan(Date.now());
    expect(alarm!.scheduledTime).toBeLessThanOrEqual(due - 60 * MINUTE + 1_000);
    await expect.poll(notificationsFor1001, { timeout: 20_000, interval: 500 }).toEqual([`el|${KEY}|first-response|60`]);
    const shown = (await sw().evaluate(() => chrome.notifications.getAll())) as Record<string, unknown>;
    expect(Object.keys(shown).filter((id) => id.includes('#1001|'))).toHaveLength(1);
    // Both tabs read the ticket again: still one.
    await Promise.all([page.reload(), second.reload()]);
    await page.waitForTimeout(3_000);
    expect(await notificationsFor1001()).toEqual([`el|${KEY}|first-response|60`]);
  });

  it('counts #1001 in the toolbar once it is at risk, and names it in the tooltip', async () => {
    await expect.poll(async () => (await toolbar()).title, { timeout: 10_000 }).toContain('At risk: Zendesk #1001 (Stark Industries)');
    const bar = await toolbar();
    const list = await watchList();
    expect(list.rows.find((r) => r.key === KEY)?.tone).toBe('at-risk');
    await expect.poll(countGap, { timeout: 10_000, interval: 500 }).toBe(0);
    expect(Number(bar.text)).toBeGreaterThanOrEqual(1);
    await second.close();
  });

  it('does not repeat a notification after a browser restart', async () => {
    // The agent dismisses it; then the browser restarts on the same profile.
    await sw().evaluate((id) => chrome.notifications.clear(id), `el|${KEY}|first-response|60`);
    await page.close();
    await browser.close();
    browser = await launch();
    page = await openTicket();
    await expect.poll(async () => (await watched())[KEY]?.why, { timeout: 15_000 }).toBe('opened');
    await page.waitForTimeout(3_000);
    expect(await notificationsFor1001()).toEqual([]);
    const sent = await sw().evaluate(async (key) => ((await chrome.storage.local.get('watch')).watch as { sent: Record<string, string[]> }).sent[key], KEY);
    expect(sent).toContain('first-response|60');
  });

  it('shows the 15-minute notification once', async () => {
    await dueAt(page, Date.now() + 15 * MINUTE + 6_000);
    await expect.poll(notificationsFor1001, { timeout: 20_000, interval: 500 }).toEqual([`el|${KEY}|first-response|15`]);
    await page.reload();
    await page.waitForTimeout(2_000);
    expect(await notificationsFor1001()).toEqual([`el|${KEY}|first-response|15`]);
  });

  it('shows the breach notification once, and the toolbar turns red', async () => {
    await sw().evaluate((id) => chrome.notifications.clear(id), `el|${KEY}|first-response|15`);
    await dueAt(page, Date.now() + 6_000);
    await expect.poll(notificationsFor1001, { timeout: 20_000, interval: 500 }).toEqual([`el|${KEY}|first-response|breach`]);
    await expect.poll(async () => (await toolbar()).color, { timeout: 10_000 }).toEqual([179, 38, 30, 255]);
    expect((await toolbar()).title).toContain('Breached: Zendesk #1001 (Stark Industries)');
    await page.reload();
    await page.waitForTimeout(2_000);
    expect(await notificationsFor1001()).toEqual([`el|${KEY}|first-response|breach`]);
  });

  it('opens the ticket on a click: focuses the tab that shows it, else opens its page', async () => {
    const other = await browser.context.newPage();
    await other.goto(`${ORIGIN}/agent/filters/1`);
    await other.bringToFront();
    // The tab the ticket was last seen in, as the watch list recorded it.
    const tabId = ((await watched())[KEY] as unknown as { tabId: number }).tabId;
    const active = (id: number) => sw().evaluate(async (tab) => (await chrome.tabs.get(tab)).active, id);
    expect(await active(tabId)).toBe(false);
    // No API clicks a system notification; the worker's own event is dispatched, as the browser does on a click.
    await sw().evaluate((id) => chrome.notifications.onClicked.dispatch(id), `el|${KEY}|first-response|breach`);
    await expect.poll(() => active(tabId), { timeout: 10_000 }).toBe(true);
    expect(await notificationsFor1001()).toEqual([]);
    // With no tab showing #1001, a click opens its page.
    await page.close();
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await sw().evaluate((id) => chrome.notifications.onClicked.dispatch(id), `el|${KEY}|first-response|breach`);
    const fresh = await opened;
    await fresh.waitForURL(TICKET_URL);
    await fresh.close();
    await other.close();
  });

  it('lists the watched tickets in the popup, due first, usable from the keyboard: Enter opens the ticket', async () => {
    // The Demo tickets view puts every featured ticket on the list; #1002 and #1004 are the agent's own (search: assignee:me).
    const view = await browser.context.newPage();
    await view.goto(`${ORIGIN}/agent/filters/1`);
    // Its badges drawn: its tickets were sent to the background, which now asks this tab for the agent's own.
    await view.locator('entitlement-lens-badge .el-badge[data-tone]').first().waitFor({ timeout: 15_000 });
    // The agent's own tickets are asked for when the `watch-mine` alarm rings (every 5 minutes): rung now.
    await sw().evaluate(() => chrome.alarms.onAlarm.dispatch({ name: 'watch-mine', scheduledTime: Date.now(), periodInMinutes: 5 }));
    await expect.poll(async () => (await watched())[`${ORIGIN}#1002`]?.why, { timeout: 15_000 }).toBe('mine');
    const tickets = await watched();
    expect(tickets[`${ORIGIN}#1002`]?.why).toBe('mine');
    expect(tickets[`${ORIGIN}#1003`]?.why).toBe('list');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const rows = popup.getByTestId('due-soon').locator('.el-due__row');
    await rows.first().waitFor();
    // Sorted by the due instant of each ticket's leading target (the live one due first), as the watch list holds them:
    // the ones still to come first, due first; then the breached ones, the latest breach first; then those without one.
    const lead = (key: string) => {
      const live = tickets[key]!.targets.filter((t) => ['running', 'breached', 'paused'].includes(t.state)).map((t) => t.dueAt);
      return live.length ? Math.min(...live) : null;
    };
    await popup.getByRole('button', { name: /^Show all/ }).click();
    const shown = await rows.evaluateAll((els) => els.map((e) => ({ key: e.getAttribute('data-ticket')!, tone: e.getAttribute('data-tone')! })));
    expect(shown.length).toBe(Object.keys(tickets).length);
    const group = (r: { key: string; tone: string }) => (lead(r.key) === null ? 2 : r.tone === 'breached' ? 1 : 0);
    expect(shown.map(group)).toEqual([...shown.map(group)].sort());
    const upcoming = shown.filter((r) => group(r) === 0).map((r) => lead(r.key)!);
    const breached = shown.filter((r) => group(r) === 1).map((r) => lead(r.key)!);
    expect(upcoming.length).toBeGreaterThan(0);
    expect(breached.length).toBeGreaterThan(0);
    expect(upcoming).toEqual([...upcoming].sort((a, b) => a - b));
    expect(breached).toEqual([...breached].sort((a, b) => b - a));
    expect(await rows.first().textContent()).toMatch(/At risk|On track|Paused/);
    // Keyboard: the first row's button, ArrowDown to the second, Enter opens that ticket's page.
    await popup.locator('.el-due__open').first().focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.closest('.el-due__row')?.getAttribute('data-ticket'))).toBe(shown[1]!.key);
    const id = shown[1]!.key.split('#')[1]!;
    const opened = browser.context.waitForEvent('page', { timeout: 10_000 });
    await popup.keyboard.press('Enter');
    const ticketPage = await opened;
    await ticketPage.waitForURL(`${ORIGIN}/agent/tickets/${id}`);
    await ticketPage.close();
    await view.close();
    if (!popup.isClosed()) await popup.close();
  });

  it('Copy on the panel puts the account summary on the clipboard, as the pure function builds it', async () => {
    const stark = demoAccounts(demoToday(clock)).find((a) => a.name === 'Stark Industries')!;
    const crm = 'https://acme.lightning.force.com';
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: crm });
    const page = await browser.context.newPage();
    await page.goto(`${crm}/lightning/r/Account/${stark.salesforceId}/view`);
    const copy = page.locator('entitlement-lens-panel .el-copy__button', { hasText: /^Copy$/ });
    await copy.waitFor({ timeout: 15_000 });
    await copy.click();
    await expect.poll(() => page.locator('entitlement-lens-panel .el-copy__status').textContent()).toContain('Copied');
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    // The same evaluation the panel rendered, from the background's cache of the record just read (written 250 ms after
    // the read, lib/background/account-cache.ts: polled).
    const cachedNow = () =>
      sw().evaluate(
        async (key) => ((await chrome.storage.local.get('accountCache')).accountCache as Record<string, unknown> | undefined)?.[key],
        `salesforce:${stark.salesforceId}`,
      );
    await expect.poll(cachedNow, { timeout: 5_000 }).toBeTruthy();
    const cached = await cachedNow();
    expect(pasted).toBe(accountSummary((cached as EvaluatedAccount).evaluation, { format: 'text', now: Date.now() }));
    expect(pasted).toContain('Stark Industries');
    await page.close();
  });

  it('the options page shows what is watched and why, and saves thresholds per severity, refusing a bad one by name', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const table = options.getByTestId('watched');
    await table.waitFor({ timeout: 10_000 });
    expect(await table.locator('tr', { hasText: '#1002' }).textContent()).toContain('It is assigned to you');
    expect(await table.locator('tr', { hasText: '#1001' }).textContent()).toContain('You opened it');
    // The view's other tickets (one of them may have been opened from the popup just before).
    expect(await table.locator('tr', { hasText: 'It was in a list you looked at' }).count()).toBeGreaterThan(0);
    const section = options.locator('section[data-section="alerts"]');
    await section.getByLabel('Severity 1').fill('30, 0');
    await section.getByRole('button', { name: 'Save alert settings' }).click();
    await expect.poll(() => section.locator('.el-outcome').textContent()).toContain('Severity 1 thresholds');
    expect(await section.locator('.el-outcome').textContent()).toContain('Nothing was saved');
    await section.getByLabel('Severity 1').fill('30, 10, 120');
    await section.getByRole('button', { name: 'Save alert settings' }).click();
    await expect.poll(() => section.locator('.el-outcome').textContent()).toContain('Saved');
    const saved = await sw().evaluate(async () => (await chrome.storage.local.get('alertSettings')).alertSettings);
    expect((saved as { thresholds: { sev1: number[] } }).thresholds.sev1).toEqual([120, 30, 10]);
    await options.close();
  });
});
