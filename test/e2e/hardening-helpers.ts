/**
 * Shared by the hardening end-to-end tests (test/e2e/hardening-*.e2e.test.ts): looking inside the extension's
 * shadow roots from the page, and reading the page's own counters through the Chrome DevTools Protocol.
 */
import type { Page } from 'playwright-core';

/** The extension's own UI hosts on a tool's page; each carries an open shadow root. */
export const OUR_HOSTS = ['entitlement-lens-panel', 'entitlement-lens-badge', 'entitlement-lens-board'] as const;

export interface UiInspection {
  /** What `window.__pwned` holds in the page's main world (undefined: no payload ran). */
  pwned: unknown;
  /** Elements inside our shadow roots that our components never render, or that carry code. */
  foreign: string[];
  /** How many of our hosts are on the page. */
  hosts: number;
  /** Text of every host's shadow root, joined. */
  text: string;
}

/**
 * Looks into every one of our shadow roots for what a payload would leave if it were ever parsed as markup: a tag
 * our components never render, an inline event handler, or a script URL.
 */
export async function inspectOurUi(page: Page, foreignTags: readonly string[]): Promise<UiInspection> {
  return page.evaluate(
    ({ hosts, tags }) => {
      const foreign: string[] = [];
      let count = 0;
      let text = '';
      const scriptUrl = /^\s*(javascript|data|vbscript):/i;
      for (const host of Array.from(document.querySelectorAll(hosts.join(',')))) {
        count++;
        const root = host.shadowRoot;
        if (!root) {
          foreign.push(`${host.localName} has no open shadow root`);
          continue;
        }
        text += `${root.textContent ?? ''}\n`;
        for (const el of Array.from(root.querySelectorAll('*'))) {
          const where = `${host.localName} > ${el.localName}`;
          if (tags.includes(el.localName)) foreign.push(`${where}: foreign <${el.localName}>`);
          for (const attr of Array.from(el.attributes)) {
            if (/^on/i.test(attr.name)) foreign.push(`${where}: inline handler ${attr.name}`);
            if (/^(href|src|action|formaction|data|srcdoc|xlink:href)$/i.test(attr.name) && (scriptUrl.test(attr.value) || attr.name === 'srcdoc')) {
              foreign.push(`${where}: ${attr.name}=${attr.value.slice(0, 40)}`);
            }
          }
          if (el.shadowRoot) foreign.push(`${where}: a shadow root we never attach`);
        }
      }
      return { pwned: (window as unknown as { __pwned?: unknown }).__pwned, foreign, hosts: count, text };
    },
    { hosts: [...OUR_HOSTS], tags: [...foreignTags] },
  );
}

export interface PageCounters {
  /** Live DOM nodes of the renderer (after a full garbage collection). */
  nodes: number;
  /** Event listeners registered in the renderer, page and extension worlds alike. */
  listeners: number;
  /** JS heap used, bytes. */
  heap: number;
}

/** Collects garbage, then reads Chromium's own counters for the page (CDP Performance.getMetrics). */
export async function pageCounters(page: Page): Promise<PageCounters> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { nodes: metric('Nodes'), listeners: metric('JSEventListeners'), heap: metric('JSHeapUsedSize') };
  } finally {
    await cdp.detach();
  }
}

/** Navigates the demo SPA client-side (test/demo/spa.js); resolves once the new content is in the DOM. */
export async function spaNavigate(page: Page, path: string, options: { delayMs?: number; urlFirst?: boolean } = {}): Promise<void> {
  await page.evaluate(([p, o]) => (window as unknown as { __demoNavigate: (u: string, o: object) => Promise<void> }).__demoNavigate(p, o), [path, options] as const);
}
