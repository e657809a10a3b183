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
 * A row's badge room before its host is there (entrypoints/ticket-badges.content/host.css draws it as the anchor's
 * `::before`, the host's exact size): `open` on an anchor the tool's static room selector does not cover, `filled`
 * once the host is in (the room then goes).
 */
export const SLOT_ATTRIBUTE = 'data-el-slot';
/** On the page's root while a list board is on a tool with a static room selector (`rowSlot`): host.css draws the room in every such cell. */
export const ROWS_ATTRIBUTE = 'data-el-rows';

/**
 * A row's badge gets its host, and is drawn, when its row comes this near the viewport. Until then the row has only
 * its badge's room (a `::before` of the host's size, in the same frame as the row, so the page lays its table out
 * once and nothing moves when the host comes): a 1,000-row view makes ~40 hosts, not 1,000, each with its shadow
 * root and style (test/bench/PERFORMANCE.md).
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
export type FindAnchors = ((skip?: (row: Element) => boolean) => Anchor[]) & {
  ticketPage?: boolean;
  noun?: string;
  roots?: () => ShadowRoot[];
  /** The tool's static room selector (TicketAdapter.rowSlot): the cells host.css gives a badge's room from the first layout. */
  slot?: string;
};

/**
 * The rows of a ticket list, through the tool's adapter (lib/sites/<tool>/): each row's badge place and ticket, read
 * with the ticket field mapping in force (`fields`; absent: the adapter's defaults). A board reads with one mapping: a
 * changed mapping is a new board.
 * @example startBoard(deps, listAnchors(zendesk.tickets, match))
 */
export function listAnchors(adapter: TicketAdapter, page: PageMatch, noun?: string, fields?: TicketFieldMapping): FindAnchors {
  const find = (skip?: (row: Element) => boolean) => adapter.listRows?.(document, page, skip, fields) ?? [];
  return Object.assign(find, { noun, roots: adapter.rowRoots ? () => adapter.rowRoots!(document) : undefined, slot: adapter.rowSlot });
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
  anchor: Element;
  /** The ticket page's at once; a row's when it first comes near the viewport (until then its anchor shows its room). */
  host: HTMLElement | null;
  /** Made when the badge is first drawn: most rows of a long view never are. */
  drawn: TicketBadge | null;
  /** Near the viewport (the IntersectionObserver says so): drawn and ticking. */
  near: boolean;
  /** Never drawn, or its data or the display changed since: drawn when it is (or comes) near. */
  dirty: boolean;
  /** The host's width when last seen (host.css sizes a row's host from its column; 0: not seen yet): how the badge is drawn. */
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
 * swapped by client-side navigation) from the frame the rows appear in: every row gets its badge's room at once, and
 * the rows near the viewport (an IntersectionObserver on the anchors) get their hosts and are drawn. Hosts carry
 * their own shadow root with the shared constructed stylesheet; a row's host has a box whose size never depends on
 * what is drawn in it (size containment, its width from its column, the room's size), so neither its coming nor
 * drawing in it changes the page's table. Returns the board's controls; stops with `ctx`.
 */
export function startBoard(deps: BoardDeps, find: FindAnchors) {
  const { ctx, sheet, feed, ticker } = deps;
  let stopped = false;
  /** Every badge in the page, by its anchor. A badge whose row left the page is dropped (its ticket's data stays in the feed). */
  const badges = new Map<Element, Badge>();
  // The static room (host.css) is drawn while this board is on the page.
  if (find.slot) document.documentElement.setAttribute(ROWS_ATTRIBUTE, '');
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
    badge.drawn ??= new TicketBadge(badge.ticketId, badge.host!.shadowRoot!, find.ticketPage !== true, find.noun);
    badge.drawn.render(dataFor(badge.ticketId), deps.display(), now, rowFit(badge.width));
    // A countdown under an hour moves each second from now on, not from the next minute's tick.
    if (needsSeconds(badge.drawn.next, now)) ticker.reconsider();
  };
  const tickOne = (badge: Badge, now: number) => {
    const tone = badge.drawn?.tick(now) ?? null;
    // A tone comes back only from a drawn badge: it names its ticket.
    if ((tone === 'at-risk' || tone === 'breached') && badge.drawn && badge.host?.isConnected) {
      const next = badge.drawn.next?.metric;
      const metric = next ? (metricWord(next) ?? next.replace(/-/g, ' ')) : 'SLA';
      const values = { name: badge.drawn.name, metric };
      deps.announce(tone === 'breached' ? t('badges_announceBreached', values) : t('badges_announceAtRisk', values));
    }
  };

  // A row's host takes its width from its column (host.css): the ResizeObserver reports it after the frame's layout
  // and before its paint (so a new host is drawn in the frame it first appears in), and again when the agent resizes
  // the column or the window past a step (the badge is drawn again for its new room). Only hosts near the viewport
  // are observed.
  const resizes = new ResizeObserver((entries) => {
    if (stopped) return;
    for (const entry of entries) {
      const badge = badges.get(entry.target.parentElement!);
      if (!badge?.near || badge.host !== entry.target) continue;
      const width = entry.contentRect.width;
      if (rowFit(width) !== rowFit(badge.width) && badge.drawn) badge.dirty = true;
      badge.width = width;
      if (badge.dirty && width > 0) draw(badge);
    }
  });

  /** The host, made now: its shadow root is attached before it enters the page (see below). */
  const addHost = (badge: Badge): HTMLElement => {
    const host = document.createElement(HOST_TAG);
    host.dataset.ticketId = badge.ticketId;
    // Styled by entrypoints/ticket-badges.content/host.css (injected from the manifest): in a row, a size-contained box
    // before the row's text, the size of the room it takes over, so a cell that truncates its text never cuts the
    // badge off. The shadow root is attached now, while the host is not yet in the page: attached later, it would make
    // the browser rebuild the host's box and lay the whole table out again (measured: 18–40 ms on a 1,000-row view).
    host.dataset.place = find.ticketPage ? 'header' : 'row';
    host.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    if (deps.theme() === 'dark') host.setAttribute(THEME_ATTRIBUTE, 'dark');
    badge.host = host;
    if (find.ticketPage) badge.anchor.append(host);
    else {
      badge.anchor.prepend(host);
      badge.anchor.setAttribute(SLOT_ATTRIBUTE, 'filled');
    }
    return host;
  };

  /**
   * Row badges now near the viewport. Each without a host gets one, drawn at once in its room's width: every room is
   * read before any host goes in (one layout, which the frame needs anyway), so the frame lays the page out once for
   * the hosts and what is drawn in them, not once for each. Every host is then observed for its width (`resizes`).
   */
  const bringNear = (near: readonly Badge[]) => {
    const rooms = near.map((badge) => (badge.host ? null : roomWidth(badge.anchor)));
    near.forEach((badge, i) => {
      badge.near = true;
      const room = rooms[i];
      if (room !== null && room !== undefined) {
        addHost(badge);
        // A room not drawn (no width) leaves the drawing to the ResizeObserver, once the host is laid out.
        if (room > 0) {
          badge.width = room;
          draw(badge);
        }
      }
      resizes.observe(badge.host!);
    });
  };

  const visibility = new IntersectionObserver(
    (entries) => {
      if (stopped) return;
      const coming: Badge[] = [];
      for (const entry of entries) {
        const badge = badges.get(entry.target);
        if (!badge) continue;
        if (entry.isIntersecting && badge.anchor.isConnected) {
          if (!badge.near) coming.push(badge);
          continue;
        }
        badge.near = false;
        if (badge.host) resizes.unobserve(badge.host);
      }
      // Drawn before and unchanged since: they catch up with the time (a changed one is drawn by `resizes`).
      const back = coming.filter((badge) => badge.drawn && !badge.dirty);
      bringNear(coming);
      const now = ticker.now();
      for (const badge of back) tickOne(badge, now);
      // Back in view under an hour from due: seconds again now, not at the next minute's tick.
      if (back.some((badge) => needsSeconds(badge.drawn?.next ?? null, now))) ticker.reconsider();
    },
    { rootMargin: `${NEAR_VIEWPORT_PX}px 0px` },
  );

  const place = (anchor: Element, ticketId: string) => {
    const badge: Badge = { ticketId, anchor, host: null, drawn: null, near: false, dirty: true, width: 0 };
    badges.set(anchor, badge);
    if (find.ticketPage) {
      // The ticket page's one badge is drawn at once, in full, and always ticks; a row's when it is near (see check,
      // which observes its anchor).
      addHost(badge);
      badge.near = true;
      draw(badge);
    } else if (!(find.slot && anchor.matches(find.slot))) anchor.setAttribute(SLOT_ATTRIBUTE, 'open');
    return badge;
  };

  /** The badge goes: its host and its room, and the observers' hold on them. */
  const drop = (badge: Badge) => {
    badges.delete(badge.anchor);
    visibility.unobserve(badge.anchor);
    if (badge.host) {
      resizes.unobserve(badge.host);
      badge.host.remove();
    }
    badge.anchor.removeAttribute(SLOT_ATTRIBUTE);
  };

  /**
   * Gives, in this frame, the new row badges already near the viewport their hosts (drawn once the frame is laid
   * out, before it is painted, see `resizes`): the IntersectionObserver would report them only after the frame is
   * painted, so rows would show their empty room for a frame. Every position is read before any host goes in (one
   * layout, which the frame needs anyway). The observer takes over from here (scrolling).
   */
  const drawNear = (placed: Badge[]) => {
    const boxes = placed.map(({ anchor }) => anchor.getBoundingClientRect());
    bringNear(
      placed.filter((_, i) => {
        const box = boxes[i]!;
        return box.bottom >= -NEAR_VIEWPORT_PX && box.top <= innerHeight + NEAR_VIEWPORT_PX && box.width > 0;
      }),
    );
  };

  const check = () => {
    pending = null;
    if (stopped || ctx.isInvalid) return;
    // While the page is parsed, rows get their boxes as the parser adds them (see the MutationObserver below), before
    // the browser lays them out: the parser only adds rows, so rows placed already are not read again (reading them
    // all at each parsed chunk would cost the square of the rows), and the last row, which may still lack its
    // cells, waits for the next chunk. The data is asked for, and badges drawn, once the page is parsed.
    const parsing = document.readyState === 'loading';
    // A tool whose rows host.css gives their room by a static selector needs nothing while the page is parsed: the room
    // is there from the first layout, and the rows are read once, when the page has been parsed.
    if (parsing && find.slot) return;
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
      const existing = badges.get(anchor);
      // Kept while it stands for the same ticket and the page left its host in place.
      if (existing?.ticketId === ticketId && (existing.host === null || existing.host.isConnected)) continue;
      // The page reused the row for another ticket (that badge waits for its own row), or re-rendered its host away.
      if (existing) drop(existing);
      const badge = place(anchor, ticketId);
      if (!find.ticketPage) (parsing ? placedUnobserved : placed).push(badge);
    }
    for (const badge of placed) visibility.observe(badge.anchor);
    if (!find.ticketPage && !parsing && placed.length > 0 && document.visibilityState === 'visible') drawNear(placed);
    // A ticket page has one badge: where the page now shows the ticket somewhere else (the Service Console swapped the
    // workspace shown after the URL), the badge placed in the other one goes.
    const anchors = find.ticketPage ? new Set(found.map((f) => f.anchor)) : null;
    for (const badge of badges.values()) {
      const kept = badge.anchor.isConnected && (badge.host === null || badge.host.isConnected);
      if (kept && !(anchors && found.length > 0 && !anchors.has(badge.anchor))) continue;
      drop(badge);
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
  // A tool with a static room selector is watched from the end of parsing: the rows the parser adds need nothing
  // (host.css gives them their room), and watching them would cost the parser a record for each node it adds.
  const watch = () => observer.observe(document, { childList: true, subtree: true });
  const deferWatch = find.slot !== undefined && document.readyState === 'loading';
  if (!deferWatch) watch();
  const onParsed = () => {
    if (deferWatch) watch();
    run();
  };
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
    for (const badge of [...badges.values()]) drop(badge);
    if (find.slot) document.documentElement.removeAttribute(ROWS_ATTRIBUTE);
  };
  /** Drawn now if near and its room's width is known (a new host's comes with the frame: `resizes` draws it then). */
  const redraw = (badge: Badge) => {
    if (badge.near && (find.ticketPage || badge.width > 0)) draw(badge);
    else badge.dirty = true;
  };
  const removeInvalidated = ctx.onInvalidated(stop);
  return {
    /** The feed answered for these tickets: redraw their badges near the viewport, mark the others. */
    refresh(ticketIds: readonly string[]) {
      const ids = new Set(ticketIds);
      for (const badge of badges.values()) if (ids.has(badge.ticketId)) redraw(badge);
    },
    /** The agent's display choices changed: every badge is redrawn (now or when it comes near). */
    redrawAll() {
      for (const badge of badges.values()) redraw(badge);
    },
    /** The page turned light or dark: every host follows (one attribute each; what is drawn stays). */
    retheme() {
      const dark = deps.theme() === 'dark';
      for (const { host } of badges.values()) {
        if (dark) host?.setAttribute(THEME_ATTRIBUTE, 'dark');
        else host?.removeAttribute(THEME_ATTRIBUTE);
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

/**
 * The width of a row badge's room (its anchor's `::before`, host.css), px; 0 where there is none to read. Read from the
 * style once the page is laid out, so the host that takes the room is drawn for its width before it goes in.
 */
function roomWidth(anchor: Element): number {
  const width = parseFloat(getComputedStyle(anchor, '::before').width);
  return Number.isFinite(width) ? width : 0;
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
