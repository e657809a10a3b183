/**
 * Querying across OPEN shadow roots.
 *
 * Salesforce Lightning mixes light DOM (Aura, synthetic-shadow LWC) with native shadow roots
 * (https://developer.salesforce.com/docs/platform/lwc/guide/create-dom.html), so a plain
 * `querySelectorAll` from the document misses whatever sits in a shadow tree. These helpers run the
 * selector in every tree reachable through `element.shadowRoot` — which is non-null only for
 * `mode: 'open'` roots; closed roots are unreachable by design and stay unread.
 *
 * A selector is matched inside ONE tree at a time: combinators (`a b`, `a > b`) never cross a
 * shadow boundary, exactly as in `ShadowRoot.querySelectorAll`. Compose across boundaries by
 * querying for the container first, then querying inside it.
 *
 * Written against the DOM interfaces only (no `instanceof Element`), so it runs unchanged in the
 * browser and on a linkedom document in tests.
 */

const ELEMENT_NODE = 1;

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === ELEMENT_NODE;
}

function openShadowRoot(node: unknown): ShadowRoot | null {
  return isElement(node) ? node.shadowRoot : null;
}

function collect(tree: ParentNode, selector: string, out: Element[]): void {
  for (const match of Array.from(tree.querySelectorAll(selector))) out.push(match);
  for (const el of Array.from(tree.querySelectorAll('*'))) {
    const shadow = el.shadowRoot;
    if (shadow) collect(shadow, selector, out);
  }
}

/**
 * All elements matching `selector` in `root`'s tree and in every open shadow tree below it
 * (including `root`'s own shadow root when `root` is a host). The root itself is never a result.
 * Order: the shadow tree of `root` first, then tree order within each tree, each nested shadow
 * tree's matches following those of the tree that holds its host.
 */
export function deepQuerySelectorAll(root: ParentNode, selector: string): Element[] {
  const out: Element[] = [];
  const own = openShadowRoot(root);
  if (own) collect(own, selector, out);
  collect(root, selector, out);
  return out;
}

/** First element `deepQuerySelectorAll` would return, or null. */
export function deepQuerySelector(root: ParentNode, selector: string): Element | null {
  return deepQuerySelectorAll(root, selector)[0] ?? null;
}

/**
 * Alternatives, in order of preference: the matches of the first alternative that matches anything.
 * Selector constants are arrays of alternatives (one per page variant), so this is how they're used.
 */
export function deepQueryAlternatives(root: ParentNode, alternatives: readonly string[]): Element[] {
  for (const selector of alternatives) {
    const found = deepQuerySelectorAll(root, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/** First match of the first alternative that matches anything, or null. */
export function deepQueryFirst(root: ParentNode, alternatives: readonly string[]): Element | null {
  return deepQueryAlternatives(root, alternatives)[0] ?? null;
}

/**
 * Like `deepQueryAlternatives`, for pages of many elements read at every change (a list of a thousand rows): each
 * alternative is tried in `root`'s own tree first, with one native query, and the walk into every shadow tree below
 * (which visits every element of the page) happens only when the own tree has no match for any alternative.
 * Matches inside shadow trees are then missed only where the own tree has matches too.
 * @example lightThenDeep(document, ['lightning-datatable']) // the light-DOM datatables; the walk only if there are none
 */
export function lightThenDeep(root: ParentNode, alternatives: readonly string[]): Element[] {
  for (const selector of alternatives) {
    const light = Array.from(root.querySelectorAll(selector));
    if (light.length > 0) return light;
  }
  return deepQueryAlternatives(root, alternatives);
}
