/**
 * The watch list as the agent sees it without a notification: the toolbar's count of tickets at risk or breached,
 * and the popup's Due-soon list. Both computed from the last evaluation's due instants, so they work offline and say
 * how old that is.
 */
import { tp } from '../i18n/t';
import type { CountdownTone } from '../policy/sla-countdown';
import { slaToneLabel } from '../policy/status-labels';
import type { Calendar } from '../sla/types';
import type { AlertSettings } from './settings';
import { leadTarget, targetNow } from './timing';
import type { WatchedTicket, WatchReason, WatchState } from './watch';

export interface DueSoonRow {
  key: string;
  tool: string;
  label: string;
  subject: string | null;
  customer: string | null;
  severity: 1 | 2 | null;
  url: string;
  why: WatchReason;
  /** The target the ticket is led by (due first), or null when none is running (all unknown or met). */
  metric: string | null;
  targetLabel: string | null;
  dueAt: number | null;
  remainingMs: number | null;
  tone: CountdownTone;
  /** When its data was read from the tool, and whether the last read failed. */
  readAt: number;
  stale: boolean;
  snoozed: boolean;
}

/** Upcoming (not yet breached, by due time), then breached (the latest breach first), then tickets with no running target. */
const group = (row: DueSoonRow) => (row.dueAt === null ? 2 : row.tone === 'breached' ? 1 : 0);

/**
 * Every watched ticket, in the order the agent can act on them: those still to come, the one due first at the top;
 * then the breached ones, the most recent breach first (a ticket breached days ago in a busy view is not what needs a
 * hand next, and sorting it first would bury the ones that can still be saved); last, those without a running target,
 * most recently seen first.
 * @example dueSoon(state, calendars, Date.now())[0].label // '#1001'
 */
export function dueSoon(state: WatchState, calendars: readonly Calendar[], now: number): DueSoonRow[] {
  const snoozed = new Set(state.snoozed);
  const rows = Object.values(state.tickets).map((ticket): DueSoonRow & { seenAt: number } => {
    const lead = leadTarget(ticket);
    const timing = lead ? targetNow(ticket, lead, calendars, now) : null;
    return {
      key: ticket.key,
      tool: ticket.tool,
      label: ticket.label,
      subject: ticket.subject,
      customer: ticket.customer,
      severity: ticket.severity,
      url: ticket.url,
      why: ticket.why,
      metric: lead?.metric ?? null,
      targetLabel: lead?.label ?? null,
      dueAt: lead?.dueAt ?? null,
      remainingMs: timing?.remainingMs ?? null,
      tone: timing?.tone ?? 'none',
      readAt: ticket.readAt,
      stale: ticket.stale,
      snoozed: snoozed.has(ticket.key),
      seenAt: ticket.seenAt,
    };
  });
  rows.sort((a, b) => {
    const g = group(a) - group(b);
    if (g !== 0) return g;
    if (group(a) === 0) return a.dueAt! - b.dueAt! || b.seenAt - a.seenAt;
    if (group(a) === 1) return b.dueAt! - a.dueAt! || b.seenAt - a.seenAt;
    return b.seenAt - a.seenAt;
  });
  return rows.map(({ seenAt: _seenAt, ...row }) => row);
}

/** The Due-soon list as the background answers it (`getWatchList`), with the alert settings in force. */
export interface WatchList {
  rows: DueSoonRow[];
  now: number;
  settings: AlertSettings;
}

export interface ToolbarSummary {
  /** Watched tickets at risk or breached ('' on the badge when 0). */
  count: number;
  worst: 'breached' | 'at-risk' | null;
  /** The action's tooltip: the count, then the first few tickets by due time. */
  title: string;
}

const TOOLTIP_NAMES = 4;

/**
 * @example toolbarSummary(state, calendars, now) // { count: 2, worst: 'breached', title: 'Entitlement Lens: 2 tickets at risk or breached…' }
 */
export function toolbarSummary(state: WatchState, calendars: readonly Calendar[], now: number, toolName?: (tool: string) => string): ToolbarSummary {
  const rows = dueSoon(state, calendars, now).filter((r) => r.tone === 'at-risk' || r.tone === 'breached');
  const worst = rows.some((r) => r.tone === 'breached') ? 'breached' : rows.length ? 'at-risk' : null;
  const watched = Object.keys(state.tickets).length;
  // With the tool's name where given: Zendesk's #1001 and Freshdesk's #1001 are two tickets.
  // The state in the badge's and the Due-soon list's words (status-labels.ts), each read once for the tooltip.
  const toneWords = { breached: slaToneLabel('breached'), 'at-risk': slaToneLabel('at-risk') };
  const names = rows
    .slice(0, TOOLTIP_NAMES)
    .map((r) => `${toneWords[r.tone === 'breached' ? 'breached' : 'at-risk']}: ${toolName ? `${toolName(r.tool)} ` : ''}${r.label}${r.customer ? ` (${r.customer})` : ''}`);
  const more = rows.length > TOOLTIP_NAMES ? [tp('alerts_toolbarMore', rows.length - TOOLTIP_NAMES)] : [];
  const head = rows.length === 0 ? tp('alerts_toolbarNone', watched) : tp('alerts_toolbarAtRisk', rows.length);
  return { count: rows.length, worst, title: [head, ...names, ...more].join('\n') };
}

/** Ticket → its watched entry's age wording: "data 42 min old" once older than `STALE_AFTER_MS` or when the last read failed. */
export const STALE_AFTER_MS = 10 * 60_000;
export function dataAge(ticket: Pick<WatchedTicket, 'readAt' | 'stale'>, now: number): number | null {
  const age = now - ticket.readAt;
  return ticket.stale || age > STALE_AFTER_MS ? Math.max(0, Math.floor(age / 60_000)) : null;
}
