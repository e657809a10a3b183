/**
 * A few lines of DOM building for the surfaces that render without React (the Zendesk badges, which must cost
 * the host page next to nothing: test/bench/PERFORMANCE.md). Text goes in as text nodes, attributes through
 * `setAttribute` with names written here, never from data: page and API strings can never become markup.
 */
export type Child = Node | string | null | false | undefined;

export interface Props {
  class?: string;
  /** Attributes by name; null/undefined/false leave the attribute out. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  onClick?: (event: MouseEvent) => void;
}

/** `h('span', { class: 'x', attrs: { title } }, 'text', child)` → a new element. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props?.class) el.className = props.class;
  if (props?.attrs) {
    for (const [name, value] of Object.entries(props.attrs)) {
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  const onClick = props?.onClick;
  if (onClick) el.addEventListener('click', (event) => onClick(event as MouseEvent));
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Sets `el`'s text only when it changed (a text node write still costs a style and layout check). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
