import type { FieldMapping } from '../parse/field-mapping';
import type { Policy } from '../policy';
import { applyZendeskTicketMetrics, parseZendeskShowMany, zendeskApiPaths } from '../sites/zendesk';
import type { RawRecord, RawTicket } from '../sites/types';
import type { Calendar } from '../sla/types';
import type { EvaluatedAccount, FetchProblem, TicketLookup, EvaluatedTicket } from '../messaging/answers';
import { Backoff } from '../http/backoff';
import { evaluateRawTicket, evaluateRecord } from './evaluate-record';
import type { FetchResult } from '../http/fetch-json';

export interface TicketServiceDeps {
  fetchJson: (url: string) => Promise<FetchResult>;
  now: () => number;
  policy: () => Promise<Policy>;
  mapping: () => Promise<FieldMapping>;
  holidays: () => Promise<Record<string, string[]>>;
  /** The custom ticket field holding severity, if the admin configured one; else the priority decides. */
  severityFieldId: () => Promise<string | null>;
}

interface Known {
  ticket: RawTicket;
  organization: RawRecord | null;
}

/**
 * Looks tickets up in Zendesk's Support API in batches of 100 (`show_many`, organizations and metric sets
 * side-loaded), evaluates each ticket's organization and SLA targets, and keeps the last good answer so a
 * failure still shows what was known, marked stale by its age.
 */
export class TicketService {
  private readonly known = new Map<string, Known & { at: number }>();
  readonly backoff = new Backoff();

  constructor(private readonly deps: TicketServiceDeps) {}

  async lookup(origin: string, ticketIds: string[], fresh = false): Promise<TicketLookup> {
    const [policy, mapping, holidays, severityFieldId] = await Promise.all([this.deps.policy(), this.deps.mapping(), this.deps.holidays(), this.deps.severityFieldId()]);
    let problem: FetchProblem | null = this.backoff.blocked(origin, this.deps.now(), fresh);
    let fetchedAt = this.deps.now();
    const found = new Set<string>();
    if (!problem) {
      for (const path of zendeskApiPaths.showMany(ticketIds)) {
        // Side-loads: the organizations, the metric sets (first reply, solved) and Zendesk's own SLA targets (`slas`:
        // its due times, set beside the handbook's as a second opinion; real-markup-notes.md §4.4).
        const result = await this.deps.fetchJson(origin + path.replace('include=organizations', 'include=organizations,metric_sets,slas'));
        const parsed = result.ok ? parseZendeskShowMany(result.json, { origin, severityFieldId }) : null;
        if (!result.ok || !parsed) {
          problem = result.ok ? { kind: 'malformed', message: 'The answer did not look like Zendesk tickets. It will be retried.', status: null, retryAt: null } : result.problem;
          this.backoff.failed(origin, problem, this.deps.now());
          break;
        }
        this.backoff.succeeded(origin);
        const metrics = metricSets(result.json);
        for (const { ticket, organization } of parsed) {
          const withMetrics = metrics.has(ticket.ticketId) ? applyZendeskTicketMetrics(ticket, { ticket_metric: metrics.get(ticket.ticketId) }) : ticket;
          this.known.set(`${origin}#${ticket.ticketId}`, { ticket: withMetrics, organization, at: fetchedAt });
          found.add(ticket.ticketId);
        }
      }
    }
    const now = this.deps.now();
    const tickets: Record<string, EvaluatedTicket> = {};
    const organizations: Record<string, EvaluatedAccount> = {};
    const missing: string[] = [];
    let oldest = fetchedAt;
    for (const id of ticketIds) {
      const known = this.known.get(`${origin}#${id}`);
      if (!known || (!problem && !found.has(id))) {
        missing.push(id);
        continue;
      }
      oldest = Math.min(oldest, known.at);
      let org: EvaluatedAccount | null = null;
      if (known.organization) {
        org = organizations[`zendesk:${known.organization.recordId}`] ??= evaluateRecord(known.organization, policy, mapping, now, 'api');
      }
      tickets[id] = evaluateRawTicket(known.ticket, org, policy, now, holidays);
    }
    if (problem) fetchedAt = oldest;
    return {
      tickets,
      organizations,
      calendars: calendarsWithHolidays(policy, holidays),
      policy: { id: policy.id, name: policy.name, version: policy.version },
      fetchedAt,
      missing,
      problem,
      source: problem ? 'cache' : 'api',
    };
  }
}

export function calendarsWithHolidays(policy: Policy, holidays: Record<string, string[]>): Calendar[] {
  return (policy.sla?.calendars ?? []).map((c) => ({ ...c, holidays: [...new Set([...c.holidays, ...(holidays[c.id] ?? [])])].sort() }));
}

/** `include=metric_sets` side-loads one metric set per ticket, linked by `ticket_id`. */
function metricSets(json: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const list = (json as { metric_sets?: unknown })?.metric_sets;
  if (!Array.isArray(list)) return out;
  for (const m of list) {
    const id = (m as { ticket_id?: unknown })?.ticket_id;
    if (typeof id === 'number' || typeof id === 'string') out.set(String(id), m);
  }
  return out;
}
