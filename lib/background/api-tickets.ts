/**
 * Tickets a content script read from its tool's API with the agent's session (Zendesk, Freshdesk, Jira Service Management),
 * evaluated here where the policy is. The customer comes with the ticket as the API names it: a Freshdesk company
 * with its attributes (read through the tool's field mapping), or a JSM organization by name, matched to an account
 * of the directory (said how, or "no match"; never guessed).
 */
import type { FieldMapping } from '../parse';
import { squash } from '../parse/result';
import type { Policy } from '../policy';
import type { ApiOutcome, ApiTicket } from '../sites/page-data';
import { toolById } from '../sites/registry';
import type { Tool } from '../sites/types';
import type { EvaluatedAccount, EvaluatedTicket, FetchProblem, TicketAccount, TicketLookup } from '../messaging/answers';
import { Backoff } from '../http/backoff';
import { evaluateRawTicket, evaluateRecord, freshLookup } from './evaluate-record';
import type { OrganizationMatch, OrganizationRef } from './organization-match';

export interface ApiTicketDeps {
  now: number;
  policy: Policy;
  holidays: Record<string, string[]>;
  /** The field mapping in force for a tool's account records (Freshdesk company fields). */
  mapping: (tool: Tool) => Promise<FieldMapping>;
  /** The Zendesk custom ticket field the administrator named as severity (`zendeskSeverityField`), if any. */
  severityFieldId?: string | null;
  /** The directory account a named organization is (lib/background/organization-match.ts), evaluated; or why none. */
  matchOrganization: (org: OrganizationRef & { id: string }, tool: Tool) => Promise<OrganizationMatch & { account: EvaluatedAccount | null }>;
}

/**
 * Evaluates tickets read from a tool's API: each with its account, the policy's paused statuses applied from when the
 * status began (where the API tells), and the tool's own due times beside the handbook's.
 * @example (await evaluateApiTickets([freshdeskTicket], deps)).tickets['7001'].toolDue?.[0].comparison?.differs
 */
export async function evaluateApiTickets(items: readonly ApiTicket<Tool>[], deps: ApiTicketDeps): Promise<TicketLookup> {
  const { now, policy, holidays } = deps;
  const tickets: Record<string, EvaluatedTicket> = {};
  const organizations: Record<string, EvaluatedAccount> = {};
  const paused = new Set((policy.sla?.pausedStatuses ?? []).map(squash));
  const records = new Map<string, EvaluatedAccount>();
  const matches = new Map<string, Promise<OrganizationMatch & { account: EvaluatedAccount | null }>>();

  for (const item of items) {
    const { ticket: raw } = item;
    const toolName = toolById(raw.tool)?.name ?? raw.tool;
    let account: EvaluatedAccount | null = null;
    let ticketAccount: TicketAccount | null = null;
    if (item.account) {
      const key = `${item.account.tool}:${item.account.recordId}`;
      if (!records.has(key)) records.set(key, evaluateRecord(item.account, policy, await deps.mapping(item.account.tool), now, 'api'));
      account = records.get(key)!;
      ticketAccount = { tool: item.account.tool, recordId: item.account.recordId, name: item.account.name, url: item.account.url || null, known: true };
    } else if (item.organization) {
      const org = item.organization;
      const key = `${raw.tool}:${org.id}`;
      if (!matches.has(key)) matches.set(key, deps.matchOrganization(org, raw.tool));
      const match = await matches.get(key)!;
      account = match.account;
      ticketAccount = {
        tool: raw.tool,
        recordId: org.id,
        name: org.name,
        url: match.account?.url ?? null,
        known: match.account !== null,
        matchedBy: match.account ? match.by : null,
        ...(match.candidates > 1 ? { candidates: match.candidates } : {}),
      };
    }
    if (account) organizations[account.key] ??= account;

    // The policy's paused statuses: the pause runs from when the status began, where the API tells it.
    const warnings: string[] = [];
    let pauses = raw.pauses;
    const status = raw.status === null ? null : squash(raw.status);
    if (status !== null && paused.has(status)) {
      if (item.statusSince !== null && Number.isFinite(Date.parse(item.statusSince))) {
        pauses = [...(pauses ?? []), { start: item.statusSince, end: null }];
        warnings.push(`Status “${raw.status}” pauses the SLA clock since it was set; earlier pauses are not in ${toolName}'s API`);
      } else warnings.push(`Status “${raw.status}” pauses the SLA clock, but when it began is not in ${toolName}'s API: counted without the pause`);
    }
    // Severity from the administrator's custom field where it has a value (Zendesk), before the priority.
    const severityField = deps.severityFieldId ? (item.customFields?.[deps.severityFieldId] ?? raw.severityField) : raw.severityField;
    const evaluated = evaluateRawTicket({ ...raw, pauses, severityField }, account, policy, now, holidays);
    if (ticketAccount && !ticketAccount.known)
      warnings.push(
        ticketAccount.candidates
          ? `${ticketAccount.candidates} accounts in the directory fit the organization “${ticketAccount.name}”: none is chosen`
          : `No account in the directory matches the organization “${ticketAccount.name}”`,
      );
    tickets[raw.ticketId] = {
      ...evaluated,
      warnings: [...warnings, ...evaluated.warnings],
      label: item.label,
      account: ticketAccount,
    };
  }
  return freshLookup(tickets, organizations, policy, holidays, now, 'api');
}

/**
 * The tickets as a page at `origin` may send them: an account link elsewhere than the page's own origin is dropped (the
 * clients build it on the page's origin; a link anywhere else did not come from them), as `onTheirPage` does for
 * tickets read off a page. The account stays.
 * @example onTheirOrigin(request.tickets, request.senderUrl.origin)
 */
export function onTheirOrigin(items: readonly ApiTicket<Tool>[], origin: string): ApiTicket<Tool>[] {
  return items.map((t) => (t.account?.url && new URL(t.account.url).origin !== origin ? { ...t, account: { ...t.account, url: '' } } : t));
}

/**
 * What the background keeps of the tools whose API the content scripts read: the per-origin back-off (a 429's
 * `Retry-After`, doubling waits after transient failures), and the last good reading of each ticket, so a failure (or a
 * reload during one) still shows what was known, marked stale by its age.
 */
export class ApiTicketMemory {
  private readonly backoff = new Backoff();
  /** Oldest reading first (a Map keeps insertion order; a ticket read again moves to the end). */
  private readonly known = new Map<string, { item: ApiTicket<Tool>; at: number }>();

  /**
   * @param limit The most tickets kept (the longest unread go first): the two largest views an agent keeps open, so the
   *   worker's memory has a ceiling however many views are opened in a day (`memory.serviceWorkerMB`).
   */
  constructor(private readonly limit = 2_000) {}

  /** The problem to answer with instead of asking the tool, while `origin` backs off (`fresh`: the agent's Retry). */
  gate(origin: string, now: number, fresh: boolean): FetchProblem | null {
    return this.backoff.blocked(origin, now, fresh);
  }

  /**
   * Records a batch's outcome and returns the tickets to evaluate: those read now; while the tool fails, the last good
   * reading of the others, with the oldest reading's time. A ticket the tool left out of a good answer is missing.
   */
  settle(
    origin: string,
    ticketIds: readonly string[],
    read: readonly ApiTicket<Tool>[],
    outcome: ApiOutcome,
    now: number,
  ): { items: ApiTicket<Tool>[]; missing: string[]; problem: FetchProblem | null; fetchedAt: number } {
    let problem: FetchProblem | null = null;
    if (outcome.kind === 'read') this.backoff.succeeded(origin);
    else if (outcome.kind === 'failed') {
      this.backoff.failed(origin, outcome.problem, now);
      problem = { ...outcome.problem, retryAt: this.backoff.blocked(origin, now)?.retryAt ?? outcome.problem.retryAt };
    } else problem = outcome.problem; // what the gate answered with: the back-off's own problem
    const asked = new Set(ticketIds);
    const readNow = new Set<string>();
    for (const item of read) {
      if (!asked.has(item.ticket.ticketId)) continue;
      const key = `${origin}#${item.ticket.ticketId}`;
      this.known.delete(key);
      this.known.set(key, { item, at: now });
      readNow.add(item.ticket.ticketId);
    }
    for (const key of this.known.keys()) {
      if (this.known.size <= this.limit) break;
      this.known.delete(key);
    }
    const items: ApiTicket<Tool>[] = [];
    const missing: string[] = [];
    let fetchedAt = now;
    for (const id of ticketIds) {
      const last = this.known.get(`${origin}#${id}`);
      if (last && (readNow.has(id) || problem)) {
        items.push(last.item);
        fetchedAt = Math.min(fetchedAt, last.at);
      } else missing.push(id);
    }
    return { items, missing, problem, fetchedAt: problem ? fetchedAt : now };
  }
}
