import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { THEME_ATTRIBUTE, type Theme } from '../theme';
import { TicketBadge, metricWord, rowFit, type BadgeData, type BadgeDisplay } from './ticket-badge';
import { needsSeconds } from '../countdown';
import { lifecycleTimeout } from '../lifecycle';
import type { TicketFeed } from '../ticket-feed';
import type { Ticker } from '../ticker';
import { parseTicket } from '../../parse/ticket';
import type { TicketFieldMapping } from '../../parse/ticket-fields';
import type { PageMatch, RawPageTicket, TicketAdapter } from '../../sites/types';
import type { EvaluatedTicket } from '../../messaging/answers';
import { shownTicketPlace } from '../leftover-ticket';
import { t } from '../../i18n/t';

const HOST_TAG = 'entitlement-lens-badge';
const HOST_NODE_NAME = HOST_TAG.toUpperCase();

/**
 * A badge is drawn when its row comes this near the viewport. Every row gets its badge's box at once (an empty
 * placeholder of fixed size, in the same frame as the row, so the page lays its table out once); what is drawn
 * inside is the only per-badge cost, and a 1,000-row view draws ~40 of them, not 1,000 (test/bench/PERFORMANCE.md).
 */
const NEAR_VIEWPORT_PX = 400;

/** One place a badge goes: its anchor, its ticket, the row it stands for (lists), and the ticket as the page shows it. */
export interface Anchor {
  anchor: Element;
  ticketId: string;
  row?: Element;
  ticket?: RawPageTicket;
}

/**
 * The places badges go on the current page. `ticketPage`: the one badge of a ticket page (drawn at once, in full);
 * `noun`: what the tool calls a ticket ("Case"); `roots`: shadow roots to watch for rows (lib/sites/page-data.ts).
 */
export type FindAnchors = ((skip?: (row: Element) => boolean) => Anchor[]) & { ticketPage?: boolean; noun?: string; roots?: () => ShadowRoot[] };

/**
 * The rows of a ticket list, through the tool's adapter (lib/sites/<tool>/): each row's badge place and ticket, read
 * with the ticket field mapping in force (`fields`; absent: the adapter's defaults). A board reads with one mapping: a
 * changed mapping is a new board.
 * @example startBoard(deps, listAnchors(zendesk.tickets, match))
 */
export function listAnchors(adapter: TicketAdapter, page: PageMatch, noun?: string, fields?: TicketFieldMapping): FindAnchors {
  const find = (skip?: (row: Element) => boolean) => adapter.listRows?.(document, page, skip, fields) ?? [];
  return Object.assign(find, { noun, roots: adapter.rowRoots ? () => adapter.rowRoots!(document) : undefined });
}

/**
 * The ticket page's one badge, through the tool's adapter: in its header, once the page has rendered it, and not while
 * the page still shows the previous ticket under the new URL (`isLeftoverTicket`).
 */
export function ticketPageAnchors(adapter: TicketAdapter, page: PageMatch, noun?: string, fields?: TicketFieldMapping): FindAnchors {
  const find = () => {
    const place = shownTicketPlace(adapter, page, new URL(location.href), fields);
    return place ? [place] : [];
  };
  return Object.assign(find, { ticketPage: true, noun });
}

interface Badge {
  ticketId: string;
  host: HTMLElement;
  /** Made when the badge is first drawn: most rows of a long view never are. */
  drawn: TicketBadge | null;
  /** Near the viewport (the IntersectionObserver says so): drawn and ticking. */
  near: boolean;
  /** Never drawn, or its data or the display changed since: drawn when it is (or comes) near. */
  dirty: boolean;
  /** The host's width when last seen (host.css sizes a row's host from its column): how the badge is drawn. */
  width: number;
}

export interface BoardDeps {
  ctx: ContentScriptContext;
  sheet: CSSStyleSheet;
  /** The hosts' own boxes (host.css), adopted by shadow roots that hold rows, where the page's stylesheet cannot reach. */
  hostSheet: CSSStyleSheet;
  feed: TicketFeed;
  ticker: Ticker;
  display: () => BadgeDisplay;
  announce: (text: string) => void;
  /**
   * The tickets as the page shows them, by id, kept for the feed (tools read from the page send them to be evaluated)
   * and for the ticket page's fallback when an API refuses. The board writes it; the content script's feed reads it.
   */
  pageTickets: Map<string, RawPageTicket>;
  /** Light or dark, as the page is now (lib/overlay/theme.ts); a dark host carries THEME_ATTRIBUTE, a light one nothing. */
  theme: () => Theme;
}

/**
 * Keeps a badge in every anchor `find` reports, following the page's DOM (rows added, removed, re-rendered,
 * swapped by client-side navigation) from the frame the rows appear in, and draws the badges near the viewport
 * (an IntersectionObserver on the hosts). Hosts carry their own shadow root with the shared constructed
 * stylesheet; a row's host has a box whose size never depends on what is drawn in it (size containment, its width
 * from its column), so drawing in it never changes the page's table. Returns the board's controls; stops with `ctx`.
 */
export function startBoard(deps: BoardDeps, find: FindAnchors) {
  const { ctx, sheet, feed, ticker } = deps;
  let stopped = false;
  /** Every badge in the page, by its host. A badge whose row left the page is dropped (its ticket's data stays in the feed). */
  const badges = new Map<HTMLElement, Badge>();
  const placedWhileParsing = new WeakSet<Element>();
  const placedUnobserved: Badge[] = [];

  const dataFor = (ticketId: string): BadgeData => {
    const state = feed.get(ticketId);
    const lookup = state?.lookup;
    const shown = deps.pageTickets.get(ticketId);
    const evaluated = lookup?.tickets[ticketId] ?? (lookup?.problem && find.ticketPage && shown ? ticketFromPage(shown, lookup.problem.message) : null);
    return {
      evaluated,
      organization: evaluated?.organizationKey ? (lookup?.organizations[evaluated.organizationKey] ?? null) : null,
      calendars: lookup?.calendars ?? [],
      problem: lookup?.problem ?? null,
      staleSince: lookup?.problem && lookup.tickets[ticketId] ? lookup.fetchedAt : null,
      loading: state?.loading ?? true,
      onRetry: state?.retry ?? null,
    };
  };
  const draw = (badge: Badge) => {
    badge.dirty = false;
    const now = ticker.now();
    badge.drawn ??= new TicketBadge(badge.ticketId, badge.host.shadowRoot!, find.ticketPage !== true, find.noun);
    badge.drawn.render(dataFor(badge.ticketId), deps.display(), now, rowFit(badge.width));
    // A countdown under an hour moves each second from now on, not from the next minute's tick.
    if (needsSeconds(badge.drawn.next, now)) ticker.reconsider();
  };
  const tickOne = (badge: Badge, now: number) => {
    const tone = badge.drawn?.tick(now) ?? null;
    // A tone comes back only from a drawn badge: it names its ticket.
    if ((tone === 'at-risk' || tone === 'breached') && badge.drawn && badge.host.isConnected) {
      const next = badge.drawn.next?.metric;
      const metric = next ? (metricWord(next) ?? next.replace(/-/g, ' ')) : 'SLA';
      const values = { name: badge.drawn.name, metric };
      deps.announce(tone === 'breached' ? t('badges_announceBreached', values) : t('badges_announceAtRisk', values));
    }
  };

  // A row's host takes its width from its column (host.css): when the agent resizes the column or the window past a
  // step, the badges near the viewport are drawn again for their new room. Only those are observed.
  const noteWidth = (badge: Badge, width: number) => {
    if (find.ticketPage) return;
    if (rowFit(width) !== rowFit(badge.width) && badge.drawn) badge.dirty = true;
    badge.width = width;
    resizes.observe(badge.host);
  };
  const resizes = new ResizeObserver((entries) => {
    if (stopped) return;
    for (const entry of entries) {
      const badge = badges.get(entry.target as HTMLElement);
      if (!badge?.near) continue;
      const was = rowFit(badge.width);
      badge.width = entry.contentRect.width;
      if (rowFit(badge.width) !== was) draw(badge);
    }
  });

  const visibility = new IntersectionObserver(
    (entries) => {
      if (stopped) return;
      for (const entry of entries) {
        const badge = badges.get(entry.target as HTMLElement);
        if (!badge) continue;
        badge.near = entry.isIntersecting && badge.host.isConnected;
        if (!badge.near) {
          resizes.unobserve(badge.host);
          continue;
        }
        noteWidth(badge, entry.boundingClientRect.width);
        if (badge.dirty) draw(badge);
        else {
          tickOne(badge, ticker.now());
          // Back in view under an hour from due: seconds again now, not at the next minute's tick.
          if (needsSeconds(badge.drawn?.next ?? null, ticker.now())) ticker.reconsider();
        }
      }
    },
    { rootMargin: `${NEAR_VIEWPORT_PX}px 0px` },
  );

  const place = (anchor: Element, ticketId: string) => {
    const host = document.createElement(HOST_TAG);
    host.dataset.ticketId = ticketId;
    // Styled by entrypoints/ticket-badges.content/host.css (injected from the manifest): in a row, a size-contained box before the
    // row's text, so a cell that truncates its text never cuts the badge off. The shadow root is attached now, while
    // the host is not yet in the page: attached later, it would make the browser rebuild the host's box and lay the
    // whole table out again (measured: 18–40 ms on a 1,000-row view). It stays empty until the badge is drawn.
    host.dataset.place = find.ticketPage ? 'header' : 'row';
    host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    if (deps.theme() === 'dark') host.setAttribute(THEME_ATTRIBUTE, 'dark');
    const badge: Badge = { ticketId, host, drawn: null, near: false, dirty: true, width: 0 };
    badges.set(host, badge);
    if (find.ticketPage) {
      visibility.observe(host);
      // The ticket page's one badge is drawn at once; a row's when it is near (see check).
      anchor.append(host);
      badge.near = true;
      draw(badge);
    } else anchor.prepend(host);
    return badge;
  };

  /**
   * Draws, in this frame, the new row badges already near the viewport: the observer would report them only after
   * the frame is painted, so rows would show empty boxes for a frame. Every position is read before anything is
   * drawn (one layout, which the frame needs anyway); drawing inside the hosts' contained boxes then lays out only
   * those boxes. The observer takes over from here (scrolling).
   */
  const drawNear = (placed: Badge[]) => {
    const boxes = placed.map(({ host }) => host.getBoundingClientRect());
    placed.forEach((badge, i) => {
      const box = boxes[i]!;
      if (!(box.bottom >= -NEAR_VIEWPORT_PX && box.top <= innerHeight + NEAR_VIEWPORT_PX && box.width > 0)) return;
      badge.near = true;
      noteWidth(badge, box.width);
      draw(badge);
    });
  };

  const check = () => {
    pending = null;
    if (stopped || ctx.isInvalid) return;
    // While the page is parsed, rows get their boxes as the parser adds them (see the MutationObserver below), before
    // the browser lays them out: the parser only adds rows, so rows placed already are not read again (reading them
    // all at each parsed chunk would cost the square of the rows), and the last row, which may still lack its
    // cells, waits for the next chunk. The data is asked for, and badges drawn, once the page is parsed.
    const parsing = document.readyState === 'loading';
    const found = find(parsing ? (row) => placedWhileParsing.has(row) || !row.nextElementSibling : undefined);
    // Every row's data is fetched (batches of 100), drawn or not. A ticket the page now shows otherwise (a status
    // edited, a row re-rendered with new values) is asked for again.
    if (!parsing) {
      const changed: string[] = [];
      for (const { ticketId, ticket } of found) {
        if (!ticket) continue;
        const before = deps.pageTickets.get(ticketId);
        // Shown otherwise than before, or shown again (after another page) for a ticket the feed already holds.
        if (before ? JSON.stringify(before) !== JSON.stringify(ticket) : feed.get(ticketId) !== null) changed.push(ticketId);
        deps.pageTickets.set(ticketId, ticket);
      }
      feed.add(found.map((f) => f.ticketId));
      if (changed.length) feed.invalidate(changed);
      // Rows inside a shadow root (a native-shadow datatable) are watched there: the document's observer cannot see them.
      for (const root of find.roots?.() ?? []) {
        if (watchedRoots.has(root)) continue;
        watchedRoots.add(root);
        observer.observe(root, { childList: true, subtree: true });
        if (!root.adoptedStyleSheets.includes(deps.hostSheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, deps.hostSheet];
      }
    }
    // Rows placed while parsing are observed (and the near ones drawn) with the first check after it: observing
    // asks the browser for a frame, and frames while parsing mean laying the growing table out again and again.
    const placed: Badge[] = parsing ? [] : placedUnobserved.splice(0);
    for (const { anchor, ticketId, row } of found) {
      if (parsing && row) placedWhileParsing.add(row);
      const first = anchor.firstElementChild;
      const existing = first?.nodeName === HOST_NODE_NAME ? (first as HTMLElement) : anchor.querySelector<HTMLElement>(`:scope > ${HOST_TAG}`);
      if (existing?.dataset.ticketId === ticketId) continue;
      existing?.remove(); // the page reused the row for another ticket: that badge waits for its own row
      const badge = place(anchor, ticketId);
      if (!find.ticketPage) (parsing ? placedUnobserved : placed).push(badge);
    }
    for (const badge of placed) visibility.observe(badge.host);
    if (!find.ticketPage && !parsing && placed.length > 0 && document.visibilityState === 'visible') drawNear(placed);
    // A ticket page has one badge: where the page now shows the ticket somewhere else (the Service Console swapped the
    // workspace shown after the URL), the badge placed in the other one goes.
    const anchors = find.ticketPage ? new Set(found.map((f) => f.anchor)) : null;
    for (const badge of badges.values()) {
      if (badge.host.isConnected && !(anchors && found.length > 0 && !anchors.has(badge.host.parentElement!))) continue;
      badge.host.remove();
      badges.delete(badge.host);
      visibility.unobserve(badge.host);
      resizes.unobserve(badge.host);
    }
  };

  // Rows are looked for at the next animation frame, before it is laid out and painted, so rows the page inserts
  // (or the parser adds, on a first load) get their boxes in the same frame; the 30 ms timer runs it where frames
  // do not come (a hidden tab).
  let pending: (() => void) | null = null;
  let frame: number | null = null;
  const run = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    pending?.();
    frame = null;
    check();
  };
  const watchedRoots = new WeakSet<ShadowRoot>();
  const observer = new MutationObserver((records) => {
    if (stopped || records.every(isOwnMutation)) return;
    // While the page is parsed: at once, in this callback, which runs after each chunk the parser writes and before
    // the browser lays it out. A frame requested then would make the browser render the page while parsing it,
    // which it otherwise skips.
    if (document.readyState === 'loading') {
      check();
      return;
    }
    if (pending !== null) return;
    pending = lifecycleTimeout(ctx, run, 30);
    frame = requestAnimationFrame(run);
  });
  observer.observe(document, { childList: true, subtree: true });
  const onParsed = () => run();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', onParsed, { once: true });

  // One shared ticker: badges near the viewport move; the others catch up when they come near.
  const unsubscribe = ticker.subscribe(() => {
    const now = ticker.now();
    for (const badge of badges.values()) if (badge.near && !badge.dirty) tickOne(badge, now);
  });
  const releaseSeconds = ticker.demandSeconds(() => {
    for (const badge of badges.values()) if (badge.near && needsSeconds(badge.drawn?.next ?? null, ticker.now())) return true;
    return false;
  });

  check();

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    visibility.disconnect();
    resizes.disconnect();
    document.removeEventListener('DOMContentLoaded', onParsed);
    pending?.();
    if (frame !== null) cancelAnimationFrame(frame);
    unsubscribe();
    releaseSeconds();
    for (const host of badges.keys()) host.remove();
    badges.clear();
  };
  const removeInvalidated = ctx.onInvalidated(stop);
  return {
    /** The feed answered for these tickets: redraw their badges near the viewport, mark the others. */
    refresh(ticketIds: readonly string[]) {
      const ids = new Set(ticketIds);
      for (const badge of badges.values()) {
        if (!ids.has(badge.ticketId)) continue;
        if (badge.near) draw(badge);
        else badge.dirty = true;
      }
    },
    /** The agent's display choices changed: every badge is redrawn (now or when it comes near). */
    redrawAll() {
      for (const badge of badges.values()) {
        if (badge.near) draw(badge);
        else badge.dirty = true;
      }
    },
    /** The page turned light or dark: every host follows (one attribute each; what is drawn stays). */
    retheme() {
      const dark = deps.theme() === 'dark';
      for (const host of badges.keys()) {
        if (dark) host.setAttribute(THEME_ATTRIBUTE, 'dark');
        else host.removeAttribute(THEME_ATTRIBUTE);
      }
    },
    stop() {
      removeInvalidated();
      stop();
    },
  };
}

export type Board = ReturnType<typeof startBoard>;

/**
 * A mutation that only adds or removes our own badge hosts: nothing the page did, so no reason to look for rows
 * again (prepending hosts would otherwise trigger a scan of the page).
 */
function isOwnMutation(record: MutationRecord): boolean {
  const own = (nodes: NodeList) => Array.prototype.every.call(nodes, (node: Node) => node.nodeName === HOST_NODE_NAME);
  return record.type === 'childList' && own(record.addedNodes) && own(record.removedNodes);
}

/** When the tool's API refuses, the ticket page still shows its priority: severity from that, SLA unknown. */
function ticketFromPage(shown: RawPageTicket, problem: string): EvaluatedTicket {
  const { ticket, warnings } = parseTicket({ id: shown.ticketId, subject: shown.subject, priority: shown.priority });
  return {
    ticketId: shown.ticketId,
    ticket,
    // i18n-exempt: the prefix of lib/parse/ticket.ts's "Created: missing" warning, compared, not shown (the page has no created time)
    warnings: [t('badges_readFromPage', { problem }), ...warnings.filter((w) => !w.startsWith('Created'))],
    organizationKey: null,
    sla: [
      {
        metric: 'first-response',
        severity: ticket.severity,
        // i18n-exempt: a decision's label is the policy's name for its target (data); the badge shows metricLabel(metric)
        label: 'SLA',
        internal: false,
        calendar: null,
        calendarZone: null,
        targetHours: null,
        dueAt: null,
        state: 'unknown',
        businessRemainingMs: null,
        wallRemainingMs: null,
        reasons: [t('badges_timesUnreadable')],
      },
    ],
  };
}
