/**
 * Whether an element is shown. Single-page apps keep pages the agent left mounted but hidden (Lightning's cached
 * pages, an Ember outlet), so a reader must tell the shown page from the hidden ones before it reads or badges.
 * Written against the DOM interfaces only, so it runs in the browser and on a linkedom document in tests alike.
 */

/** An inline `display: none`, how a framework (and the fixtures) hides a mounted page without a class. */
const INLINE_HIDDEN = /(?:^|;)\s*display\s*:\s*none\s*(?:!important\s*)?(?:;|$)/i;
/** The HTML `hidden` attribute (https://html.spec.whatwg.org/multipage/interaction.html#the-hidden-attribute). */
const HIDDEN_ATTRIBUTE = '[hidden]';
const DOCUMENT_FRAGMENT_NODE = 11;

export interface ShownOptions {
  /** A tool's own marks of a hidden container (`.slds-hide`), besides `[hidden]` and an inline `display: none`. */
  hidden?: string;
  /**
   * Remembers, per element, whether it or an ancestor is marked hidden: pass one map to the calls of one read of a
   * list, so a hundred rows under the same table walk the table's ancestors once. Not across reads: the page changes.
   */
  known?: Map<Element, boolean>;
}

/**
 * Not inside a hidden container (`[hidden]`, an inline `display: none`, `options.hidden`), across shadow roots; and,
 * where the browser has `Element.checkVisibility()` (Chrome 105+, Firefox 106+), rendered: that sees what stylesheets
 * hide too. A page scrolled out of view is shown.
 * @example isShown(document.querySelector('.ticket-subject-heading')!) // false inside a cached page with display: none
 */
export function isShown(el: Element, options: ShownOptions = {}): boolean {
  const marks = options.hidden ? `${HIDDEN_ATTRIBUTE}, ${options.hidden}` : HIDDEN_ATTRIBUTE;
  if (markedHidden(el, marks, options.known ?? new Map())) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el) : true;
}

function markedHidden(el: Element, marks: string, known: Map<Element, boolean>): boolean {
  const remembered = known.get(el);
  if (remembered !== undefined) return remembered;
  const own = el.matches(marks) || INLINE_HIDDEN.test(el.getAttribute('style') ?? '');
  const parent = composedParent(el);
  const hidden = own || (parent !== null && markedHidden(parent, marks, known));
  known.set(el, hidden);
  return hidden;
}

/** `el` and its ancestors, innermost first, stepping from a shadow root to its host. */
export function composedAncestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = el; node; node = composedParent(node)) chain.push(node);
  return chain;
}

/** The parent element, or the host of the shadow root `el` is the top of. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root.nodeType === DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
}
