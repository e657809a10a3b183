/**
 * Light or dark, as the page the agent is on is: the panel and badges sit on the host tool, so they follow it when it
 * shows a theme, and the system's `prefers-color-scheme` where it shows none.
 *
 * What is read, most specific first:
 * 1. Salesforce SLDS 2's global styling hook `--slds-g-color-surface-1` on the root: the documented hook dark mode
 *    (SLDS 2, "Dark Mode-Ready Components in SLDS 2", Trailhead) changes, so a dark surface there means dark.
 * 2. The root's computed `color-scheme` when it names only `dark` (a page that declares it).
 * 3. The painted background of <body>, else <html>: Zendesk's dark mode (Garden v9 semantic variables) has no
 *    documented hook on the page, so its background is what can be read, as for any other tool.
 * 4. Nothing painted (transparent): the browser's own canvas, which is dark only when the page allows it
 *    (`color-scheme` naming `dark`) and the system prefers dark; else white, so light.
 * Re-read when <html> or <body> change an attribute (tools switch theme by class or data attribute) and when the
 * system's preference changes; never per row.
 */
export type Theme = 'light' | 'dark';

/** The attribute the panel's and badges' hosts (and the extension pages' <html>) carry; components/styles.css keys on it. */
export const THEME_ATTRIBUTE = 'data-el-theme';

/**
 * A CSS colour's relative luminance (WCAG 2), or null when it is not an opaque-enough colour: `rgb()`/`rgba()` as
 * getComputedStyle gives them, or `#rgb`/`#rrggbb` as a styling hook may hold them.
 * @example luminance('rgb(255, 255, 255)') // 1
 */
export function luminance(color: string): number | null {
  const value = color.trim();
  let rgb: number[] | null = null;
  let alpha = 1;
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value);
  if (fn) {
    rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
    if (fn[4]) alpha = fn[4].endsWith('%') ? Number(fn[4].slice(0, -1)) / 100 : Number(fn[4]);
  } else {
    const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
    if (hex) {
      const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
      rgb = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
    }
  }
  if (!rgb || alpha < 0.5 || rgb.some((c) => !Number.isFinite(c))) return null;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The system's preference: what the extension's own pages (popup, options), which have no host, follow. */
export const systemTheme = (view: Window = window): Theme => (view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');

/** Calls `apply` with the system's theme now and whenever it changes (the extension's pages). Returns a stop function. */
export function watchSystemTheme(apply: (theme: Theme) => void, view: Window = window): () => void {
  apply(systemTheme(view));
  const media = view.matchMedia?.('(prefers-color-scheme: dark)');
  const changed = () => apply(systemTheme(view));
  media?.addEventListener('change', changed);
  return () => media?.removeEventListener('change', changed);
}

/** Dark below this luminance: mid-grey (#767676) and darker. */
const DARK_BELOW = 0.18;
const themeOf = (color: string): Theme | null => {
  const l = luminance(color);
  return l === null ? null : l < DARK_BELOW ? 'dark' : 'light';
};

/** The page's theme now (see the module comment for the order). */
export function pageTheme(doc: Document = document): Theme {
  const view = doc.defaultView ?? window;
  const root = view.getComputedStyle(doc.documentElement);
  const hook = themeOf(root.getPropertyValue('--slds-g-color-surface-1'));
  if (hook) return hook;
  if (root.colorScheme?.trim() === 'dark') return 'dark';
  for (const el of [doc.body, doc.documentElement]) {
    const painted = el ? themeOf(view.getComputedStyle(el).backgroundColor) : null;
    if (painted) return painted;
  }
  return /\bdark\b/.test(root.colorScheme ?? '') && systemTheme(view) === 'dark' ? 'dark' : 'light';
}

/**
 * Calls `apply` with the page's theme now and whenever it changes (at most once a frame). Returns a stop function.
 */
export function watchTheme(apply: (theme: Theme) => void, doc: Document = document): () => void {
  const read = () => pageTheme(doc);
  const view = doc.defaultView ?? window;
  let current: Theme = read();
  apply(current);
  let queued = false;
  const check = () => {
    if (queued) return;
    queued = true;
    view.requestAnimationFrame(() => {
      queued = false;
      const next = read();
      if (next !== current) apply((current = next));
    });
  };
  const observer = new MutationObserver(check);
  const observeBody = () => doc.body && observer.observe(doc.body, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
  if (doc.body) observeBody();
  else doc.addEventListener('DOMContentLoaded', () => (observeBody(), check()), { once: true });
  // Stylesheets arriving late (a tool's theme CSS) change the background without an attribute: read again at load.
  if (doc.readyState !== 'complete') view.addEventListener('load', check, { once: true });
  const media = view.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', check);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', check);
  };
}
