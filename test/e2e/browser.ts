/**
 * Launches Debian's Chromium (or CHROME_PATH) with the built extension loaded, through playwright-core.
 * Branded Chrome ignores --load-extension; Chromium does not. Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Worker } from 'playwright-core';

export const EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (tried ${candidates.join(', ')}). Install it with: apt-get install -y chromium, or set CHROME_PATH.`);
  return found;
}

/**
 * The flags every Chromium we start gets (tests, demo, benchmarks), without the extension ones. As root in a
 * container Chromium needs --no-sandbox; the rest keep it from calling home on a closed network.
 */
export function chromiumArgs(hostResolverRules: string): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface LaunchOptions {
  hostResolverRules: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Extra flags. */
  args?: string[];
  /**
   * The browser's time zone (default UTC): CRM pages print date-times without an offset, in the user's zone, which
   * Lens takes to be the browser's; the demo prints them in UTC.
   */
  timeZone?: string;
  /**
   * The browser's UI language ('de', 'ja'; default the machine's, en-US here): what `browser.i18n` answers in. On
   * Linux Chromium takes it from LANGUAGE, with `--lang` beside it; Debian ships the other languages' resources in
   * chromium-l10n (without it, every language falls back to en-US).
   */
  language?: string;
  /** A profile directory to keep (a browser restart relaunches on the same one); default: a fresh temporary profile. */
  userDataDir?: string;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Console errors and uncaught exceptions seen so far (pages, content scripts, service worker). */
  errors: Array<{ where: string; source: string; text: string }>;
  /** Just the errors that come from the extension's own code. */
  extensionErrors(): string[];
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(resolve(EXTENSION_PATH, 'manifest.json'))) throw new Error(`The extension is not built: run \`npx wxt build\` (looked in ${EXTENSION_PATH})`);
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1440, height: 900 } : options.viewport,
    ignoreHTTPSErrors: true,
    // The whole browser's zone (pages and the service worker alike), not just the pages' emulated one.
    env: { ...process.env, TZ: options.timeZone ?? 'UTC', ...(options.language ? { LANGUAGE: options.language, LANG: `${options.language}.UTF-8` } : {}) },
    ...(options.language ? { locale: options.language } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      ...chromiumArgs(options.hostResolverRules),
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...(options.args ?? []),
    ],
  });
  const errors: ExtensionBrowser['errors'] = [];
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push({ where, source: message.location().url, text: message.text() });
  };
  context.on('page', (page) => {
    page.on('console', onConsole(page.url()));
    page.on('pageerror', (error) => errors.push({ where: page.url(), source: error.stack ?? '', text: error.message }));
  });
  let serviceWorker = context.serviceWorkers()[0];
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  serviceWorker.on('console', onConsole('service worker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const extensionErrors = () =>
    errors.filter((e) => e.where === 'service worker' || e.source.startsWith('chrome-extension://') || /entitlement/i.test(e.text)).map((e) => `${e.where}: ${e.text}`);
  return { context, extensionId, serviceWorker, errors, extensionErrors, close: () => context.close() };
}
