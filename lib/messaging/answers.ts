/**
 * What the background answers the UI with: decisions ready to render, with where they came from and when.
 * Shared by content scripts, popup and background; plain data (it crosses the messaging boundary).
 */
import type { Ticket } from '../domain/ticket';
import type { Evaluation, SlaDecision } from '../policy';
import type { Tool, ToolDueMetric } from '../sites/types';
import type { DueComparison } from '../sla/compare-due';
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
  /** What agents call the ticket, where it is not its id: Salesforce's Case Number. */
  label?: string | null;
  /** The entitlement the page names for the ticket (Salesforce's Entitlement Name), as shown. */
  entitlement?: string | null;
  /**
   * The account the ticket links to, for tickets read from a page (a Case's Account Name): whether Lens knows it (seen
   * in the CRM, or in the directory) and where to open it. Null: the page links no account.
   */
  account?: TicketAccount | null;
  /** The tool's own SLA due times, each beside the handbook's: the second opinion. */
  toolDue?: ToolDue[];
  /** What the page lacks for the SLA, in the tool's words (`Date/Time Opened`): the badge says which to add. */
  missing?: string[];
}

export interface TicketAccount {
  tool: Tool;
  recordId: string;
  name: string | null;
  /** The account's page in the CRM (where "open the account once" leads). */
  url: string | null;
  /** Lens has this account's attributes (its evaluation is in `TicketLookup.organizations` under `organizationKey`). */
  known: boolean;
  /**
   * For a customer the tool names only as an organization (Jira Service Management): how it was matched to an account
   * of the directory, by its name or by a domain; null: no account matched, or more than one did (`candidates`).
   * Absent where the ticket links its account itself.
   */
  matchedBy?: 'name' | 'domain' | null;
  /** How many directory accounts fit the organization's name (or domain) when more than one did: none is chosen. */
  candidates?: number;
}

export interface ToolDue {
  metric: ToolDueMetric;
  /** The tool as users know it ("HubSpot"). */
  toolName: string;
  /** Its shorter name, for a chip ("Jira"); absent: `toolName`. */
  toolShortName?: string;
  /** The tool's own due instant (ISO). */
  dueAt: string;
  /** The tool's own word for the target's state, as shown (`Overdue`, `0`…), if any. */
  status: string | null;
  /** The handbook's due instant for the same target, where the handbook has that target. */
  handbookDueAt: string | null;
  comparison: DueComparison | null;
}

export type { FetchErrorKind, FetchProblem } from '../http/problem';
import type { FetchProblem } from '../http/problem';

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
