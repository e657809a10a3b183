import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lifecycleTimeout } from '@/lib/overlay/lifecycle';
import { readZendeskListRows, zendeskRowBadgeAnchor, zendeskTicketHeaderAnchor } from '@/lib/sites/zendesk';

/** Where one badge renders: a shadow root of our own inside the host page, for one ticket. */
export interface Slot {
  key: string;
  ticketId: string;
  root: ShadowRoot;
  /** The ticket's own page (not a row): it can fall back to what the page shows when the API refuses. */
  ticketPage: boolean;
}

const HOST_TAG = 'entitlement-lens-badge';
const HOST_NODE_NAME = HOST_TAG.toUpperCase();

/**
 * A mutation that only adds or removes our own badge hosts: nothing the page did, so no reason to look for
 * rows again (appending 1,000 hosts used to trigger a second full scan of the page).
 */
function isOwnMutation(record: MutationRecord): boolean {
  const own = (nodes: NodeList) => Array.prototype.every.call(nodes, (node: Node) => node.nodeName === HOST_NODE_NAME);
  return record.type === 'childList' && own(record.addedNodes) && own(record.removedNodes);
}

/** The places badges go on the current page, as (anchor element, ticket id) pairs. */
export type FindAnchors = (() => Array<{ anchor: Element; ticketId: string }>) & { ticketPage?: boolean };

export const listAnchors: FindAnchors = () =>
  readZendeskListRows(document).flatMap(({ ticketId, row }) => {
    const anchor = zendeskRowBadgeAnchor(row);
    return anchor ? [{ anchor, ticketId }] : [];
  });

export const ticketPageAnchors = (ticketId: string): FindAnchors =>
  Object.assign(
    () => {
      const anchor = zendeskTicketHeaderAnchor(document, ticketId);
      return anchor ? [{ anchor, ticketId }] : [];
    },
    { ticketPage: true },
  );

/**
 * How many badges of rows that left the page are kept, rendered but detached, for when their rows come back
 * (an agent switching between views, virtual scrolling): moving a kept host back costs nothing, while a new
 * one costs a shadow root, React's listeners on it (~60 µs a badge) and a fresh render. Oldest go first.
 */
const KEPT_DETACHED = 1000;

/**
 * Keeps one badge host in every anchor the page shows, and reports the slots whenever they change (rows
 * added by virtual scrolling, removed, re-rendered). Hosts carry their own shadow root with the shared,
 * constructed stylesheet, so 1,000 rows share one parsed stylesheet. A host whose row went away is kept
 * (still a slot, detached, see KEPT_DETACHED) and moved into the ticket's row when it comes back. Stops with
 * `ctx` or the returned function.
 */
export function watchSlots(ctx: ContentScriptContext, find: FindAnchors, sheet: CSSStyleSheet, onSlots: (slots: Slot[]) => void): () => void {
  let keys = '';
  /** Cancels the pending fallback timer (lifecycleTimeout: WXT's ctx timers leave a listener behind per call). */
  let pending: (() => void) | null = null;
  let stopped = false;
  let counter = 0;
  /** Every host we keep, connected or not, by key; and the latest host of each ticket. */
  const hosts = new Map<string, HTMLElement>();
  const byTicket = new Map<string, HTMLElement>();
  /** Keys of detached hosts, oldest first. */
  let detached: string[] = [];

  const create = (ticketId: string): HTMLElement => {
    const host = document.createElement(HOST_TAG);
    host.dataset.ticketId = ticketId;
    host.dataset.key = String(++counter);
    host.style.display = 'inline-block';
    host.style.marginLeft = '6px';
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    hosts.set(host.dataset.key, host);
    return host;
  };

  const slotOf = (host: HTMLElement): Slot => ({ key: host.dataset.key!, ticketId: host.dataset.ticketId!, root: host.shadowRoot!, ticketPage: find.ticketPage === true });

  const check = () => {
    pending = null;
    if (stopped || ctx.isInvalid) return;
    const slots: Slot[] = [];
    for (const { anchor, ticketId } of find()) {
      let host = anchor.querySelector<HTMLElement>(`:scope > ${HOST_TAG}`);
      if (host && host.dataset.ticketId !== ticketId) {
        host.remove(); // the page reused the row for another ticket: that badge waits for its own row
        host = null;
      }
      if (!host) {
        const kept = byTicket.get(ticketId);
        host = kept && !kept.isConnected ? kept : create(ticketId);
        byTicket.set(ticketId, host);
        anchor.append(host);
      }
      slots.push(slotOf(host));
    }
    // Hosts out of the page are kept, newest last, up to KEPT_DETACHED; older ones are dropped.
    const connected = new Set(slots.map((slot) => slot.key));
    detached = detached.filter((key) => hosts.has(key) && !connected.has(key));
    const known = new Set(detached);
    for (const [key, host] of hosts) if (!connected.has(key) && !known.has(key) && !host.isConnected) detached.push(key);
    while (detached.length > KEPT_DETACHED) forget(detached.shift()!);
    for (const key of detached) slots.push(slotOf(hosts.get(key)!));
    const next = slots.map((s) => s.key).join(',');
    if (next !== keys) {
      keys = next;
      onSlots(slots);
    }
  };
  const forget = (key: string) => {
    const host = hosts.get(key)!;
    hosts.delete(key);
    if (byTicket.get(host.dataset.ticketId!) === host) byTicket.delete(host.dataset.ticketId!);
  };
  // Rows are looked for at the next animation frame, before it is laid out and painted, so rows the page
  // inserts get their badges in the same frame instead of one more table layout later; the 30 ms timer still
  // runs it where frames do not come (a hidden tab). Whichever comes first runs the check, once.
  let frame: number | null = null;
  const run = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    pending?.();
    frame = null;
    check();
  };
  const schedule = (records: MutationRecord[]) => {
    if (pending !== null || stopped || records.every(isOwnMutation)) return;
    pending = lifecycleTimeout(ctx, run, 30);
    frame = requestAnimationFrame(run); // check() itself returns once ctx is invalid
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  check();
  const stop = () => {
    stopped = true;
    observer.disconnect();
    pending?.();
    if (frame !== null) cancelAnimationFrame(frame);
    for (const host of hosts.values()) host.remove();
    hosts.clear();
    byTicket.clear();
    detached = [];
  };
  ctx.onInvalidated(stop);
  return stop;
}
