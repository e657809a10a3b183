/**
 * Who may talk to the background. A tool's page (its main world) cannot reach the extension at all: no
 * externally_connectable, and nothing listens on the page's window for our messages. What our own pages and
 * content scripts send is parsed with zod and its sender checked; a malformed payload is rejected, answered with
 * the refusal, and counted (the background logs each rejection with the running count).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { startDemoServer, type DemoServer } from '../demo/server';
import { demoAccounts, demoToday } from '../fixtures/demo/accounts';
import { launchWithExtension, type ExtensionBrowser } from './browser';

/** The extension API, in pages and workers evaluated from the tests (types are not needed there). */
declare const chrome: any;

let server: DemoServer;
let browser: ExtensionBrowser;
const accounts = demoAccounts(demoToday());
/** The background's "rejected" log lines, in order. */
const rejections: string[] = [];
const FORGED_ID = '001Dn00000FoRgE9AA';

beforeAll(async () => {
  server = await startDemoServer();
  browser = await launchWithExtension({ hostResolverRules: server.hostResolverRules });
  browser.serviceWorker.on('console', (message: ConsoleMessage) => {
    if (/rejected/.test(message.text())) rejections.push(message.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * What the background remembers of accounts (every evaluation it made), once written: the cache is written
 * `ACCOUNT_CACHE_WRITE_MS` (250 ms) after a change, so it is read a second later, never before a forged one could be in it.
 */
const cachedRecordIds = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  return browser.serviceWorker.evaluate(async () =>
    Object.values(((await chrome.storage.local.get('accountCache')) as { accountCache?: Record<string, { recordId: string }> }).accountCache ?? {}).map((v) => v.recordId),
  );
};

describe('a tool’s page cannot message the extension', () => {
  let page: Page;

  it('the main world has no channel to the extension', async () => {
    page = await browser.context.newPage();
    await page.goto(`${server.origin('acme.lightning.force.com')}/lightning/r/Account/${accounts[1]!.salesforceId}/view`);
    await expect.poll(() => page.locator('entitlement-lens-panel .el-panel h1').textContent(), { timeout: 15_000 }).toBe(accounts[1]!.name);
    const reach = await page.evaluate(async (id) => {
      const c = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown; connect?: unknown } } }).chrome;
      let sent = 'no chrome.runtime.sendMessage';
      if (typeof c?.runtime?.sendMessage === 'function') {
        try {
          await c.runtime.sendMessage(id, { id: 1, type: 'evaluateAccount', data: {}, timestamp: Date.now() });
          sent = 'sent';
        } catch (error) {
          sent = `refused: ${(error as Error).message}`;
        }
      }
      return { runtime: typeof c?.runtime, connect: typeof c?.runtime?.connect, sent };
    }, browser.extensionId);
    expect(reach.connect).toBe('undefined');
    expect(reach.sent).not.toBe('sent');
  });

  it('messages posted on the page’s window or as DOM events reach nothing', async () => {
    const forged = {
      tool: 'salesforce',
      recordId: FORGED_ID,
      url: `https://acme.lightning.force.com/lightning/r/Account/${FORGED_ID}/view`,
      name: 'Forged Ltd',
      fields: { Segment: 'Strategic', 'Purchased Packages': 'Slack Support' },
    };
    await page.evaluate((data) => {
      const message = { id: 7, type: 'evaluateAccount', data, timestamp: Date.now() };
      window.postMessage(message, '*');
      window.postMessage({ type: '@webext-core/messaging/window', message, senderOrigin: location.origin, namespace: 'entitlement-lens', instanceId: 'x' }, '*');
      window.dispatchEvent(new CustomEvent('@webext-core/messaging/custom-events', { detail: { message, namespace: 'entitlement-lens', instanceId: 'x' } }));
      document.dispatchEvent(new CustomEvent('evaluateAccount', { detail: data }));
    }, forged);
    await page.waitForTimeout(1_500);
    expect(await cachedRecordIds()).not.toContain(FORGED_ID);
    expect(rejections).toEqual([]); // they never even reached the background to be rejected
    await page.close();
  });
});

describe('a malformed payload from an extension page is rejected and counted', () => {
  const MALFORMED: Array<[string, string, unknown]> = [
    ['an unknown tool', 'evaluateAccount', { tool: 'jira', recordId: '001A', url: 'https://acme.lightning.force.com/x', name: null, fields: {} }],
    ['a record id with a path in it', 'evaluateAccount', { tool: 'salesforce', recordId: '../../etc/passwd', url: 'https://acme.lightning.force.com/x', name: null, fields: {} }],
    ['a script URL as the record URL', 'evaluateAccount', { tool: 'salesforce', recordId: FORGED_ID, url: 'javascript:alert(1)', name: 'x', fields: { Segment: 'Strategic' } }],
    [
      'a field value of the wrong type',
      'evaluateAccount',
      { tool: 'salesforce', recordId: FORGED_ID, url: 'https://acme.lightning.force.com/x', name: null, fields: { Segment: { $gt: '' } } },
    ],
    ['a name beyond the limit', 'evaluateAccount', { tool: 'salesforce', recordId: FORGED_ID, url: 'https://acme.lightning.force.com/x', name: 'x'.repeat(10_000), fields: {} }],
    ['no payload at all', 'evaluateAccount', undefined],
    ['a ticket id that is not an id', 'evaluateApiTickets', { ticketIds: ['1; DROP TABLE tickets'], tickets: [], outcome: { kind: 'read' } }],
    ['too many ticket ids', 'evaluateApiTickets', { ticketIds: Array.from({ length: 1_001 }, (_, i) => String(i + 1)), tickets: [], outcome: { kind: 'read' } }],
    ['an outcome that is none of read, failed or blocked', 'evaluateApiTickets', { ticketIds: ['1'], tickets: [], outcome: { kind: 'trust-me' } }],
    ['a retry flag that is not a flag', 'askApiGate', { fresh: 'yes' }],
    ['an empty record id', 'getCachedAccount', { tool: 'salesforce', recordId: '' }],
    ['a string instead of an object', 'getCachedAccount', 'salesforce:001A'],
  ];

  it.each(MALFORMED)('%s (%s) is refused, and the refusal counted', async (_what, type, data) => {
    const before = rejections.length;
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const reply = await popup.evaluate(
      ([t, d]) =>
        new Promise<{ res?: unknown; err?: { message?: string } } | undefined>((resolve) =>
          chrome.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, resolve),
        ),
      [type, data] as const,
    );
    await popup.close();
    expect(reply?.err?.message).toMatch(/^Entitlement Lens rejected a malformed message/);
    expect(reply?.res).toBeUndefined();
    await expect.poll(() => rejections.length).toBe(before + 1);
    expect(rejections.at(-1)).toMatch(new RegExp(`\\((${before + 1}) rejected since the background started\\)$`));
  });

  it('a payload carrying a __proto__ key pollutes nothing (unknown keys are dropped by the schema)', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.evaluate(
      () =>
        new Promise((resolve) =>
          chrome.runtime.sendMessage(
            {
              id: 4,
              type: 'getCachedAccount',
              data: JSON.parse('{"tool":"salesforce","recordId":"001A","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
              timestamp: Date.now(),
            },
            resolve,
          ),
        ),
    );
    await popup.close();
    expect(await browser.serviceWorker.evaluate(() => (({}) as { polluted?: unknown }).polluted ?? null)).toBeNull();
  });

  it('the background reads no tool for anyone: tickets sent to it are evaluated from what they carry, nothing is fetched', async () => {
    const before = server.requests.length;
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const reply = await popup.evaluate(
      () =>
        new Promise<{ res?: { missing?: string[] }; err?: { message?: string } } | undefined>((resolve) =>
          chrome.runtime.sendMessage({ id: 2, type: 'evaluateApiTickets', data: { ticketIds: ['1'], tickets: [], outcome: { kind: 'read' } }, timestamp: Date.now() }, resolve),
        ),
    );
    await popup.close();
    expect(reply?.err).toBeUndefined();
    expect(reply?.res?.missing).toEqual(['1']);
    // The popup page itself is the only request: the background asked no tool.
    expect(server.requests.slice(before).filter((r) => !r.path.startsWith('/__demo/'))).toEqual([]);
  });

  it('a well-formed message from our own page is still answered (the guard is not a wall)', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const reply = await popup.evaluate(
      (id) =>
        new Promise<{ res?: unknown; err?: unknown } | undefined>((resolve) =>
          chrome.runtime.sendMessage({ id: 3, type: 'getCachedAccount', data: { tool: 'salesforce', recordId: id }, timestamp: Date.now() }, resolve),
        ),
      accounts[1]!.salesforceId,
    );
    await popup.close();
    expect(reply?.err).toBeUndefined();
    expect((reply?.res as { recordId?: string } | null)?.recordId).toBe(accounts[1]!.salesforceId);
  });

  it('nothing forged was ever evaluated or stored', async () => {
    expect(await cachedRecordIds()).not.toContain(FORGED_ID);
    expect(browser.extensionErrors()).toEqual([]);
    console.info(`rejected and counted: ${rejections.length}\n  ${rejections.join('\n  ')}`);
  });
});
