/**
 * The page figures of the ticket badges, on the demo server's 1,000-row Zendesk view (the fixture page the
 * end-to-end tests use, `/agent/filters/1000`), in Debian's Chromium with the production build:
 *
 * - scriptOverheadRatio: CDP Performance metrics ScriptDuration + LayoutDuration + RecalcStyleDuration of a
 *   fresh page, with the extension ÷ without, median of `loads` loads each (interleaved, so machine noise
 *   hits both alike). A load ends once the page is settled plus one quiet second: without the extension at
 *   the load event, with it once all 1,000 badges show their SLA (`.el-badge[data-tone]`, as the e2e tests
 *   wait for them).
 * - tickCpuPercent: 1,000 live badges, ticking each second (the demo's ticket 1001 is due ~25 min after the
 *   server starts, so the shared ticker runs at 1 s — checked, not assumed), for `tickSeconds`: a trace of
 *   the page's main thread; the tasks in which the content script's code (chrome-extension://<id>/…) ran,
 *   summed, ÷ wall time × 100. Beside it: the frames the browser draws after those tasks, and the whole
 *   page's CDP TaskDuration with and without the extension over the same length of time.
 * - firstBadgeMsP95: rows inserted by the page's own client-side navigation (test/demo/spa.js swaps in the
 *   1,000-row <main>, then fires `demo:navigated`) → every inserted row's badge painted (the frame after the
 *   last badge's shadow root got its content; rAF then a posted message). The view's data was fetched on an
 *   earlier load, as when an agent comes back to a view. Beside it: the same insertion without the
 *   extension (→ the rows painted), and the cold case (new tab → every badge showing its SLA).
 */
import type { CDPSession, Page } from 'playwright-core';
import { startDemoServer } from '../demo/server';
import { launch, performanceMetrics, sleep, type BenchBrowser } from './chromium';
import { median, percentile, round } from './stats';

export interface OverlayOptions {
  loads: number;
  firstBadgeRuns: number;
  tickSeconds: number;
  log?: (line: string) => void;
}

export interface OverlayResult {
  scriptOverheadRatio: number;
  tickCpuPercent: number;
  firstBadgeMsP95: number;
  detail: Record<string, unknown>;
}

const VIEW_ROWS = 1000;
const QUIET_MS = 1000;
/** components/styles.css: a breached countdown pulses 3 × 2 s when it first renders. */
const PULSE_MS = 7000;
/** CDP metric names summed for the overhead ratio (seconds). */
const WORK_METRICS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;

/** Every badge host of the page that has its SLA (`data-tone` is set only once a ticket's data is shown). */
const ALL_BADGES_WITH_DATA = `document.querySelectorAll('entitlement-lens-badge').length === ${VIEW_ROWS} &&
  [...document.querySelectorAll('entitlement-lens-badge')].every((h) => h.shadowRoot?.querySelector('.el-badge[data-tone]'))`;

/** The 7-row view after a client-side navigation: few rows, each badge showing its SLA. */
const SMALL_VIEW_SETTLED = `document.querySelectorAll('main tr[data-test-id="generic-table-row"]').length < 100 &&
  [...document.querySelectorAll('entitlement-lens-badge')].every((h) => h.shadowRoot?.querySelector('.el-badge[data-tone]'))`;

export async function overlayFigures(options: OverlayOptions): Promise<OverlayResult> {
  const log = options.log ?? (() => {});
  const server = await startDemoServer();
  const url = `${server.origin('acme.zendesk.com')}/agent/filters/${VIEW_ROWS}`;
  const withExtension = await launch(server.hostResolverRules);
  const without = await launch(server.hostResolverRules, null);
  try {
    // Warm-up (not measured): HTTP and compile caches, the background's first policy load.
    for (const browser of [withExtension, without]) await (await openView(browser, url)).page.close();

    // 1. Script + layout + style, interleaved loads.
    const work = { with: [] as number[], without: [] as number[] };
    const settle = { with: [] as number[], without: [] as number[] };
    for (let i = 0; i < options.loads; i++) {
      for (const [key, browser] of i % 2 === 0 ? ([['with', withExtension], ['without', without]] as const) : ([['without', without], ['with', withExtension]] as const)) {
        const load = await openView(browser, url);
        await sleep(QUIET_MS);
        const metrics = await performanceMetrics(load.cdp);
        work[key].push(WORK_METRICS.reduce((sum, name) => sum + (metrics[name] ?? 0), 0) * 1000);
        settle[key].push(load.settledMs);
        await load.page.close();
      }
      log(`overlay load ${i + 1}/${options.loads}: with ${round(work.with.at(-1)!, 1)} ms, without ${round(work.without.at(-1)!, 1)} ms`);
    }
    const scriptOverheadRatio = median(work.with) / median(work.without);

    // 2. Ticking: one settled page of each. Breached badges pulse three times (6 s) when first shown; the
    //    windows start after that, so they measure steady ticking.
    const ext = await openView(withExtension, url);
    const base = await openView(without, url);
    await sleep(PULSE_MS);
    const secondTicks = await ticksEachSecond(ext.page);
    const traced = await traceTicks(ext.cdp, options.tickSeconds, withExtension.extensionId!);
    if (secondTicks && traced.extensionTasks === 0) throw new Error('The badges tick each second, yet the trace shows no task of the content script: the attribution is broken');
    const busyWith = await taskTimeOver(ext.cdp, options.tickSeconds);
    const busyWithout = await taskTimeOver(base.cdp, options.tickSeconds);
    const windowMs = options.tickSeconds * 1000;
    const tickCpuPercent = (traced.extensionTaskMs / windowMs) * 100;
    log(`overlay ticks: extension tasks ${round(traced.extensionTaskMs, 1)} ms, whole page ${round(busyWith, 1)} ms (${round(busyWithout, 1)} ms without), over ${options.tickSeconds} s`);

    // 3. Rows inserted → badges painted, by the page's own SPA navigation (view 1 → view 1000).
    const inserted: Array<{ painted: number; withData: number }> = [];
    for (let i = 0; i < options.firstBadgeRuns; i++) {
      await ext.page.evaluate(`window.__demoNavigate('/agent/filters/1')`);
      await ext.page.waitForFunction(SMALL_VIEW_SETTLED, undefined, { timeout: 60_000, polling: 50 });
      await sleep(200);
      inserted.push(await insertRowsAndTimeBadges(ext.page, VIEW_ROWS));
    }
    // The same insertions without the extension: how long the page itself takes to paint those rows.
    const rowsOnly: number[] = [];
    for (let i = 0; i < Math.max(5, Math.ceil(options.firstBadgeRuns / 2)); i++) {
      await base.page.evaluate(`window.__demoNavigate('/agent/filters/1')`);
      await base.page.waitForFunction(`document.querySelectorAll('main tr[data-test-id="generic-table-row"]').length < 100`, undefined, { timeout: 60_000, polling: 50 });
      await sleep(200);
      rowsOnly.push((await insertRowsAndTimeBadges(base.page, VIEW_ROWS, false)).painted);
    }
    const cold = await coldLoads(withExtension, url, Math.max(3, Math.ceil(options.loads / 2)));
    await ext.page.close();
    await base.page.close();

    return {
      scriptOverheadRatio,
      tickCpuPercent,
      firstBadgeMsP95: percentile(inserted.map((r) => r.painted), 0.95),
      detail: {
        page: url.replace(/^https:\/\/[^/]+/, 'https://acme.zendesk.com'),
        rows: VIEW_ROWS,
        overhead: {
          metrics: WORK_METRICS.join(' + '),
          loads: options.loads,
          medianWithMs: round(median(work.with), 1),
          medianWithoutMs: round(median(work.without), 1),
          withMs: work.with.map((v) => round(v, 1)),
          withoutMs: work.without.map((v) => round(v, 1)),
          settledAfterMs: { with: round(median(settle.with), 0), without: round(median(settle.without), 0) },
        },
        ticks: {
          windowS: options.tickSeconds,
          windowStartsAfterSettledMs: PULSE_MS,
          tickerEachSecond: secondTicks,
          ticksTraced: traced.extensionTasks,
          measured: 'tracing (devtools.timeline): main-thread tasks of the page in which the content script ran (its JS and any style/layout it forced), summed',
          extensionTaskMs: round(traced.extensionTaskMs, 1),
          extensionScriptMs: round(traced.extensionScriptMs, 1),
          // What the browser then spends drawing the frames those ticks cause, and the page as a whole.
          framesAfterTicksMs: round(traced.frameMs, 1),
          framesAfterTicksPercent: round((traced.frameMs / windowMs) * 100, 2),
          wholePageTaskMsWith: round(busyWith, 1),
          wholePageTaskMsWithout: round(busyWithout, 1),
          wholePageDifferencePercent: round((Math.max(0, busyWith - busyWithout) / windowMs) * 100, 2),
        },
        firstBadge: {
          runs: options.firstBadgeRuns,
          paintedMs: inserted.map((r) => round(r.painted, 1)),
          paintedP50Ms: round(percentile(inserted.map((r) => r.painted), 0.5), 1),
          withDataP95Ms: round(percentile(inserted.map((r) => r.withData), 0.95), 1),
          withoutExtensionRowsPaintedP95Ms: round(percentile(rowsOnly, 0.95), 1),
          withoutExtensionRowsPaintedMs: rowsOnly.map((v) => round(v, 1)),
          coldNewTabToAllDataP95Ms: round(percentile(cold, 0.95), 0),
          coldNewTabToAllDataMs: cold.map((v) => round(v, 0)),
        },
      },
    };
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
}

interface Load {
  page: Page;
  cdp: CDPSession;
  /** Navigation start → settled (load event, and with the extension every badge showing its SLA). */
  settledMs: number;
}

/** A fresh page on the view, CDP Performance enabled before navigating; resolves once settled. */
async function openView(browser: BenchBrowser, url: string): Promise<Load> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const start = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (browser.extensionId) await page.waitForFunction(ALL_BADGES_WITH_DATA, undefined, { timeout: 120_000, polling: 100 });
  return { page, cdp, settledMs: Date.now() - start };
}

/** Whether the shared ticker runs each second: ticket 1001's countdown (seconds shown under an hour) changes within 2.5 s. */
async function ticksEachSecond(page: Page): Promise<boolean> {
  const read = () =>
    page.evaluate<string | null>(`document.querySelector('entitlement-lens-badge[data-ticket-id="1001"]')?.shadowRoot?.querySelector('[role="timer"]')?.textContent ?? null`);
  const first = await read();
  if (first === null || !/s$/.test(first)) return false;
  await sleep(2500);
  const second = await read();
  return second !== null && second !== first;
}

/** Main-thread task time (CDP TaskDuration) of the page over `seconds` of doing nothing, ms. */
async function taskTimeOver(cdp: CDPSession, seconds: number): Promise<number> {
  const before = (await performanceMetrics(cdp)).TaskDuration ?? 0;
  await sleep(seconds * 1000);
  const after = (await performanceMetrics(cdp)).TaskDuration ?? 0;
  return (after - before) * 1000;
}

/**
 * A trace of `seconds` on the page: the tasks on its main thread in which the content script ran (a
 * FunctionCall/EvaluateScript event of chrome-extension://<id>/ inside the task), their total and JS time;
 * and the rendering tasks (a frame: style, layout, pre-paint, paint) that follow one of those tasks before
 * any other task of ours.
 */
async function traceTicks(cdp: CDPSession, seconds: number, extensionId: string) {
  const events: TraceEvent[] = [];
  const collect = (e: { value: Array<Record<string, unknown>> }) => events.push(...(e.value as unknown as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  await sleep(seconds * 1000);
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', collect);

  const prefix = `chrome-extension://${extensionId}/`;
  const ours = (e: TraceEvent) => (e.name === 'FunctionCall' || e.name === 'EvaluateScript') && String(e.args?.data?.url ?? '').startsWith(prefix);
  // The page's main thread: the renderer main thread our script ran on.
  const thread = events.find(ours);
  if (!thread) return { extensionTaskMs: 0, extensionScriptMs: 0, frameMs: 0, extensionTasks: 0 };
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  const tasks = onThread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const scripts = onThread.filter(ours);
  const frames = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Commit', 'Layerize']);
  let extensionTaskMs = 0;
  let extensionTasks = 0;
  let frameMs = 0;
  let afterOurs = false;
  for (const task of tasks) {
    const inside = (e: TraceEvent) => e.ts >= task.ts && e.ts < task.ts + task.dur!;
    if (scripts.some(inside)) {
      extensionTaskMs += task.dur! / 1000;
      extensionTasks++;
      afterOurs = true;
    } else if (afterOurs && onThread.some((e) => frames.has(e.name) && inside(e))) {
      frameMs += task.dur! / 1000;
      afterOurs = false;
    }
  }
  // Nested FunctionCalls are counted once: only outermost ones.
  let extensionScriptMs = 0;
  let end = -1;
  for (const e of scripts) {
    if (e.ts >= end) {
      extensionScriptMs += e.dur! / 1000;
      end = e.ts + e.dur!;
    }
  }
  return { extensionTaskMs, extensionScriptMs, frameMs, extensionTasks };
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: Record<string, unknown> };
}

/**
 * Navigates the page (client-side, as the tool does) to the `rows`-row view and times, in the page, from the
 * moment the rows are in the DOM to the paint of the frame in which every inserted row has its badge; and
 * to the frame in which every badge shows its SLA.
 */
async function insertRowsAndTimeBadges(page: Page, rows: number, badges = true): Promise<{ painted: number; withData: number }> {
  // A string, not a function: tsx (keepNames) would wrap inner functions in a `__name` helper the page lacks.
  // Without badges (the page without the extension) the first frame after the insertion is the one timed.
  return page.evaluate(`new Promise((resolve, reject) => {
    const expected = ${rows};
    const badges = ${badges};
    let insertedAt = -1;
    let painted = -1;
    const timeout = setTimeout(() => reject(new Error('badges did not appear for ' + expected + ' rows within 60 s')), 60000);
    // A message posted from a rAF callback runs after that frame is painted.
    const afterPaint = (then) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(null);
    };
    const frame = () => {
      if (insertedAt >= 0 && !badges) {
        afterPaint((t) => { clearTimeout(timeout); resolve({ painted: t - insertedAt, withData: t - insertedAt }); });
        return;
      }
      const hosts = document.querySelectorAll('main entitlement-lens-badge');
      if (insertedAt >= 0 && hosts.length === expected) {
        let all = true;
        let data = true;
        for (const host of hosts) {
          const badge = host.shadowRoot && host.shadowRoot.firstElementChild;
          if (!badge) { all = false; break; }
          if (!badge.hasAttribute('data-tone')) data = false;
        }
        if (all && painted < 0) { painted = 0; afterPaint((t) => (painted = t - insertedAt)); }
        if (all && data) {
          afterPaint((t) => {
            clearTimeout(timeout);
            resolve({ painted: painted > 0 ? painted : t - insertedAt, withData: t - insertedAt });
          });
          return;
        }
      }
      requestAnimationFrame(frame);
    };
    window.addEventListener('demo:navigated', (event) => (insertedAt = event.timeStamp), { once: true });
    requestAnimationFrame(frame);
    window.__demoNavigate('/agent/filters/' + expected).catch(reject);
  })`);
}

/** New tab → every badge of the view showing its SLA, in the page's clock from navigation start; ms each. */
async function coldLoads(browser: BenchBrowser, url: string, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(ALL_BADGES_WITH_DATA, undefined, { timeout: 120_000, polling: 'raf' });
    out.push(await page.evaluate<number>('performance.now()'));
    await page.close();
  }
  return out;
}
