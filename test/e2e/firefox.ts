/**
 * Launches Debian's Firefox ESR (or FIREFOX_PATH) with the built Firefox MV3 extension, through puppeteer-core over
 * WebDriver BiDi (`browser.installExtension`, BiDi's webExtension.install: a temporary add-on, as about:debugging
 * loads one). Nothing here downloads a browser.
 *
 * Firefox has no `--host-resolver-rules`, so the demo's real host names reach the demo server through a CONNECT
 * proxy on 127.0.0.1 (every `https://<tool host>` is tunnelled to the server's port; the address bar keeps the real
 * host, which the extension's URL matchers need). `--remote-allow-system-access` lets BiDi open the extension's own
 * pages (moz-extension://), which it refuses by default; the add-on's internal UUID is pinned by a pref so the test
 * knows the popup's address.
 */
import { existsSync } from 'node:fs';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_EXTENSION_PATH = resolve(import.meta.dirname, '../../.output/firefox-mv3');
/** The add-on id (wxt.config.ts `browser_specific_settings.gecko.id`) and the internal UUID this profile gives it. */
export const GECKO_ID = 'entitlement-lens@example.com';
export const EXTENSION_UUID = '3b8c2f1e-6a4d-4c9b-9e2f-7d1a5c0b8e42';

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Firefox found (tried ${candidates.join(', ')}). Install it with: apt-get install -y firefox-esr, or set FIREFOX_PATH.`);
  return found;
}

/** A CONNECT-only proxy that tunnels every request to `port` on 127.0.0.1; `stop` ends every tunnel at once. */
async function tunnelTo(port: number): Promise<{ proxy: Server; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const proxy = createServer((client) => {
    track(client);
    client.on('error', () => client.destroy());
    client.once('data', (head) => {
      if (!head.toString('latin1').startsWith('CONNECT ')) return client.end('HTTP/1.1 405 Method Not Allowed\r\n\r\n');
      const upstream = connect(port, '127.0.0.1', () => {
        track(upstream);
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  const stop = () =>
    new Promise<void>((done) => {
      proxy.close(() => done());
      // A tunnel Firefox left open would hold close() forever: end them all.
      for (const socket of sockets) socket.destroy();
    });
  return { proxy, stop };
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** A new tab at `url` (waits for the page's load event). */
  open(url: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** A new tab showing an extension page ('popup.html', 'options.html'). BiDi reports no load for these: poll for content. */
  openExtensionPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Console errors and uncaught exceptions seen on the pages opened. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(demoPort: number, { prefs = {} as Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_PATH, 'manifest.json')))
    throw new Error(`The Firefox extension is not built: run \`npx wxt build -b firefox --mv3\` (looked in ${FIREFOX_EXTENSION_PATH})`);
  const { proxy, stop: stopProxy } = await tunnelTo(demoPort);
  let browser: Browser | undefined;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      // The demo server's certificate is self-signed.
      acceptInsecureCerts: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, TZ: 'UTC' },
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': (proxy.address() as AddressInfo).port,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        ...prefs,
      },
    });
    await browser.installExtension(FIREFOX_EXTENSION_PATH);
  } catch (error) {
    // Neither a Firefox nor a proxy outlives a failed start.
    await browser?.close().catch(() => undefined);
    await stopProxy();
    throw error;
  }
  const started = browser;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(String(e)));
  };
  return {
    browser: started,
    errors,
    async open(url, viewport = { width: 1280, height: 900 }) {
      const page = await started.newPage();
      watch(page);
      await page.setViewport(viewport);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async openExtensionPage(path, viewport = { width: 400, height: 600 }) {
      const page = await started.newPage();
      watch(page);
      await page.setViewport(viewport);
      // Firefox navigates, but BiDi sends no load event for a moz-extension page: the wait times out by design.
      await page.goto(`moz-extension://${EXTENSION_UUID}/${path}`, { waitUntil: 'domcontentloaded', timeout: 3_000 }).catch(() => undefined);
      return page;
    },
    async close() {
      // Firefox's own close, bounded: a browser that does not exit is killed, so a suite's afterAll never waits on it.
      await Promise.race([started.close(), new Promise((done) => setTimeout(done, 15_000))]).catch(() => undefined);
      started.process()?.kill('SIGKILL');
      await stopProxy();
    },
  };
}
