import { mapFields, parseAccount, parseTicket, type FieldMapping } from '../parse';
import { evaluate, evaluateTicketSla, type Policy } from '../policy';
import type { RawRecord, RawTicket, Tool } from '../sites/types';
import type { Severity } from '../domain/ticket';
import { accountKey, type EvaluatedAccount, type EvaluatedTicket, type TicketLookup } from '../messaging/answers';
import { toolById } from '../sites/registry';
import { parseDisplayedInstant, type DateOrder } from '../parse/date';
import { compareDue, DEFAULT_DUE_TOLERANCE_MS } from '../sla/compare-due';
import type { SlaDecision } from '../policy';
import type { ToolDue } from '../messaging/answers';
import type { Calendar } from '../sla/types';

/**
 * Reads a raw CRM record (property names and labels → text) through the field mapping and evaluates it against the
 * policy. The mapping tries the record's property names before its labels (see `mapFields`).
 * @example evaluateRecord(record, PRESETS.sourcegraph, DEFAULT_FIELD_MAPPINGS.salesforce, now, 'page').evaluation.discount
 */
export function evaluateRecord(
  record: Pick<RawRecord, 'tool' | 'recordId' | 'url' | 'name' | 'fields' | 'names'>,
  policy: Policy,
  mapping: FieldMapping,
  now: number,
  source: EvaluatedAccount['source'],
  /** The policy's texts left in English (ActivePolicy `untranslated`): the panel says so. */
  untranslated = 0,
): EvaluatedAccount {
  const raw = mapFields(record.fields, mapping, record.names);
  if (raw.name === undefined && record.name) raw.name = record.name;
  if (raw.id === undefined) raw.id = record.recordId;
  const { account, warnings, unrecognizedPackages } = parseAccount(raw, { catalogue: policy.packages });
  return {
    key: accountKey(record.tool, record.recordId),
    tool: record.tool,
    recordId: record.recordId,
    url: record.url || null,
    evaluation: evaluate(account, policy, { now, warnings, untranslated }),
    unrecognizedPackages,
    readAt: now,
    source,
  };
}

/**
 * Tool priority → severity: the policy's map, over the tool's own priorities (lib/sites/<tool>/defaults.ts) for the
 * values the policy does not name (Salesforce's `Medium` where a policy was written for Zendesk's four).
 * @example priorityMapFor(policy, 'salesforce').medium // 2
 */
export function priorityMapFor(policy: Policy, tool: Tool): Record<string, Severity> {
  return { ...toolById(tool)?.priorityMap, ...policy.sla?.priorityMap };
}

/**
 * Turns a raw Zendesk ticket and its (already evaluated) organization into what a badge shows: severity read from
 * the severity field or else the priority, and every SLA target computed at `now`.
 */
export function evaluateRawTicket(raw: RawTicket, organization: EvaluatedAccount | null, policy: Policy, now: number, holidays: Record<string, string[]>): EvaluatedTicket {
  const { ticket, warnings } = parseTicket(
    {
      id: raw.ticketId,
      subject: raw.subject,
      severity: raw.severityField,
      priority: raw.priority,
      status: raw.status,
      createdAt: raw.createdAt,
      firstResponseAt: raw.firstResponseAt,
      resolvedAt: raw.resolvedAt,
      pauses: raw.pauses,
    },
    priorityMapFor(policy, raw.tool),
  );
  const sla = evaluateTicketSla(ticket, organization?.evaluation.account ?? null, policy, { now, holidays });
  // The tool's own due times are ISO instants from its API: no zone is assumed for them.
  const toolDue = raw.toolDue?.length ? toolDueBeside(raw.toolDue, sla, raw.tool, policy, 'UTC', warnings) : undefined;
  return {
    ticketId: raw.ticketId,
    ticket,
    warnings,
    organizationKey: organization?.key ?? null,
    sla,
    ...(toolDue ? { toolDue } : {}),
  };
}

/**
 * The second opinion: each of the tool's own SLA due times (as the page or API shows them) beside the handbook's due
 * time for the same target, compared within the policy's tolerance (`sla.toolDueToleranceMinutes`, default 5). A due
 * time that cannot be read is named in `warnings` and left out; a target the handbook does not have (HubSpot's and
 * Zendesk's next response) is shown without a comparison.
 * @example toolDueBeside([{ metric: 'first-response', due: '2026-11-30T12:00:00Z', status: 'active' }], sla, 'zendesk', policy, 'UTC', [])[0].comparison?.differs
 */
export function toolDueBeside(
  dues: NonNullable<RawTicket['toolDue']>,
  sla: readonly SlaDecision[],
  tool: Tool,
  policy: Policy,
  zone: string,
  warnings: string[],
  order: DateOrder = 'MDY',
): ToolDue[] {
  const definition = toolById(tool);
  const toolName = definition?.name ?? tool;
  const short = definition?.shortName;
  const minutes = policy.sla?.toolDueToleranceMinutes;
  const tolerance = minutes === undefined ? DEFAULT_DUE_TOLERANCE_MS : minutes * 60_000;
  return dues.flatMap((due): ToolDue[] => {
    const at = parseDisplayedInstant(due.due, `${toolName}'s due time`, zone, order);
    if (at.value === null) {
      if (at.warning) warnings.push(at.warning);
      return [];
    }
    const handbook = sla.find((d) => d.metric === due.metric && !d.internal && d.dueAt !== null);
    return [
      {
        metric: due.metric,
        toolName,
        ...(short ? { toolShortName: short } : {}),
        dueAt: new Date(at.value).toISOString(),
        status: due.status,
        handbookDueAt: handbook?.dueAt ?? null,
        comparison: handbook?.dueAt ? compareDue(at.value, Date.parse(handbook.dueAt), tolerance) : null,
      },
    ];
  });
}

/**
 * A lookup's answer for tickets just evaluated at `now`: the tickets and their accounts, with the calendars and the
 * policy they were counted with (the caller sets what went wrong, and the age of what it kept, where anything did).
 */
export function freshLookup(
  tickets: Record<string, EvaluatedTicket>,
  organizations: Record<string, EvaluatedAccount>,
  policy: Policy,
  holidays: Record<string, string[]>,
  now: number,
  source: TicketLookup['source'],
): TicketLookup {
  return {
    tickets,
    organizations,
    calendars: calendarsWithHolidays(policy, holidays),
    policy: { id: policy.id, name: policy.name, version: policy.version },
    fetchedAt: now,
    missing: [],
    problem: null,
    source,
  };
}

/**
 * The policy's calendars with the administrator's extra holidays, as a ticket lookup carries them (badges count
 * business time live from them).
 */
export function calendarsWithHolidays(policy: Policy, holidays: Record<string, string[]>): Calendar[] {
  return (policy.sla?.calendars ?? []).map((c) => ({ ...c, holidays: [...new Set([...c.holidays, ...(holidays[c.id] ?? [])])].sort() }));
}
