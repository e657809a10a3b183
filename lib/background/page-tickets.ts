/**
 * Tickets read off a page (Salesforce Cases, HubSpot tickets): the page gives the ticket's own fields and a link to
 * its account, whose segment, ARR and packages are not on the ticket's page. They come from what Lens already knows
 * of that account (seen in the CRM, or in the directory); where it knows nothing, the ticket says so and the SLA is
 * counted on the standard calendar, with that reason, never as if the customer had no rights.
 */
import { dateOrderOf, dateOrderShown, parseDisplayedInstant, type DateOrder } from '../parse/date';
import { squash } from '../parse/result';
import type { Policy, SlaDecision } from '../policy';
import type { RawPageTicket } from '../sites/types';
import type { EvaluatedAccount, EvaluatedTicket, TicketLookup } from '../messaging/answers';
import { evaluateRawTicket, freshLookup, toolDueBeside } from './evaluate-record';
import { toolById } from '../sites/registry';

export interface PageTicketDeps {
  now: number;
  /** The zone the page displays its date-times in: the browser's, taken to be the agent's CRM zone. */
  zone: string;
  /** The page's language, whose date order applies where the dates shown do not tell (`dateOrderShown`). */
  locale?: string;
  policy: Policy;
  holidays: Record<string, string[]>;
  /** The account as Lens knows it (account cache, then directory), or null. */
  findAccount: (tool: RawPageTicket['tool'], recordId: string) => Promise<EvaluatedAccount | null>;
}

/**
 * The tickets as a page at `origin` may send them: an account link elsewhere than the page's own origin is dropped
 * (the readers build it on the page's origin; a link anywhere else did not come from them). The id stays.
 * @example onTheirPage(request.tickets, request.senderUrl.origin)
 */
export function onTheirPage(tickets: readonly RawPageTicket[], origin: string): RawPageTicket[] {
  return tickets.map((t) => (t.account?.url && new URL(t.account.url).origin !== origin ? { ...t, account: { ...t.account, url: null } } : t));
}

/** Statuses that end a ticket: without the time it ended, no target can be counted. */
const CLOSED = new Set(['closed', 'solved', 'resolved']);
/**
 * A ticket's first status, before anyone worked it: Salesforce's "New" (the Case Status picklist's default) and
 * HubSpot's default pipeline's first stage "New". A ticket still in it is read as not yet answered; in any other
 * status, whether it was answered is not on the page.
 */
const UNANSWERED = new Set(['new']);
/** The targets a first reply ends. */
const FIRST_REPLY_METRICS = new Set(['first-response', 'internal-first-response']);
/** HubSpot's `hs_time_to_first_response_sla_status`: Completed on time (3), Completed late (4) (next-tools-and-anchors.md §2b). */
const TOOL_SAYS_DONE = /^(?:completed\b.*|3|4)$/i;

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
  // Day or month first: the dates shown decide where one can only be read one way (28/11), else the page's language.
  const shownOrder = dateOrderShown(raw.flatMap((t) => [t.opened, ...t.toolDue.map((d) => d.due)]));
  const localeOrder = deps.locale ? dateOrderOf(deps.locale) : null;
  const order: DateOrder = shownOrder ?? localeOrder ?? 'MDY';
  const orderSaid = order === 'DMY' ? 'day first' : 'month first';
  const orderWhy = shownOrder ? `as the page's dates show` : localeOrder ? `as ${deps.locale} writes dates` : 'by default';

  for (const page of raw) {
    const warnings: string[] = [];
    const opened = parseDisplayedInstant(page.opened, 'Opened', zone, order);
    const numeric = /^\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(page.opened ?? '');
    if (opened.warning) warnings.push(opened.warning);
    else if (opened.value !== null && !/(?:Z|[+-]\d\d:?\d\d|\b(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d\d)?)?)$/i.test((page.opened ?? '').trim()))
      warnings.push(`Opened read as ${page.opened}${numeric ? ` (${orderSaid}, ${orderWhy})` : ''} in ${zone}, this browser's zone: the CRM shows times in your user's zone`);

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
    // Replies are not on the page: the first reply counts only for a ticket still in its first status; the tool's own
    // SLA status may say it was made; otherwise whether it was is unknown (never "breached" for lack of data).
    const answered = page.toolDue.some((d) => d.metric === 'first-response' && TOOL_SAYS_DONE.test((d.status ?? '').trim()));
    if (answered) sla = sla.map((d) => firstReplyDecision(d, 'met', `${toolById(page.tool)?.name ?? page.tool} says the first response was made`));
    else if (status === null || !UNANSWERED.has(status)) {
      const shown = page.status === null ? 'no status shown' : `status “${page.status}”`;
      sla = sla.map((d) => firstReplyDecision(d, 'unknown', `Replies are not on the page: whether the first response was made is not known (${shown})`));
      if (sla.some((d) => FIRST_REPLY_METRICS.has(d.metric) && d.state === 'unknown' && d.dueAt !== null))
        warnings.push(`Replies are not on the page: the first response is unknown (${shown}); the countdown follows resolution`);
    }
    if (page.account && !account) warnings.push('The account is not known to Lens yet: open the account once or sync the directory');
    // The tool's own due times, beside the handbook's (an unreadable one is said, and left out).
    const toolDue = toolDueBeside(page.toolDue, sla, page.tool, policy, zone, warnings, order);
    tickets[page.ticketId] = {
      ...evaluated,
      sla,
      warnings: [...warnings, ...evaluated.warnings.filter((w) => !w.startsWith('Created'))],
      label: page.label,
      entitlement: page.entitlement,
      account: page.account && { ...page.account, known: account !== null },
      toolDue,
      missing: page.missing,
    };
  }
  return freshLookup(tickets, organizations, policy, holidays, now, 'page');
}

/** A first-reply target set to what the page tells (`met`) or to unknown, with why; other targets unchanged. */
function firstReplyDecision(d: SlaDecision, state: 'met' | 'unknown', reason: string): SlaDecision {
  if (!FIRST_REPLY_METRICS.has(d.metric) || d.state === 'no-deadline' || d.state === 'see-contract' || d.state === 'unknown') return d;
  return { ...d, state, ...(state === 'unknown' ? { businessRemainingMs: null, wallRemainingMs: null } : {}), reasons: [reason, ...d.reasons] };
}

/** A closed ticket: when it closed is not on the page, so whether each target was met is unknown. */
function closedDecision(d: SlaDecision, status: string): SlaDecision {
  if (d.state === 'no-deadline' || d.state === 'see-contract' || d.state === 'met') return d;
  return { ...d, state: 'unknown', dueAt: d.dueAt, businessRemainingMs: null, wallRemainingMs: null, reasons: [`“${status}”: when it closed is not on the page`, ...d.reasons] };
}
