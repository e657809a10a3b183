import { defineContentScript } from 'wxt/utils/define-content-script';
import './host.css';
import styles from '@/components/styles.css?inline';
import badgeStyles from '@/lib/overlay/badges/badge.css?inline';
import hostStyles from './host.css?inline';
import type { BadgeDisplay } from '@/lib/overlay/badges/ticket-badge';
import { THEME_ATTRIBUTE, watchTheme, type Theme } from '@/lib/overlay/theme';
import { lifecycleTimeout, quietly } from '@/lib/overlay/lifecycle';
import { createTicketFeed } from '@/lib/overlay/ticket-feed';
import { createTicker } from '@/lib/overlay/ticker';
import { contentCustomHosts } from '@/lib/settings/content-hosts';
import { contentTicketFields, watchContentTicketFields } from '@/lib/settings/content-ticket-fields';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { MAX_WATCH_LIMIT } from '@/lib/alerts/watch';
import { toApiTicketRequest, toPageTicketRequest } from '@/lib/messaging/limits';
import { fetchJson } from '@/lib/http/fetch-json';
import { createSessionApiSource } from '@/lib/overlay/session-api';
import { matchPage, surfaceMatches, toolById, toolOfHost, type CustomHosts } from '@/lib/sites/registry';
import type { PageMatch, RawPageTicket } from '@/lib/sites/types';
import type { TicketFieldMapping } from '@/lib/parse/ticket-fields';
import type { TicketLookup } from '@/lib/messaging/answers';
import { displayItem } from '@/lib/settings/storage';
import { answerDescribePage } from '@/lib/overlay/describe-page';
import { listAnchors, startBoard, ticketPageAnchors, type Board } from '@/lib/overlay/badges/board';

const REFRESH_MS = 60_000;
/** The agent's own open tickets read at most: the watch list's largest limit (the background keeps its own limit). */
const MINE_LIMIT = MAX_WATCH_LIMIT;

/**
 * A badge on ticket pages and on the rows of ticket lists (Zendesk tickets and views, Salesforce Cases and case list
 * views, HubSpot tickets), through each tool's ticket adapter (lib/sites/<tool>/). Plain DOM, no React: this script runs on
 * views of a thousand rows all day, and what it costs the page is measured (test/bench/PERFORMANCE.md). One
 * ticker, one data feed (batches of 100 tickets) and one polite status region per page; the board follows the
 * route (ticket page or view) and the page's DOM.
 */
export default defineContentScript({
  // The hosts of every tool whose pages the badges serve (lib/sites/registry.ts); custom domains are registered at run time.
  matches: surfaceMatches('ticket-badges'),
  // From the start of the page: the rows of a view get their badges' boxes as the parser adds them, before the
  // page's first layout, instead of one more layout of the whole table after the load (test/bench/PERFORMANCE.md).
  runAt: 'document_start',
  // './host.css' (the hosts' boxes in the page) goes into the manifest; the badges' own styles are in their shadow roots.
  cssInjectionMode: 'manifest',
  async main(ctx) {
    // A tool's own host is known without the administrator's custom domains, so nothing is awaited there; on a
    // custom domain (registered at document_idle, lib/background/custom-domains.ts) the list is read first.
    const ownTool = toolOfHost(new URL(location.href));
    const customHosts: CustomHosts = ownTool ? new Map() : await contentCustomHosts();
    // One tool per host: its adapter says where badges go and where the tickets come from.
    const tool = toolById(ownTool ?? toolOfHost(new URL(location.href), customHosts) ?? '');
    const adapter = tool?.tickets;
    if (!tool || !adapter) return;
    const origin = location.origin;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles + badgeStyles);
    // The hosts' boxes where the manifest's stylesheet does not reach: inside a shadow root holding rows (a datatable
    // with a native shadow root); the board adopts it there.
    const hostSheet = new CSSStyleSheet();
    hostSheet.replaceSync(hostStyles);
    // lifecycleTimeout, not ctx.setTimeout: WXT's adds an invalidation listener per call and never removes it,
    // which a ticker calling once a second would turn into thousands of listeners an hour.
    const schedule = (fn: () => void, ms: number) => lifecycleTimeout(ctx, fn, ms);
    const ticker = createTicker(schedule);

    // Threshold changes (at risk, breached) are announced once, politely, from one region for the page.
    const host = document.createElement('entitlement-lens-board');
    host.style.display = 'contents';
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const status = document.createElement('div');
    status.className = 'el-sr';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    shadow.append(status);
    // At document_start there is no body yet.
    const attach = () => (document.body ?? document.documentElement).append(host);
    if (document.body) attach();
    else document.addEventListener('DOMContentLoaded', attach, { once: true });
    const announce = (text: string) => {
      status.textContent = text;
    };

    // The agent's display choices (options page), read live.
    let display: BadgeDisplay = { localZone: undefined, hour12: null };
    let board: Board | null = null;
    const setDisplay = (value: { zone: string | null; hour12: boolean | null }) => {
      display = { localZone: value.zone ?? undefined, hour12: value.hour12 };
      board?.redrawAll();
    };
    void displayItem.getValue().then(setDisplay, () => {});
    const unwatchDisplay = displayItem.watch(setDisplay);

    // The tickets as the page shows them (the board keeps this up to date): what a tool read from the page sends.
    const pageTickets = new Map<string, RawPageTicket>();
    const evaluateShown = async (ticketIds: string[]): Promise<TicketLookup> => {
      const tickets = ticketIds.flatMap((id) => {
        const shown = pageTickets.get(id);
        return shown ? [toPageTicketRequest(shown)] : [];
      });
      // The page's language says whether its numeric dates are day or month first, where the dates themselves do not.
      const locale = (document.documentElement.lang || navigator.language || '').replace(/[^A-Za-z0-9-]/g, '').slice(0, 35) || undefined;
      return tickets.length ? sendMessage('evaluatePageTickets', { tickets, locale }) : Promise.reject(new Error('nothing read yet'));
    };
    // The page the board is on (its one match of the URL): a session API client asks for that page's rows.
    let shown: { match: PageMatch; url: URL } | null = null;
    // A tool whose API the content script reads (Zendesk, Freshdesk, JSM): same-origin GETs with the agent's session.
    const sessionApi =
      adapter.source === 'api'
        ? createSessionApiSource({
            client: adapter.client,
            get: (path) => fetchJson(origin + path, { now: Date.now }),
            page: () => shown,
            gate: (fresh) => sendMessage('askApiGate', { fresh }),
            evaluate: (ticketIds, tickets, outcome, mine) =>
              sendMessage('evaluateApiTickets', { ticketIds, tickets: tickets.map(toApiTicketRequest), outcome, ...(mine ? { mine } : {}) }),
            batchSize: adapter.batchSize,
          })
        : null;
    // The background asks for the agent's own open tickets (to watch them) through a page of the tool: the same-origin,
    // session-cookie path the tool documents, never a request of its own (lib/background/watch.ts).
    const removeMine = onMessage('refreshMine', async () => {
      const here = new URL(location.href);
      const page = matchPage(here, customHosts) ?? { tool: tool.id, kind: 'ticket-list' as const, recordId: null };
      return sessionApi ? sessionApi.refreshMine(MINE_LIMIT, page, here) : false;
    });
    const feed = createTicketFeed({
      lookup: (ticketIds, fresh) => (sessionApi ? sessionApi.lookup(ticketIds, fresh) : evaluateShown(ticketIds)),
      onChange: (ticketIds) => board?.refresh(ticketIds),
      batchSize: adapter.batchSize,
      schedule,
      refreshMs: REFRESH_MS,
      visible: () => document.visibilityState === 'visible',
    });

    // Where a page tool's ticket fields are (a German org's "Datum/Uhrzeit geöffnet"): the defaults until storage has
    // answered, so nothing waits for it at document_start.
    let fields: TicketFieldMapping | undefined = adapter.defaultFields;

    // Light or dark as the tool shows itself (lib/overlay/theme.ts): read when the first board starts (a page with no
    // ticket or list, such as a CRM account page, never watches), again when the page's root or body changes, when it
    // has loaded, and when the system's preference changes; each host follows (board.retheme).
    let theme: Theme = 'light';
    let stopTheme: (() => void) | null = null;
    const followTheme = () =>
      (stopTheme ??= watchTheme((next) => {
        theme = next;
        host.setAttribute(THEME_ATTRIBUTE, next);
        board?.retheme();
      }));

    // From one view to another the same finder applies and the board follows the rows the page swaps in
    // (keeping the badges of rows that come back); only a change of finder (view ↔ ticket) or of mapping restarts it.
    let boardFor = '';
    const route = (url: URL) => {
      const match = matchPage(url, customHosts);
      const ticket = match?.tool === tool.id && match.kind === 'ticket' && match.recordId ? match.recordId : null;
      const list = match?.tool === tool.id && match.kind === 'ticket-list' && adapter.listRows !== undefined;
      const next = ticket ? `ticket:${ticket}` : list ? 'list' : '';
      shown = match && (ticket || list) ? { match, url } : null;
      if (next === boardFor) return;
      boardFor = next;
      board?.stop();
      // What the previous page showed is not kept: the next board reads its own rows (this map stays the size of a page).
      pageTickets.clear();
      const deps = { ctx, sheet, hostSheet, feed, ticker, display: () => display, announce, pageTickets, theme: () => theme };
      if (match && (ticket || list)) followTheme();
      board =
        match && (ticket || list) ? startBoard(deps, ticket ? ticketPageAnchors(adapter, match, adapter.noun, fields) : listAnchors(adapter, match, adapter.noun, fields)) : null;
    };
    route(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => route(newUrl));

    // A mapping other than the one read with (the user's or the admin's, once storage answers; any later change)
    // restarts the board: its new read of the rows re-evaluates each ticket that now reads otherwise (it compares
    // them with `pageTickets`).
    const setFields = (next: TicketFieldMapping | undefined) => {
      if (JSON.stringify(next) === JSON.stringify(fields)) return;
      fields = next;
      boardFor = '';
      route(new URL(location.href));
    };
    const unwatchFields = adapter.source === 'page' ? watchContentTicketFields(tool.id, setFields) : () => {};
    if (adapter.source === 'page') void contentTicketFields(tool.id).then(setFields, () => {});
    // The popup opens on a ticket's account: for a tool read through its API, the account this page's answer named.
    const apiAccount = (ticketId: string) => {
      const lookup = feed.get(ticketId)?.lookup;
      const key = lookup?.tickets[ticketId]?.organizationKey;
      const account = key ? lookup?.organizations[key] : undefined;
      return account ? { tool: account.tool, recordId: account.recordId } : null;
    };
    const removeDescribe = answerDescribePage(customHosts, () => fields, apiAccount);

    ctx.onInvalidated(() => {
      feed.stop();
      stopTheme?.();
      host.remove();
      // After an extension update the old listeners are gone and removing them throws: quietly.
      quietly(unwatchDisplay, unwatchFields, removeDescribe, removeMine);
    });
  },
});
