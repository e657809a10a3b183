/**
 * What the background answers the UI with: decisions ready to render, with where they came from and when.
 * Shared by content scripts, popup and background; plain data (it crosses the messaging boundary).
 */
import type { Ticket } from '../domain/ticket';
import type { Evaluation, SlaDecision } from '../policy';
import type { Tool } from '../sites/types';
import type { Calendar } from '../sla/types';

export interface EvaluatedAccount {
  /** `tool:recordId`, the identity the UI checks before showing anything. */
  key: string;
  tool: Tool;
  recordId: string;
  url: string | null;
  evaluation: Evaluation;
  unrecognizedPackages: string[];
  /** When the record was read (epoch ms). */
  readAt: number;
  source: 'page' | 'api' | 'directory';
}

export interface EvaluatedTicket {
  ticketId: string;
  ticket: Ticket;
  warnings: string[];
  /** Key into `TicketLookup.organizations`; null when the ticket has no organization. */
  organizationKey: string | null;
  sla: SlaDecision[];
}

export type FetchErrorKind = 'session-expired' | 'forbidden' | 'not-found' | 'rate-limited' | 'server-error' | 'timeout' | 'malformed' | 'network';

export interface FetchProblem {
  kind: FetchErrorKind;
  /** What happened and what to do, in a sentence the agent can act on. */
  message: string;
  status: number | null;
  /** When a retry makes sense (epoch ms), e.g. from `Retry-After`. */
  retryAt: number | null;
}

export interface TicketLookup {
  tickets: Record<string, EvaluatedTicket>;
  organizations: Record<string, EvaluatedAccount>;
  /** The policy's calendars (with the admin's holidays), so badges can count business time live. */
  calendars: Calendar[];
  policy: { id: string; name: string; version: string };
  fetchedAt: number;
  /** Tickets the tool did not return (deleted, or no access). */
  missing: string[];
  /** Set when (part of) the lookup failed; tickets already known are still returned, marked stale by `fetchedAt`. */
  problem: FetchProblem | null;
  source: 'api' | 'page' | 'cache';
}

export const accountKey = (tool: Tool, recordId: string) => `${tool}:${recordId}`;
