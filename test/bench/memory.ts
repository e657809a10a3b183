/**
 * memory.serviceWorkerMB: the service worker's JS heap (V8 used size, after a full garbage collection, in MiB) once it
 * has evaluated 10,000 accounts and watches 1,000 tickets, in Debian's Chromium with the production build.
 *
 * - 1,000 watched tickets: the watch limit set to 1,000 (its largest, lib/alerts/watch.ts MAX_WATCH_LIMIT), and the
 *   demo's 1,000-row Zendesk view opened on two Zendesk hosts (two tenants: their tickets are different tickets). Every
 *   row's data is read up front; the view's solved tickets are not watched (about a third), so the two views give some
 *   1,350 tickets, over the limit: the list holds 1,000 (checked in storage), the cap dropping the ones seen first.
 * - 10,000 evaluations: `evaluateAccount` messages from an extension page (the options page; the message guard accepts
 *   our own pages), 10,000 distinct Salesforce accounts, 20 in flight at a time, as the panel sends them.
 * - The heap is read over CDP (`Runtime.getHeapUsage` after `HeapProfiler.collectGarbage`) on the worker's target,
 *   attached from a page's session. Beside it: the same right after start, before any work.
 */
import type { CDPSession, Page, Worker } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { launch, sleep } from './chromium';
import { round } from './stats';

export interface MemoryOptions {
  evaluations: number;
  watched: number;
  log?: (line: string) => void;
}

export interface MemoryResult {
  serviceWorkerMB: number;
  detail: Record<string, unknown>;
}

const MIB = 1024 * 1024;

/** Calls one CDP method on another target (the worker) through a page's session (`Target.sendMessageToTarget`). */
async function onTarget(cdp: CDPSession, targetType: string) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === targetType && t.url.endsWith('/background.js'));
  if (!target) throw new Error(`no ${targetType} target`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  return (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++next;
      const listener = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
        if (message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', listener);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result ?? {});
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
}

/** Sends `count` evaluateAccount messages from an extension page, `inFlight` at a time; resolves to how many failed. */
const evaluateMany = (count: number, inFlight: number) => `(async () => {
  let sent = 0;
  let failed = 0;
  const one = async (i) => {
    const recordId = '001' + String(i).padStart(15, '0');
    const reply = await chrome.runtime.sendMessage({
      id: i,
      type: 'evaluateAccount',
      timestamp: Date.now(),
      data: {
        tool: 'salesforce',
        recordId,
        url: 'https://acme.lightning.force.com/lightning/r/Account/' + recordId + '/view',
        name: 'Account ' + i,
        fields: { Segment: ['Enterprise', 'Mid-Market', 'SMB', 'Strategic'][i % 4], ARR: '$' + (i % 500) * 1000, 'Purchased Packages': i % 3 ? 'Slack Support' : 'Implementation Services' },
      },
    });
    if (!reply || reply.err != null) failed++;
  };
  await Promise.all(Array.from({ length: ${inFlight} }, async () => {
    while (sent < ${count}) await one(sent++);
  }));
  return failed;
})()`;

export async function memoryFigures(options: MemoryOptions): Promise<MemoryResult> {
  const log = options.log ?? (() => {});
  const server = await startDemoServer();
  const browser = await launch(server.hostResolverRules);
  try {
    const worker: Worker = browser.context.serviceWorkers()[0]!;
    const probe: Page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(probe);
    let call = await onTarget(cdp, 'service_worker');
    const heap = async () => {
      await call('HeapProfiler.collectGarbage');
      const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
      return { usedMB: usage.usedSize / MIB, totalMB: usage.totalSize / MIB };
    };
    const atStart = await heap();

    // 1,000 watched tickets.
    await worker.evaluate((limit) => (globalThis as any).chrome.storage.local.set({ alertSettings: { watchLimit: limit } }), options.watched);
    const views: Page[] = [];
    for (const host of ['acme.zendesk.com', 'beta.zendesk.com']) {
      const view = await browser.context.newPage();
      await view.goto(`${server.origin(host)}/agent/filters/1000`, { timeout: 120_000 });
      views.push(view);
    }
    const watchedCount = () =>
      worker.evaluate(async () => Object.keys(((await (globalThis as any).chrome.storage.local.get('watch')).watch?.tickets as object | undefined) ?? {}).length);
    const started = Date.now();
    while ((await watchedCount()) < options.watched) {
      if (Date.now() - started > 120_000) throw new Error(`${await watchedCount()} tickets watched after 120 s, not ${options.watched}`);
      await sleep(500);
    }
    log(`memory: ${options.watched} tickets watched`);

    // 10,000 evaluations, from our own page.
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const evaluationStart = Date.now();
    const failed = await page.evaluate<number>(evaluateMany(options.evaluations, 20));
    if (failed > 0) throw new Error(`${failed} of ${options.evaluations} evaluations failed`);
    const evaluationS = (Date.now() - evaluationStart) / 1000;
    log(`memory: ${options.evaluations} evaluations in ${round(evaluationS, 1)} s`);
    await page.close();
    await sleep(1000);
    // The worker may have been restarted meanwhile (idle): attach again to the one running now.
    call = await onTarget(cdp, 'service_worker');
    const after = await heap();
    const stillWatched = await watchedCount();
    for (const view of views) await view.close();
    log(`memory: service worker heap ${round(after.usedMB, 1)} MiB (${round(atStart.usedMB, 1)} MiB at start)`);
    return {
      serviceWorkerMB: after.usedMB,
      detail: {
        measured: 'V8 used heap of the service worker after HeapProfiler.collectGarbage (Runtime.getHeapUsage), MiB',
        atStartMB: round(atStart.usedMB, 2),
        afterMB: round(after.usedMB, 2),
        heapTotalAfterMB: round(after.totalMB, 2),
        evaluations: options.evaluations,
        evaluationSeconds: round(evaluationS, 1),
        watchedTickets: stillWatched,
      },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
