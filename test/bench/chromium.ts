/**
 * Chromium for the page figures: the production build (in .output/bench/, see wxt.bench.config.ts) loaded
 * exactly as test/e2e/browser.ts loads it, and a baseline browser with the same flags minus the two
 * extension ones. Nothing here downloads anything; Debian's Chromium (or CHROME_PATH) is required.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { chromePath, chromiumArgs } from '../e2e/browser';

const ROOT = resolve(import.meta.dirname, '../..');
export const BENCH_EXTENSION_PATH = resolve(ROOT, '.output/bench/chrome-mv3');

/**
 * `wxt build` (production) into .output/bench/, with vitest's variables removed as test/e2e/global-setup.ts
 * does (WXT reads VITEST/NODE_ENV and would otherwise build for a test environment).
 */
export function buildExtension(): string {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-c', 'test/bench/wxt.bench.config.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env,
    timeout: 300_000,
  });
  if (!existsSync(resolve(BENCH_EXTENSION_PATH, 'manifest.json'))) throw new Error(`wxt build wrote no manifest to ${BENCH_EXTENSION_PATH}`);
  return BENCH_EXTENSION_PATH;
}

export interface BenchBrowser {
  context: BrowserContext;
  /** The extension's id, or null for the baseline browser. */
  extensionId: string | null;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the unpacked extension at `extensionPath` (the bench build by default), or without
 * any extension (`null`): the same flags and viewport as the e2e tests either way.
 */
export async function launch(hostResolverRules: string, extensionPath: string | null = BENCH_EXTENSION_PATH): Promise<BenchBrowser> {
  const withExtension = extensionPath !== null;
  const extensionArgs = withExtension ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`] : [];
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromePath(),
    headless: true,
    viewport: { width: 1440, height: 900 },
    ignoreHTTPSErrors: true,
    // As the e2e tests: the demo prints CRM date-times in UTC, and Lens reads them in the browser's zone.
    env: { ...process.env, TZ: 'UTC' },
    args: [...extensionArgs, ...chromiumArgs(hostResolverRules)],
  });
  let extensionId: string | null = null;
  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return { context, extensionId, close: () => context.close() };
}

/** Chromium's version string, e.g. "Chromium 156.0.8078.79 built on Debian …". */
export function chromiumVersion(): string {
  try {
    return execFileSync(chromePath(), ['--version'], { encoding: 'utf8', timeout: 30_000 }).trim();
  } catch (error) {
    return `unknown (${(error as Error).message.split('\n')[0]})`;
  }
}

/** CDP Performance metrics of a page, by name (durations in seconds, as CDP reports them). */
export async function performanceMetrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

export const sleep = (ms: number) => new Promise<void>((resolveSleep) => setTimeout(resolveSleep, ms));
