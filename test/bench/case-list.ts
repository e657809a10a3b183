/**
 * The page figures of the ticket badges on a Salesforce Case list view of 1,000 rows (the demo server's model of
 * Lightning's datatable, `/lightning/o/Case/list?filterName=AllCases1000`), in Debian's Chromium with the production
 * build, each beside its baseline in the same run. The agent has opened one account's page first (Stark Industries,
 * a 24/7 customer), as agents do, so the list holds known and unknown accounts and a countdown under an hour.
 *
 * - addedMainThreadMs1000: CDP ScriptDuration + LayoutDuration + RecalcStyleDuration of a fresh page, median with the
 *   extension − median without, interleaved loads; a load ends once every row in view shows its badge's state (with
 *   the extension) or at the load event (without), plus one quiet second.
 * - badgeLagMsP95: rows inserted by the page's own client-side navigation (7-row list → 1,000-row list) → the paint of
 *   the first frame in which every row in view has its badge, minus the median time the same insertion takes to paint
 *   without the extension; p95 over the runs.
 * - tickCpuPercent: the content script's main-thread tasks while the loaded list ticks (one shared ticker), ÷ wall time.
 */
import { startDemoServer } from '../demo/server';
import { ALL_CASES_IN_VIEW_BADGED } from '../e2e/view-badges';
import { launch, performanceMetrics, sleep, type BenchBrowser } from './chromium';
import { insertRowsAndTimeBadges, traceTicks, type RowsOnPage } from './overlay';
import { median, percentile, round } from './stats';

export interface CaseListOptions {
  loads: number;
  lagRuns: number;
  tickSeconds: number;
  log?: (line: string) => void;
}

export interface CaseListResult {
  addedMainThreadMs1000: number;
  badgeLagMsP95: number;
  tickCpuPercent: number;
  detail: Record<string, unknown>;
}

const ROWS = 1000;
const BIG = `/lightning/o/Case/list?filterName=AllCases1000`;
const SMALL = `/lightning/o/Case/list?filterName=Recent7`;
const QUIET_MS = 1000;
const WORK_METRICS = ['ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
/** Lightning keeps the pages it navigated away from mounted but hidden (the demo's spa.js too): rows of the shown page only. */
const SHOWN_ROWS = 'div.oneContent.active tr[data-row-key-value^="500"]';
const CASE_ROWS: RowsOnPage = { cells: SHOWN_ROWS, host: "cell.querySelector('entitlement-lens-badge')", path: BIG };
const ROW_COUNT = (n: number) => `document.querySelectorAll(${JSON.stringify(SHOWN_ROWS)}).length === ${n}`;

export async function caseListFigures(options: CaseListOptions): Promise<CaseListResult> {
  const log = options.log ?? (() => {});
  const server = await startDemoServer();
  const origin = server.origin('acme.lightning.force.com');
  const withExtension = await launch(server.hostResolverRules);
  const without = await launch(server.hostResolverRules, null);
  try {
    // The agent knows one account (its page was opened); warm-up of both browsers' caches, not measured.
    const { demoAccounts, demoToday } = await import('../fixtures/demo/accounts');
    const stark = demoAccounts(demoToday()).find((a) => a.name === 'Stark Industries')!;
    const seen = await withExtension.context.newPage();
    await seen.goto(`${origin}/lightning/r/Account/${stark.salesforceId}/view`);
    await seen.waitForFunction(`document.querySelector('entitlement-lens-panel')?.shadowRoot?.querySelector('.el-panel h1')?.textContent === 'Stark Industries'`, undefined, {
      timeout: 60_000,
    });
    await seen.close();
    for (const browser of [withExtension, without]) await (await openList(browser, `${origin}${BIG}`)).page.close();

    // 1. Script + layout + style, interleaved loads.
    const work = { with: [] as number[], without: [] as number[] };
    for (let i = 0; i < options.loads; i++) {
      const order: Array<[keyof typeof work, BenchBrowser]> = [
        ['with', withExtension],
        ['without', without],
      ];
      for (const [key, browser] of i % 2 === 0 ? order : order.reverse()) {
        const load = await openList(browser, `${origin}${BIG}`);
        await sleep(QUIET_MS);
        const metrics = await performanceMetrics(load.cdp);
        work[key].push(WORK_METRICS.reduce((sum, name) => sum + (metrics[name] ?? 0), 0) * 1000);
        await load.page.close();
      }
      log(`case list load ${i + 1}/${options.loads}: with ${round(work.with.at(-1)!, 1)} ms, without ${round(work.without.at(-1)!, 1)} ms`);
    }
    const addedMainThreadMs1000 = median(work.with) - median(work.without);

    // 2. Ticking, on a loaded list.
    const ext = await openList(withExtension, `${origin}${BIG}`);
    await sleep(2000);
    const ticks = await traceTicks(ext.cdp, options.tickSeconds, withExtension.extensionId!);
    const tickCpuPercent = (ticks.extensionTaskMs / (options.tickSeconds * 1000)) * 100;
    log(`case list ticks: ${round(ticks.extensionTaskMs, 1)} ms of content-script tasks in ${options.tickSeconds} s (${ticks.extensionTasks} tasks)`);

    // 3. Rows inserted by the page's navigation → every row in view badged, against the rows painted without us.
    const base = await openList(without, `${origin}${BIG}`);
    const withRuns: number[] = [];
    const withoutRuns: number[] = [];
    for (let i = 0; i < options.lagRuns; i++) {
      for (const [page, runs, badges] of [
        [ext.page, withRuns, true],
        [base.page, withoutRuns, false],
      ] as const) {
        await page.evaluate(`window.__demoNavigate(${JSON.stringify(SMALL)})`);
        await page.waitForFunction(ROW_COUNT(7), undefined, { timeout: 60_000, polling: 50 });
        await sleep(200);
        runs.push((await insertRowsAndTimeBadges(page, ROWS, badges, CASE_ROWS)).painted);
      }
    }
    const pagePaints = median(withoutRuns);
    const lags = withRuns.map((t) => t - pagePaints);
    await ext.page.close();
    await base.page.close();
    return {
      addedMainThreadMs1000,
      badgeLagMsP95: percentile(lags, 0.95),
      tickCpuPercent,
      detail: {
        page: `https://acme.lightning.force.com${BIG}`,
        rows: ROWS,
        mainThread: {
          metrics: WORK_METRICS.join(' + '),
          loads: options.loads,
          medianWithMs: round(median(work.with), 1),
          medianWithoutMs: round(median(work.without), 1),
          withMs: work.with.map((v) => round(v, 1)),
          withoutMs: work.without.map((v) => round(v, 1)),
        },
        ticks: {
          windowS: options.tickSeconds,
          extensionTaskMs: round(ticks.extensionTaskMs, 1),
          extensionTasks: ticks.extensionTasks,
          framesAfterTicksMs: round(ticks.frameMs, 1),
        },
        badgeLag: {
          runs: options.lagRuns,
          withExtensionPaintedMs: withRuns.map((v) => round(v, 1)),
          withoutExtensionPaintedMs: withoutRuns.map((v) => round(v, 1)),
          pagePaintsMedianMs: round(pagePaints, 1),
          lagP50Ms: round(percentile(lags, 0.5), 1),
        },
      },
    };
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
}

/** A fresh page on the list, CDP Performance enabled first; with the extension, resolved once every row in view shows its badge. */
async function openList(browser: BenchBrowser, url: string) {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(ROW_COUNT(ROWS), undefined, { timeout: 120_000, polling: 100 });
  if (browser.extensionId) await page.waitForFunction(ALL_CASES_IN_VIEW_BADGED, undefined, { timeout: 120_000, polling: 100 });
  return { page, cdp };
}
