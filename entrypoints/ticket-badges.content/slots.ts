import type { ContentScriptContext } from 'wxt/utils/content-script-context';
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
 * Keeps one badge host in every anchor the page shows, and reports the slots whenever they change (rows
 * added by virtual scrolling, removed, re-rendered). Hosts carry their own shadow root with the shared,
 * constructed stylesheet, so 1,000 rows share one parsed stylesheet. Stops with `ctx` or the returned function.
 */
export function watchSlots(ctx: ContentScriptContext, find: FindAnchors, sheet: CSSStyleSheet, onSlots: (slots: Slot[]) => void): () => void {
  let keys = '';
  let pending: number | null = null;
  let stopped = false;
  let counter = 0;
  const hosts = new Set<HTMLElement>();

  const check = () => {
    pending = null;
    if (stopped || ctx.isInvalid) return;
    const slots: Slot[] = [];
    for (const { anchor, ticketId } of find()) {
      let host = anchor.querySelector<HTMLElement>(`:scope > ${HOST_TAG}`);
      if (host && host.dataset.ticketId !== ticketId) {
        host.remove(); // the page reused the row for another ticket
        hosts.delete(host);
        host = null;
      }
      if (!host) {
        host = document.createElement(HOST_TAG);
        host.dataset.ticketId = ticketId;
        host.dataset.key = String(++counter);
        host.style.display = 'inline-block';
        host.style.marginLeft = '6px';
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [sheet];
        anchor.append(host);
        hosts.add(host);
      }
      slots.push({ key: host.dataset.key!, ticketId, root: host.shadowRoot!, ticketPage: find.ticketPage === true });
    }
    for (const host of hosts) if (!host.isConnected) hosts.delete(host);
    const next = slots.map((s) => s.key).join(',');
    if (next !== keys) {
      keys = next;
      onSlots(slots);
    }
  };
  const schedule = () => {
    if (pending === null && !stopped) pending = ctx.setTimeout(check, 30);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  check();
  const stop = () => {
    stopped = true;
    observer.disconnect();
    if (pending !== null) clearTimeout(pending);
    for (const host of hosts) host.remove();
    hosts.clear();
  };
  ctx.onInvalidated(stop);
  return stop;
}
