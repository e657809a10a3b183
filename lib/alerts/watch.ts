/**
 * The watch list: every ticket the agent opened or saw in a list lately, and (where the tool allows it) the agent's own
 * open tickets, each with its SLA targets' due instants as last evaluated. Pure: the background keeps it in storage
 * (lib/background/watch.ts) and computes alerts, the toolbar count and the popup's Due-soon list from it, with no page open.
 *
 * Bounded: at most `watchLimit` tickets (the ones seen longest ago go first), each with at most a handful of targets
 * and short strings (`MAX_TEXT`), so its size in storage and memory has a ceiling (`memory.serviceWorkerMB`).
 */
import type { EvaluatedTicket, TicketLookup } from '../messaging/answers';
import type { SlaDecision, SlaState } from '../policy';
import { squash } from '../parse/result';
import { CONTROLS } from '../policy/summary-text';

/**
 * The most watched tickets anyone may ask for: what the memory budget (`memory.serviceWorkerMB`) is measured at. Here,
 * not beside the settings' schema, so the content scripts that need it do not bundle zod.
 */
export const MAX_WATCH_LIMIT = 1_000;

/** Why a ticket is watched: its page was opened, it was in a list the agent looked at, or it is one of the agent's own. */
export type WatchReason = 'opened' | 'list' | 'mine';

/** One SLA target of a watched ticket, as evaluated when the ticket was last read. */
export interface WatchedTarget {
  metric: string;
  label: string;
  /** Due instant (epoch ms). */
  dueAt: number;
  /** The calendar the target counts on (its id in the policy), so time left is business time. */
  calendar: string | null;
  targetHours: number | null;
  /** The state when read: only `running` (and `breached`) targets alert; met, paused and unknown ones never do. */
  state: SlaState;
  /** Open time left when read, for a paused target (its clock stands still). */
  businessRemainingMs: number | null;
}

export interface WatchedTicket {
  /** `origin#ticketId`: one ticket of one tool's tenant. */
  key: string;
  tool: string;
  origin: string;
  ticketId: string;
  /** What agents call it: `#1001`, `SUP-12`, a Case Number. */
  label: string;
  subject: string | null;
  customer: string | null;
  severity: 1 | 2 | null;
  /** The ticket's page, opened by a notification's click and the Due-soon list. */
  url: string;
  why: WatchReason;
  firstSeenAt: number;
  /** When the agent last saw it (a page, a list, their own tickets fetched): watching ends `watchHours` after. */
  seenAt: number;
  /** When its data was read from the tool (older than `seenAt` while the tool's API refuses: stale). */
  readAt: number;
  /** The last read failed (the tool's API refused): the data is as of `readAt`. */
  stale: boolean;
  /** The tab it was last seen in, asked first when a notification is clicked. */
  tabId: number | null;
  targets: WatchedTarget[];
}

/** What the background stores (`local:watch`, version 1). `sent`: per ticket, `metric|level` alerts already shown. */
export interface WatchState {
  tickets: Record<string, WatchedTicket>;
  sent: Record<string, string[]>;
  /** Tickets the agent said "not for this ticket" to. */
  snoozed: string[];
}

export const EMPTY_WATCH: WatchState = { tickets: {}, sent: {}, snoozed: [] };

/** Where a lookup came from: which page, tab and tool, and how to name each ticket's page. */
export interface SeenContext {
  tool: string;
  origin: string;
  tabId: number | null;
  /** The ticket whose page the tab shows (opened), if any; the others were seen in a list. */
  openedTicketId: string | null;
  /** `mine` for the agent's own open tickets fetched without being shown. */
  reason?: 'mine';
  ticketUrl: (ticketId: string) => string;
}

/** Statuses that end a ticket, in the modelled tools' words (Zendesk solved/closed, Freshdesk Resolved/Closed, JSM Done…). */
const FINISHED = new Set(['solved', 'closed', 'resolved', 'done', 'canceled', 'cancelled', 'completed']);
const MAX_TEXT = 200;
const RANK: Record<WatchReason, number> = { list: 0, opened: 1, mine: 2 };
/** Control characters (C0, DEL and C1, as lib/policy/summary-text.ts strips them) become spaces; then at most MAX_TEXT. */
/**
 * Text for a notification and the lists: controls, line separators and bidirectional overrides (which can make a line
 * read otherwise than it holds) become spaces, by the copied summary's own pattern; clipped.
 */
const clip = (text: string | null | undefined): string | null => (text ? text.replace(CONTROLS, ' ').slice(0, MAX_TEXT) : null);

/** Whether a ticket is done with: finished status, or every contractual target met. Watching stops then. */
export function isFinished(evaluated: EvaluatedTicket): boolean {
  const status = evaluated.ticket.status === null ? null : squash(evaluated.ticket.status);
  if (status !== null && FINISHED.has(status)) return true;
  const contractual = evaluated.sla.filter((d) => !d.internal && d.dueAt !== null);
  return contractual.length > 0 && contractual.every((d) => d.state === 'met');
}

const toTarget = (d: SlaDecision): WatchedTarget => ({
  metric: d.metric,
  label: d.label,
  dueAt: Date.parse(d.dueAt!),
  calendar: d.calendar,
  targetHours: d.targetHours,
  state: d.state,
  businessRemainingMs: d.businessRemainingMs,
});

/**
 * The watch list after a lookup: each ticket in it is (re)watched with its targets as evaluated now, or unwatched when
 * finished. A lookup answered from the cache (the tool's API refused) keeps the data's age and marks it stale. Then the
 * list is trimmed: tickets not seen for `watchHours`, and beyond `watchLimit` the ones seen longest ago.
 * @example watchLookup(EMPTY_WATCH, lookup, { tool: 'zendesk', origin, tabId: 4, openedTicketId: '1001', ticketUrl }, now, settings)
 */
export function watchLookup(state: WatchState, lookup: TicketLookup, seen: SeenContext, now: number, limits: { watchHours: number; watchLimit: number }): WatchState {
  const tickets = { ...state.tickets };
  const sent = { ...state.sent };
  const stale = lookup.problem !== null;
  for (const [ticketId, evaluated] of Object.entries(lookup.tickets)) {
    const key = `${seen.origin}#${ticketId}`;
    if (isFinished(evaluated)) {
      delete tickets[key];
      delete sent[key];
      continue;
    }
    const before = tickets[key];
    const why: WatchReason = seen.reason ?? (ticketId === seen.openedTicketId ? 'opened' : 'list');
    const organization = evaluated.organizationKey ? lookup.organizations[evaluated.organizationKey] : undefined;
    tickets[key] = {
      key,
      tool: seen.tool,
      origin: seen.origin,
      ticketId,
      // A number is said "#1001" (Zendesk, Freshdesk); a key is its own name (JSM's SUP-12).
      label: clip(evaluated.label) ?? (/^\d+$/.test(ticketId) ? `#${ticketId}` : ticketId),
      subject: clip(evaluated.ticket.subject),
      customer: clip(organization?.evaluation.account.name ?? evaluated.account?.name ?? null),
      severity: evaluated.ticket.severity,
      url: seen.ticketUrl(ticketId),
      why: before && RANK[before.why] > RANK[why] ? before.why : why,
      firstSeenAt: before?.firstSeenAt ?? now,
      // The agent's own tickets are watched while the tool lists them: each fetch counts as seeing them.
      seenAt: now,
      readAt: stale ? Math.min(lookup.fetchedAt, before?.readAt ?? lookup.fetchedAt) : lookup.fetchedAt,
      stale,
      tabId: seen.reason === 'mine' ? (before?.tabId ?? null) : seen.tabId,
      targets: evaluated.sla.filter((d) => !d.internal && d.dueAt !== null).map(toTarget),
    };
  }
  // A finished ticket's snooze goes with it, as its sent alerts do (else the list of snoozes would only grow).
  const snoozed = state.snoozed.filter((key) => key in tickets);
  return trim({ ...state, tickets, sent, snoozed }, now, limits);
}

/**
 * Drops tickets not seen for `watchHours` (the agent's own stay while the tool keeps listing them), then the ones seen
 * longest ago beyond `watchLimit`; their sent alerts and snoozes go with them.
 */
export function trim(state: WatchState, now: number, limits: { watchHours: number; watchLimit: number }): WatchState {
  const horizon = now - limits.watchHours * 3_600_000;
  const kept = Object.values(state.tickets)
    .filter((t) => t.seenAt >= horizon)
    .sort((a, b) => b.seenAt - a.seenAt)
    .slice(0, limits.watchLimit);
  if (kept.length === Object.keys(state.tickets).length) return state;
  const tickets = Object.fromEntries(kept.map((t) => [t.key, t]));
  const sent = Object.fromEntries(Object.entries(state.sent).filter(([key]) => key in tickets));
  return { tickets, sent, snoozed: state.snoozed.filter((key) => key in tickets) };
}

/** The agent's own tickets a tool no longer lists (solved, or given to someone else) stop being theirs. */
export function forgetMine(state: WatchState, origin: string, stillMine: ReadonlySet<string>): WatchState {
  let changed = false;
  const tickets = { ...state.tickets };
  for (const t of Object.values(state.tickets)) {
    if (t.origin !== origin || t.why !== 'mine' || stillMine.has(t.ticketId)) continue;
    tickets[t.key] = { ...t, why: 'list' };
    changed = true;
  }
  return changed ? { ...state, tickets } : state;
}

/** "Not for this ticket": no more notifications for it (it stays in the list and the count); `false` undoes it. */
export function snooze(state: WatchState, key: string, on: boolean): WatchState {
  const snoozed = state.snoozed.filter((k) => k !== key);
  if (on && key in state.tickets) snoozed.push(key);
  return { ...state, snoozed };
}
