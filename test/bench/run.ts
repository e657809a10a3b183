/**
 * Performance figures of Entitlement Lens, each measured in the same run as its baseline.
 *
 *   npm run --silent bench -- --json     one JSON object on stdout (progress on stderr)
 *   npm run bench                        a readable table
 *   npm run bench -- --only=overlay,bundle   just those sections (sla, rules, bundle, overlay, caseList, popup, sidebar, memory); the rest print null
 *   npm run bench -- --quick             tiny workloads, no Chromium and no build (the smoke test's mode);
 *                                        every figure key is still printed, skipped ones as null with a reason
 *
 * In-process figures first (nothing else of ours running), then the production build (bundle size), then
 * Chromium. Budgets are the issue's; they are reported, never adjusted. See test/bench/PERFORMANCE.md.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, totalmem } from 'node:os';
import { contentScriptSizes } from './bundle';
import { FIGURES, meets, type FigureKey } from './figures';
import { buildExtension, chromiumVersion } from './chromium';
import { rulesFigures, slaFigures } from './in-process';
import { overlayFigures } from './overlay';
import { caseListFigures } from './case-list';
import { popupFigures } from './popup-search';
import { sidebarFigures } from './sidebar';
import { memoryFigures } from './memory';
import { round } from './stats';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
/** `--only=overlay,popup`: just those sections (sla, rules, bundle, overlay, caseList, popup, sidebar, memory), for working on one figure; the others print null. */
const only =
  [...args]
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',') ?? null;
const runs = (section: string) => only === null || only.includes(section);
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const values = new Map<FigureKey, number | null>();
const skipped: Partial<Record<FigureKey, string>> = {};
const detail: Record<string, unknown> = {};
const set = (key: FigureKey, value: number | null, reason?: string) => {
  values.set(key, value);
  if (value === null) skipped[key] = reason ?? 'not measured';
};

const started = Date.now();

const notRun = (keys: FigureKey[], reason: string) => keys.forEach((key) => set(key, null, reason));
const skippedByOnly = `not in --only=${only?.join(',')}`;

// 1. In-process (tinybench).
if (runs('sla')) {
  log('SLA engine: fast vs oracle…');
  const sla = await slaFigures(quick ? { tickets: 300, timeMs: 200, runs: 2 } : { tickets: 20_000, timeMs: 2_000, runs: 5 });
  set('sla.deadlinesPerSecond', sla.deadlinesPerSecond);
  set('sla.speedupVsOracle', sla.speedupVsOracle);
  detail.sla = sla.detail;
} else notRun(['sla.deadlinesPerSecond', 'sla.speedupVsOracle'], skippedByOnly);

if (runs('rules')) {
  log('rules: full account evaluations…');
  const rules = await rulesFigures(quick ? { accounts: 500, timeMs: 200 } : { accounts: 10_000, timeMs: 4_000 });
  set('rules.evaluationsPerSecond', rules.evaluationsPerSecond);
  detail.rules = rules.detail;
} else notRun(['rules.evaluationsPerSecond'], skippedByOnly);

// 2. The production build (the Chromium figures load it too).
if (quick) {
  set('bundle.contentScriptGzipKB', null, '--quick: no production build');
} else if (runs('bundle') || runs('overlay') || runs('caseList') || runs('popup') || runs('sidebar') || runs('memory')) {
  log('building the extension (wxt build → .output/bench/chrome-mv3)…');
  const dir = buildExtension();
  if (runs('bundle')) {
    const sizes = contentScriptSizes(dir);
    set('bundle.contentScriptGzipKB', sizes.largest.gzipKB);
    detail.bundle = {
      build: '.output/bench/chrome-mv3 (production, wxt build -c test/bench/wxt.bench.config.ts)',
      largest: sizes.largest.name,
      scripts: sizes.scripts.map((s) => ({ ...s, rawKB: round(s.rawKB, 1), gzipKB: round(s.gzipKB, 1) })),
    };
  } else notRun(['bundle.contentScriptGzipKB'], skippedByOnly);
} else notRun(['bundle.contentScriptGzipKB'], skippedByOnly);

// 3. Chromium.
const overlayKeys = [
  'overlay.addedMainThreadMs100',
  'overlay.addedMainThreadMs1000',
  'overlay.scriptOverheadRatio',
  'overlay.badgeLagMsP95',
  'overlay.tickCpuPercent',
  'overlay.firstBadgeMsP95',
] as const;
if (quick) {
  notRun([...overlayKeys], '--quick: Chromium figures are skipped');
} else if (runs('overlay')) {
  log('overlay: 1,000-row Zendesk view in Chromium, with and without the extension…');
  const overlay = await overlayFigures({ loads: 11, firstBadgeRuns: 20, tickSeconds: 10, log });
  set('overlay.addedMainThreadMs100', overlay.addedMainThreadMs100);
  set('overlay.addedMainThreadMs1000', overlay.addedMainThreadMs1000);
  set('overlay.badgeLagMsP95', overlay.badgeLagMsP95);
  set('overlay.scriptOverheadRatio', overlay.scriptOverheadRatio);
  set('overlay.tickCpuPercent', overlay.tickCpuPercent);
  set('overlay.firstBadgeMsP95', overlay.firstBadgeMsP95);
  detail.overlay = overlay.detail;
} else notRun([...overlayKeys], skippedByOnly);

const caseListKeys = ['caseList.addedMainThreadMs1000', 'caseList.badgeLagMsP95', 'caseList.tickCpuPercent'] as const;
if (quick) {
  notRun([...caseListKeys], '--quick: Chromium figures are skipped');
} else if (runs('caseList')) {
  log('case list: 1,000-row Salesforce Case list view in Chromium, with and without the extension…');
  const list = await caseListFigures({ loads: 11, lagRuns: 15, tickSeconds: 10, log });
  set('caseList.addedMainThreadMs1000', list.addedMainThreadMs1000);
  set('caseList.badgeLagMsP95', list.badgeLagMsP95);
  set('caseList.tickCpuPercent', list.tickCpuPercent);
  detail.caseList = list.detail;
} else notRun([...caseListKeys], skippedByOnly);

/** A section that fails prints its figures as null with why, and the others still run and print. */
async function guarded(keys: FigureKey[], name: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (error) {
    log(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
    notRun(keys, `failed: ${(error as Error).message.split('\n')[0]}`);
  }
}

if (runs('popup'))
  await guarded(['popup.openMsP95', 'popup.searchP95Ms50k', 'popup.searchSpeedupVsFuse'], 'popup', async () => {
    log(quick ? 'popup search: Node comparison with Fuse.js only (--quick)…' : 'popup search: 50,000 accounts in Chromium, then Fuse.js in Node…');
    const popup = await popupFigures(quick ? { accounts: 2_000, queries: 8, chromium: false, log } : { accounts: 50_000, queries: 64, chromium: true, log });
    set('popup.searchP95Ms50k', popup.searchP95Ms50k, '--quick: Chromium figures are skipped');
    set('popup.openMsP95', popup.openMsP95, '--quick: Chromium figures are skipped');
    set('popup.searchSpeedupVsFuse', popup.searchSpeedupVsFuse);
    detail.popup = popup.detail;
  });
else notRun(['popup.openMsP95', 'popup.searchP95Ms50k', 'popup.searchSpeedupVsFuse'], skippedByOnly);

if (quick) notRun(['sidebar.verdictMsP95'], '--quick: Chromium figures are skipped');
else if (runs('sidebar'))
  await guarded(['sidebar.verdictMsP95'], 'sidebar', async () => {
    log('sidebar: record-to-record navigations on Salesforce and HubSpot in Chromium…');
    const sidebar = await sidebarFigures({ navigations: 30, log });
    set('sidebar.verdictMsP95', sidebar.verdictMsP95);
    detail.sidebar = sidebar.detail;
  });
else notRun(['sidebar.verdictMsP95'], skippedByOnly);

if (quick) notRun(['memory.serviceWorkerMB'], '--quick: Chromium figures are skipped');
else if (runs('memory'))
  await guarded(['memory.serviceWorkerMB'], 'memory', async () => {
    log('memory: the service worker after 10,000 evaluations and 1,000 watched tickets…');
    const memory = await memoryFigures({ evaluations: 10_000, watched: 1_000, log });
    set('memory.serviceWorkerMB', memory.serviceWorkerMB);
    detail.memory = memory.detail;
  });
else notRun(['memory.serviceWorkerMB'], skippedByOnly);

// Report.
const report: Record<string, unknown> = {};
for (const key of Object.keys(FIGURES) as FigureKey[]) {
  const [section, name] = key.split('.') as [string, string];
  const value = values.get(key) ?? null;
  ((report[section] ??= {}) as Record<string, number | null>)[name] = value === null ? null : round(value, value >= 100 ? 0 : 3);
}
report.budgets = Object.fromEntries(
  (Object.entries(FIGURES) as Array<[FigureKey, { budget: number | null; better: string }]>).map(([key, f]) => {
    const value = values.get(key) ?? null;
    return [key, { budget: f.budget === null ? 'reported, no budget' : `${f.better === 'higher' ? '≥' : '≤'} ${f.budget}`, pass: meets(key, value) }];
  }),
);
report.skipped = skipped;
report.detail = detail;
report.machine = machine();
report.command = `npm run --silent bench -- ${process.argv.slice(2).join(' ')}`.trim();
report.durationS = round((Date.now() - started) / 1000, 1);

if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else process.stdout.write(table());

function machine() {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  return {
    nproc: availableParallelism(),
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    memoryGB: round(totalmem() / 1e9, 1),
    node: process.version,
    chromium: quick ? null : chromiumVersion(),
    date: new Date().toISOString(),
  };
}

function table(): string {
  const rows = (Object.entries(FIGURES) as Array<[FigureKey, { budget: number | null; better: string; unit: string }]>).map(([key, f]) => {
    const value = values.get(key) ?? null;
    const shown = value === null ? `— (${skipped[key]})` : `${value >= 1000 ? Math.round(value).toLocaleString('en-US') : round(value, value >= 10 ? 1 : 3)} ${f.unit}`;
    const met = meets(key, value);
    const pass = met === null ? '' : met ? 'ok' : 'MISSES';
    return [key, shown, f.budget === null ? 'no budget' : `${f.better === 'higher' ? '≥' : '≤'} ${f.budget.toLocaleString('en-US')} ${f.unit}`, pass];
  });
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'budget'][i]!.length));
  const line = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c)).join('  ');
  const m = machine();
  return [
    line(['figure', 'value', 'budget', '']),
    line(widths.map((w) => '-'.repeat(w)).concat('')),
    ...rows.map(line),
    '',
    `${m.nproc} cores, ${m.cpu}, Node ${m.node}${m.chromium ? `, ${m.chromium}` : ''}; ${Math.round((Date.now() - started) / 1000)} s. Details: --json.`,
    '',
  ].join('\n');
}
