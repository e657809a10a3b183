/**
 * Shared builders for the alert tests (not a test file itself): watched tickets written by hand, and tickets evaluated
 * by the real engine with the Sourcegraph preset (as lib/background/api-tickets.ts evaluates what Zendesk's API gives).
 */
import { EMPTY_WATCH, watchLookup, type SeenContext, type WatchedTarget, type WatchedTicket, type WatchState } from '../../lib/alerts/watch';
import { calendarsWithHolidays, evaluateRawTicket, freshLookup } from '../../lib/background/evaluate-record';
import type { EvaluatedAccount, TicketLookup } from '../../lib/messaging/answers';
import { evaluate, PRESETS } from '../../lib/policy';
import type { RawTicket } from '../../lib/sites/types';
import { account } from '../policy/helpers';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;

export const policy = PRESETS.sourcegraph;
export const ORIGIN = 'https://acme.zendesk.com';
/** Thanksgiving (Thu 26 Nov 2026) off on the business calendar, as an administrator adds it in the options page. */
export const HOLIDAYS: Record<string, string[]> = { business: ['2026-11-26'] };
/** The preset's calendars with that holiday, as the background hands them to the planner. */
export const CALENDARS = calendarsWithHolidays(policy, HOLIDAYS);
/** Mon–Fri 09:00–17:00 America/Los_Angeles. */
export const business = CALENDARS.find((c) => c.id === 'business')!;
/** Every hour of every day, UTC. */
export const allHours = CALENDARS.find((c) => c.id === '24x7')!;
export const LIMITS = { watchHours: 24, watchLimit: 500 };

/** A running first-response target on the 24x7 calendar; override what a test is about. */
export function target(overrides: Partial<WatchedTarget> = {}): WatchedTarget {
  return {
    metric: 'first-response',
    label: 'Severity 1 first response (24 business hours)',
    dueAt: Date.parse('2026-11-25T20:00:00Z'),
    calendar: '24x7',
    targetHours: 24,
    state: 'running',
    businessRemainingMs: null,
    ...overrides,
  };
}

/** A watched Zendesk ticket, first and last seen (and read) at `seenAt`. */
export function watched(ticketId: string, overrides: Partial<WatchedTicket> = {}): WatchedTicket {
  const seenAt = overrides.seenAt ?? Date.parse('2026-11-24T20:00:00Z');
  return {
    key: `${ORIGIN}#${ticketId}`,
    tool: 'zendesk',
    origin: ORIGIN,
    ticketId,
    label: `#${ticketId}`,
    subject: 'Search is down',
    customer: 'Acme',
    severity: 1,
    url: `${ORIGIN}/agent/tickets/${ticketId}`,
    why: 'opened',
    firstSeenAt: seenAt,
    seenAt,
    readAt: seenAt,
    stale: false,
    tabId: 4,
    targets: [target()],
    ...overrides,
  };
}

export function stateOf(...tickets: WatchedTicket[]): WatchState {
  return { ...EMPTY_WATCH, tickets: Object.fromEntries(tickets.map((t) => [t.key, t])) };
}

/** A Zendesk ticket as its API reads: urgent (Severity 1), open, no reply yet. */
export function rawTicket(overrides: Partial<RawTicket> = {}): RawTicket {
  return {
    tool: 'zendesk',
    ticketId: '1001',
    subject: 'Search is down',
    priority: 'urgent',
    severityField: null,
    status: 'open',
    createdAt: '2026-11-23T17:30:00Z', // Mon 09:30 PST
    firstResponseAt: null,
    resolvedAt: null,
    organizationId: '77',
    ...overrides,
  };
}

/** Zendesk organization 77 as Lens knows it, holding `packages` (24/7 Support SLAs: `support-24x7`). */
export function organization(packages: string[], now: number): EvaluatedAccount {
  return {
    key: 'zendesk:77',
    tool: 'zendesk',
    recordId: '77',
    url: `${ORIGIN}/agent/organizations/77`,
    evaluation: evaluate(account({ name: 'Acme', packages }), policy, { now }),
    unrecognizedPackages: [],
    readAt: now,
    source: 'api',
  };
}

/** What the background answers a page with: the tickets evaluated at `now` by the real engine. */
export function lookupOf(raws: RawTicket[], now: number, org: EvaluatedAccount | null = null): TicketLookup {
  const tickets = Object.fromEntries(raws.map((raw) => [raw.ticketId, evaluateRawTicket(raw, org, policy, now, HOLIDAYS)]));
  return freshLookup(tickets, org ? { [org.key]: org } : {}, policy, HOLIDAYS, now, 'api');
}

/** A Zendesk view in tab 4 (no ticket opened); override `openedTicketId` for a ticket's page. */
export function seenIn(overrides: Partial<SeenContext> = {}): SeenContext {
  return { tool: 'zendesk', origin: ORIGIN, tabId: 4, openedTicketId: null, ticketUrl: (id) => `${ORIGIN}/agent/tickets/${id}`, ...overrides };
}

/** The watch list after one page showed these tickets. */
export const watchedFrom = (lookup: TicketLookup, now: number, seen: Partial<SeenContext> = {}, state: WatchState = EMPTY_WATCH): WatchState =>
  watchLookup(state, lookup, seenIn(seen), now, LIMITS);
