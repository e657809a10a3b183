/**
 * The issue views mounted on a Jira page, each with the key it shows. Jira may keep the previous issue's view mounted
 * while it renders the next one (a single-page app's navigation: rules 2 and 3 of
 * ../shared/research/next-tools-and-anchors.md Part 2), and a queue shows the issue the agent opened beside it: an issue
 * view is told by its summary heading, and whose it is by the breadcrumbs' key in the same view (§2d, both High).
 * Pure DOM reading; Jira's app is light DOM, so plain queries serve.
 */
import { visibleText } from '../dom/dom-text';
import { JSM_BREADCRUMB_KEY, JSM_SUMMARY_HEADING } from './selectors';
import { isJsmIssueKey } from './urls';

export interface IssueView {
  /** The summary heading: the ticket page's badge goes in it. */
  heading: Element;
  /** The part of the page that is this issue view's alone (no other issue view, none of the bounds in it). */
  container: Element;
  /** The key its breadcrumbs show; null while they have not rendered, or when they show no key. */
  key: string | null;
}

/**
 * The shown issue views (a hidden one, kept mounted, never counts), in page order. `bounds`: what no issue view
 * contains (a queue's tables, ./read-page.ts), so the view beside a queue is the side panel, not the whole page.
 * @example shownIssueViews(document).find((v) => v.key === 'SUP-7')?.heading
 */
export function shownIssueViews(root: ParentNode, bounds: readonly Element[] = []): IssueView[] {
  const headings = queryAll(root, JSM_SUMMARY_HEADING);
  const views: IssueView[] = [];
  for (const heading of headings) {
    if (!isShown(heading)) continue;
    const container = ownSubtree(heading, [...headings, ...bounds]);
    views.push({ heading, container, key: breadcrumbKey(container) });
  }
  return views;
}

/** Every element matching any of `alternatives`, in page order, once each. */
function queryAll(root: ParentNode, alternatives: readonly string[]): Element[] {
  return Array.from(root.querySelectorAll(alternatives.join(', ')));
}

/**
 * The largest subtree around `el` that holds none of `others` (other issue views' headings, the bounds): its issue
 * view, whatever Atlaskit's wrappers are called.
 */
function ownSubtree(el: Element, others: readonly Element[]): Element {
  const foreign = others.filter((other) => other !== el && !el.contains(other));
  let node = el;
  for (let parent = node.parentElement; parent; parent = parent.parentElement) {
    if (foreign.some((other) => parent.contains(other))) break;
    node = parent;
  }
  return node;
}

/**
 * The key the view's shown breadcrumbs name: the item's text, else its link (`/browse/SUP-7`). Null when none shows a
 * key, or shown items name different keys (which issue this is cannot be told: never a guess).
 */
function breadcrumbKey(container: Element): string | null {
  const keys = new Set<string>();
  for (const item of queryAll(container, JSM_BREADCRUMB_KEY)) {
    if (!isShown(item)) continue;
    const key = keyOfItem(item);
    if (key) keys.add(key);
  }
  return keys.size === 1 ? [...keys][0]! : null;
}

const BROWSE_KEY = /\/browse\/([^/?#]+)/;

function keyOfItem(item: Element): string | null {
  const text = visibleText(item);
  if (isJsmIssueKey(text)) return text;
  const link = item.matches('a[href]') ? item : item.querySelector('a[href]');
  const fromHref = BROWSE_KEY.exec(link?.getAttribute('href') ?? '')?.[1] ?? '';
  return isJsmIssueKey(fromHref) ? fromHref : null;
}

/**
 * An inline `display: none` or `visibility: hidden`, or the `hidden` attribute: how the fixtures and the demo hide a
 * view kept mounted (inferred, Low: the notes do not say how Jira hides it); in a browser, checkVisibility() also sees
 * what stylesheets hide. The same test as lib/sites/salesforce/read-case.ts, without its shadow-root walk (Jira's app
 * is light DOM); site folders share no code, so it is repeated here.
 */
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** Whether `el` is shown: no ancestor hides it, and the browser (where it can tell) renders it. */
export function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || INLINE_HIDDEN.test(node.getAttribute('style') ?? '')) return false;
  }
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}
