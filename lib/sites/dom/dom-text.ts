/**
 * Reading what a user SEES as text, across shadow roots.
 *
 * `textContent` of a shadow host returns only its light children, and light children only show up
 * where a `<slot>` in the shadow tree projects them. `visibleText` walks the flattened tree instead:
 * into open shadow roots, and through each `<slot>` to the host children assigned to it (by the
 * `slot` attribute; unnamed slot ← unslotted children), falling back to the slot's own children
 * when nothing is assigned — or when the slot is not inside a shadow root at all, which is how
 * LWC's synthetic shadow renders slotted content (physically inside the `<slot>` element).
 * https://developer.mozilla.org/en-US/docs/Web/API/Web_components/Using_templates_and_slots
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Never rendered as text. */
const NEVER_TEXT = new Set(['script', 'style', 'template', 'noscript']);
/** Elements whose boundaries separate words even when the markup has no whitespace. */
const BREAKS_WORDS = new Set(['br', 'div', 'p', 'li', 'tr', 'td', 'th', 'section', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export interface VisibleTextOptions {
  /** Descendants matching this selector are left out (e.g. a product's inline-edit button or screen-reader-only text). */
  skip?: string;
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

/** Host children assigned to `slot`, computed from `slot` attributes (same rule as the spec's named/default slots). */
function assignedToSlot(slot: Element): Node[] {
  const root = slot.getRootNode();
  if (root.nodeType !== DOCUMENT_FRAGMENT_NODE) return [];
  const host = (root as ShadowRoot).host;
  if (!host) return [];
  const name = slot.getAttribute('name') ?? '';
  return Array.from(host.childNodes).filter((child) => {
    if (isElement(child)) return (child.getAttribute('slot') ?? '') === name;
    return name === '' && child.nodeType === TEXT_NODE;
  });
}

function renderedChildren(node: Node): Node[] {
  if (isElement(node)) {
    if (node.localName === 'slot') {
      const assigned = assignedToSlot(node);
      return assigned.length > 0 ? assigned : Array.from(node.childNodes);
    }
    if (node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
  }
  return Array.from(node.childNodes);
}

function walk(node: Node, skip: string | undefined, out: string[], isRoot: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (isElement(node)) {
    const tag = node.localName;
    if (NEVER_TEXT.has(tag)) return;
    if (!isRoot && skip && node.matches(skip)) return;
    const breaks = BREAKS_WORDS.has(tag);
    if (breaks) out.push(' ');
    for (const child of renderedChildren(node)) walk(child, skip, out, false);
    if (breaks) out.push(' ');
    return;
  }
  for (const child of renderedChildren(node)) walk(child, skip, out, false);
}

/** What makes the walk differ from `textContent`: slots, text never shown, elements that break words. */
const NOT_PLAIN = ['slot', ...NEVER_TEXT, ...BREAKS_WORDS].join(', ');

/**
 * `textContent`, where it is what the walk below would give: an element whose subtree has no slot, no shadow root,
 * nothing skipped and nothing that breaks words. One native query and a loop over the elements, instead of a walk that
 * allocates at every node: a list view reads six cells of a thousand rows at every change.
 */
function plainText(node: Node, skip: string | undefined): string | null {
  if (!isElement(node) || node.shadowRoot || node.localName === 'slot' || NEVER_TEXT.has(node.localName)) return null;
  if (node.querySelector(skip ? `${NOT_PLAIN}, ${skip}` : NOT_PLAIN)) return null;
  for (const el of Array.from(node.querySelectorAll('*'))) if (el.shadowRoot) return null;
  return normalise(node.textContent ?? '');
}

/** Text of `node` as rendered (flattened tree), whitespace collapsed and trimmed. Empty string when there is none. */
export function visibleText(node: Node, options: VisibleTextOptions = {}): string {
  return plainText(node, options.skip) ?? walkedText(node, options);
}

/** `visibleText` by the walk alone: the reference its `textContent` shortcut must equal (test/sites/dom-text.test.ts). */
export function walkedText(node: Node, options: VisibleTextOptions = {}): string {
  const out: string[] = [];
  walk(node, options.skip, out, true);
  return normalise(out.join(''));
}

/**
 * The value a form control shows: checkbox → 'true'/'false'; `<select>` → selected option's text;
 * `<input>`/`<textarea>` → current value. Null when `el` is not a form control.
 * Uses the live properties when the DOM provides them and falls back to the attributes that set
 * their defaults (as in server-rendered HTML), so it reads a parsed page and a live page alike.
 */
export function controlValue(el: Element): string | null {
  const tag = el.localName;
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    if (type === 'checkbox' || type === 'radio') {
      const checked = typeof input.checked === 'boolean' ? input.checked : el.hasAttribute('checked');
      return checked ? 'true' : 'false';
    }
    return normalise(typeof input.value === 'string' ? input.value : (el.getAttribute('value') ?? ''));
  }
  if (tag === 'textarea') {
    const area = el as HTMLTextAreaElement;
    return normalise(typeof area.value === 'string' ? area.value : (el.textContent ?? ''));
  }
  if (tag === 'select') {
    const options = Array.from(el.querySelectorAll('option'));
    const live = options.filter((o) => (o as HTMLOptionElement).selected === true);
    const chosen = live.length > 0 ? live : options.filter((o) => o.hasAttribute('selected'));
    return chosen.map((o) => visibleText(o)).join(';');
  }
  return null;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
