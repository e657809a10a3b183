/**
 * Tickets read off a page (Salesforce Cases, HubSpot tickets): the page gives the ticket's own fields and a link to
 * its account, whose segment, ARR and packages are not on the ticket's page. They come from what Lens already knows
 * of that account (seen in the CRM, or in the directory); where it knows nothing, the ticket says so and the SLA is
 * counted on the standard calendar, with that reason, never as if the customer had no rights.
 */
import { parseDisplayedInstant } from '../parse/date';
import { squash } from '../parse/result';
import type { Policy, SlaDecision } from '../policy';
import type { RawPageTicket } from '../sites/types';
import type { EvaluatedAccount, EvaluatedTicket, TicketLookup } from '../messaging/answers';
import { evaluateRawTicket, toolDueBeside } from './evaluate-record';
import { calendarsWithHolidays } from './ticket-service';

export interface PageTicketDeps {
  now: number;
  /** The zone the page displays its date-times in: the browser's, taken to be the agent's CRM zone. */
  zone: string;
  policy: Policy;
  holidays: Record<string, string[]>;
  /** The account as Lens knows it (account cache, then directory), or null. */
  findAccount: (tool: RawPageTicket['tool'], recordId: string) => Promise<EvaluatedAccount | null>;
}

/** Statuses that end a ticket: without the time it ended, no target can be counted. */
const CLOSED = new Set(['closed', 'solved', 'resolved']);

/**
 * Evaluates tickets read off a page: the priority through the policy's map (then the tool's), the opened time read in
 * the agent's zone, the account from Lens's knowledge, and each of the tool's own due times beside the handbook's.
 * @example (await evaluatePageTickets([caseRow], deps)).tickets['500…'].account?.known // false
 */
export async function evaluatePageTickets(raw: readonly RawPageTicket[], deps: PageTicketDeps): Promise<TicketLookup> {
  const { now, zone, policy, holidays } = deps;
  const tickets: Record<string, EvaluatedTicket> = {};
  const organizations: Record<string, EvaluatedAccount> = {};
  const accounts = new Map<string, Promise<EvaluatedAccount | null>>();
  const paused = new Set((policy.sla?.pausedStatuses ?? []).map(squash));

  for (const page of raw) {
    const warnings: string[] = [];
    const opened = parseDisplayedInstant(page.opened, 'Opened', zone);
    if (opened.warning) warnings.push(opened.warning);
    else if (opened.value !== null && !/[zZ]|[+-]\d\d:?\d\d$|GMT|UTC/.test(page.opened ?? ''))
      warnings.push(`Opened read as ${page.opened} in ${zone}, this browser's zone: the CRM shows times in your user's zone`);

    let account: EvaluatedAccount | null = null;
    if (page.account) {
      const key = `${page.account.tool}:${page.account.recordId}`;
      if (!accounts.has(key)) accounts.set(key, deps.findAccount(page.account.tool, page.account.recordId));
      account = await accounts.get(key)!;
      if (account) organizations[account.key] ??= account;
    }

    const evaluated = evaluateRawTicket(
      {
        tool: page.tool,
        ticketId: page.ticketId,
        subject: page.subject,
        priority: page.priority,
        severityField: null,
        status: page.status,
        createdAt: opened.value === null ? null : new Date(opened.value).toISOString(),
        firstResponseAt: null,
        resolvedAt: null,
        organizationId: null,
      },
      account,
      policy,
      now,
      holidays,
    );
    // The page shows no reply or pause history: a status the policy pauses on is said, and the clock counts on.
    const status = page.status === null ? null : squash(page.status);
    if (status !== null && paused.has(status)) warnings.push(`Status “${page.status}” pauses the SLA clock, but when it began is not on the page: counted without the pause`);
    let sla = evaluated.sla;
    if (status !== null && CLOSED.has(status)) sla = sla.map((d) => closedDecision(d, page.status!));
    if (page.account && !account) warnings.push('The account is not known to Lens yet: open the account once or sync the directory');
    // Nor are replies: the first response counts as not yet made, which can only make it look later than it is.
    warnings.push('Replies are not on the page: the first response is counted as not yet made');
    // The tool's own due times, beside the handbook's (an unreadable one is said, and left out).
    const toolDue = toolDueBeside(page.toolDue, sla, page.tool, policy, zone, warnings);
    tickets[page.ticketId] = {
      ...evaluated,
      sla,
      warnings: [...warnings, ...evaluated.warnings.filter((w) => !w.startsWith('Created'))],
      label: page.label,
      account: page.account && { ...page.account, known: account !== null },
      toolDue,
      missing: page.missing,
    };
  }
  return {
    tickets,
    organizations,
    calendars: calendarsWithHolidays(policy, holidays),
    policy: { id: policy.id, name: policy.name, version: policy.version },
    fetchedAt: now,
    missing: [],
    problem: null,
    source: 'page',
  };
}

/** A closed ticket: when it closed is not on the page, so whether each target was met is unknown. */
function closedDecision(d: SlaDecision, status: string): SlaDecision {
  if (d.state === 'no-deadline' || d.state === 'see-contract' || d.state === 'met') return d;
  return { ...d, state: 'unknown', dueAt: d.dueAt, businessRemainingMs: null, wallRemainingMs: null, reasons: [`“${status}”: when it closed is not on the page`, ...d.reasons] };
}
