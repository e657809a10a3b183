/**
 * Zendesk Support REST API, read same-origin from the agent page (the agent's session authorises it).
 *
 * - Show ticket: `GET /api/v2/tickets/{id}` https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-ticket
 * - Show multiple tickets: `GET /api/v2/tickets/show_many?ids=…`, at most 100 ids per request
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/#show-multiple-tickets
 * - Side-loading `include=organizations` adds a top-level `organizations` array
 *   https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/
 * - Organizations (`organization_fields`: custom field key → value)
 *   https://developer.zendesk.com/api-reference/ticketing/organizations/organizations/
 * - Ticket metrics `GET /api/v2/tickets/{id}/metrics` (`reply_time_in_minutes`, `solved_at`)
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_metrics/
 *
 * - Search `GET /api/v2/search.json?query=type:ticket assignee:me status<solved` (the agent's own unsolved tickets, what
 *   the "Your unsolved tickets" view lists; `per_page` at most 100, `next_page` null on the last page)
 *   https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/searching-with-the-zendesk-api/
 *   https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/
 *
 * Parsers never throw: anything not shaped like the API's answer yields null (or is skipped in a list),
 * and the caller reports it.
 */
import type { RawRecord, RawTicket } from '../page-data';
import { MAX_EPOCH_MS } from '../../parse/date';
import { fieldText, isObject, numericId, type Json } from '../api-json';

/** Zendesk's documented maximum of ids per show_many request. */
export const ZENDESK_SHOW_MANY_LIMIT = 100;

const NUMERIC_ID = /^[0-9]+$/;

function checkedId(id: string | number): string {
  const text = String(id);
  if (!NUMERIC_ID.test(text)) throw new TypeError(`Not a Zendesk ticket id: ${JSON.stringify(text)}`);
  return text;
}

/** Same-origin API paths. Ids must be numeric (they are interpolated into the URL); anything else throws a TypeError. */
export const zendeskApiPaths = {
  ticket(id: string | number): string {
    return `/api/v2/tickets/${checkedId(id)}.json?include=organizations`;
  },
  /** One path per chunk of at most 100 ids; duplicates dropped, order kept. No ids → no paths. */
  showMany(ids: ReadonlyArray<string | number>): string[] {
    const unique = [...new Set(ids.map(checkedId))];
    const paths: string[] = [];
    for (let i = 0; i < unique.length; i += ZENDESK_SHOW_MANY_LIMIT) {
      const chunk = unique.slice(i, i + ZENDESK_SHOW_MANY_LIMIT);
      paths.push(`/api/v2/tickets/show_many.json?ids=${chunk.join(',')}&include=organizations`);
    }
    return paths;
  },
  ticketMetrics(id: string | number): string {
    return `/api/v2/tickets/${checkedId(id)}/metrics.json`;
  },
  /** Page `page` (from 1) of the agent's own unsolved tickets, most recently updated first. */
  mine(page: number): string {
    const query = encodeURIComponent('type:ticket assignee:me status<solved');
    return `/api/v2/search.json?query=${query}&sort_by=updated_at&sort_order=desc&per_page=${ZENDESK_SHOW_MANY_LIMIT}&page=${Math.max(1, Math.floor(page))}`;
  },
};

/**
 * A search answer's ticket ids, and whether another page follows; null when it is not shaped like one.
 * @example parseZendeskSearchIds({ results: [{ id: 7, result_type: 'ticket' }], next_page: null }) // { ids: ['7'], more: false }
 */
export function parseZendeskSearchIds(json: unknown): { ids: string[]; more: boolean } | null {
  if (!isObject(json) || !Array.isArray(json.results)) return null;
  const ids: string[] = [];
  for (const r of json.results) {
    if (!isObject(r) || (r.result_type !== undefined && r.result_type !== 'ticket')) continue;
    const id = numericId(r.id);
    if (id !== null) ids.push(id);
  }
  return { ids, more: typeof json.next_page === 'string' && json.next_page.length > 0 };
}

export interface ZendeskParseOptions {
  /** Id of the custom ticket field that holds the account's severity (e.g. a "Severity" dropdown). */
  severityFieldId?: string | number | null;
  /** Agent origin (`https://acme.zendesk.com`) for organization links; defaults to the origin of the organization's API `url`. */
  origin?: string;
}

export interface ZendeskTicketWithOrganization {
  ticket: RawTicket<'zendesk'>;
  organization: RawRecord<'zendesk'> | null;
}

const idOf = numericId;

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function severityOf(ticket: Json, fieldId: string | null): string | null {
  if (fieldId === null || !Array.isArray(ticket.custom_fields)) return null;
  const field = ticket.custom_fields.find((f) => isObject(f) && idOf(f.id) === fieldId);
  if (!isObject(field) || field.value === null || field.value === undefined) return null;
  return fieldText(field.value) || null;
}

function parseTicket(value: unknown, options: ZendeskParseOptions): RawTicket<'zendesk'> | null {
  if (!isObject(value)) return null;
  const ticketId = idOf(value.id);
  if (ticketId === null) return null;
  const severityId = options.severityFieldId === undefined || options.severityFieldId === null ? null : String(options.severityFieldId);
  return {
    tool: 'zendesk',
    ticketId,
    subject: stringOrNull(value.subject),
    priority: stringOrNull(value.priority),
    severityField: severityOf(value, severityId),
    status: stringOrNull(value.status),
    createdAt: stringOrNull(value.created_at),
    // Not part of the ticket object; see applyZendeskTicketMetrics.
    firstResponseAt: null,
    resolvedAt: null,
    organizationId: idOf(value.organization_id),
    toolDue: policyMetrics(value.slas),
  };
}

/**
 * Zendesk's own SLA policy's due times, as `include=slas` side-loads them inside each ticket:
 * `slas.policy_metrics[] = { breach_at, stage, metric, hours | minutes | days }` (real-markup-notes.md §4.4, Medium).
 * Only the targets the handbook also has: `first_reply_time` (first response) and `next_reply_time` (next response);
 * the others (periodic updates, requester wait, agent work time) have no handbook counterpart. Only a running
 * (`active`) or `paused` target has a due time to compare; a `completed` one is done.
 */
const ZENDESK_SLA_METRICS: Readonly<Record<string, 'first-response' | 'next-response'>> = { first_reply_time: 'first-response', next_reply_time: 'next-response' };

function policyMetrics(slas: unknown): NonNullable<RawTicket['toolDue']> {
  if (!isObject(slas) || !Array.isArray(slas.policy_metrics)) return [];
  return slas.policy_metrics.flatMap((m) => {
    if (!isObject(m)) return [];
    const metric = ZENDESK_SLA_METRICS[stringOrNull(m.metric) ?? ''];
    const due = stringOrNull(m.breach_at);
    const stage = stringOrNull(m.stage);
    return metric && due && (stage === 'active' || stage === 'paused') ? [{ metric, due, status: stage }] : [];
  });
}

function originOf(org: Json, options: ZendeskParseOptions): string {
  if (options.origin) return options.origin.replace(/\/+$/, '');
  const apiUrl = stringOrNull(org.url);
  if (apiUrl) {
    try {
      return new URL(apiUrl).origin;
    } catch {
      // fall through: no link
    }
  }
  return '';
}

function parseOrganization(value: unknown, options: ZendeskParseOptions): RawRecord<'zendesk'> | null {
  if (!isObject(value)) return null;
  const recordId = idOf(value.id);
  if (recordId === null) return null;
  const fields: Record<string, string> = {};
  if (isObject(value.organization_fields)) {
    for (const [key, raw] of Object.entries(value.organization_fields)) fields[key] = fieldText(raw);
  }
  const origin = originOf(value, options);
  return {
    tool: 'zendesk',
    kind: 'account',
    recordId,
    url: origin ? `${origin}/agent/organizations/${recordId}` : '',
    name: stringOrNull(value.name),
    fields,
  };
}

function organizationsById(json: Json, options: ZendeskParseOptions): Map<string, RawRecord<'zendesk'>> {
  const byId = new Map<string, RawRecord<'zendesk'>>();
  if (!Array.isArray(json.organizations)) return byId;
  for (const entry of json.organizations) {
    const org = parseOrganization(entry, options);
    if (org && !byId.has(org.recordId)) byId.set(org.recordId, org);
  }
  return byId;
}

function withOrganization(ticket: RawTicket<'zendesk'>, orgs: Map<string, RawRecord<'zendesk'>>): ZendeskTicketWithOrganization {
  return { ticket, organization: ticket.organizationId === null ? null : (orgs.get(ticket.organizationId) ?? null) };
}

/** `GET /api/v2/tickets/{id}.json?include=organizations` → ticket + its organization (null when none or not side-loaded). */
export function parseZendeskTicketResponse(json: unknown, options: ZendeskParseOptions = {}): ZendeskTicketWithOrganization | null {
  if (!isObject(json)) return null;
  const ticket = parseTicket(json.ticket, options);
  if (!ticket) return null;
  return withOrganization(ticket, organizationsById(json, options));
}

/**
 * `GET /api/v2/tickets/show_many.json?ids=…&include=organizations` → one entry per well-formed ticket,
 * in response order; malformed entries are skipped (tickets the agent may not see are simply absent
 * from Zendesk's answer too — compare ids with what was asked). Null when there is no `tickets` array.
 */
export function parseZendeskShowMany(json: unknown, options: ZendeskParseOptions = {}): ZendeskTicketWithOrganization[] | null {
  if (!isObject(json) || !Array.isArray(json.tickets)) return null;
  const orgs = organizationsById(json, options);
  const out: ZendeskTicketWithOrganization[] = [];
  for (const entry of json.tickets) {
    const ticket = parseTicket(entry, options);
    if (ticket) out.push(withOrganization(ticket, orgs));
  }
  return out;
}

/**
 * Fills `firstResponseAt`/`resolvedAt` from `GET /api/v2/tickets/{id}/metrics.json`.
 * Zendesk reports the first reply as a duration (`reply_time_in_minutes.calendar`, from ticket
 * creation), so firstResponseAt = createdAt + that many minutes (minute precision); `solved_at` is
 * the resolution instant. Returns the ticket unchanged when the metrics are malformed or belong to
 * another ticket; a metric not reached yet stays null.
 */
export function applyZendeskTicketMetrics(ticket: RawTicket<'zendesk'>, json: unknown): RawTicket<'zendesk'> {
  if (!isObject(json) || !isObject(json.ticket_metric)) return ticket;
  const metric = json.ticket_metric;
  const metricTicketId = idOf(metric.ticket_id);
  if (metricTicketId !== null && metricTicketId !== ticket.ticketId) return ticket;

  const reply = isObject(metric.reply_time_in_minutes) ? metric.reply_time_in_minutes.calendar : null;
  const created = ticket.createdAt === null ? Number.NaN : Date.parse(ticket.createdAt);
  const replied = typeof reply === 'number' && reply >= 0 ? created + reply * 60_000 : Number.NaN;
  // An absurd duration (beyond what a Date holds) is no reply time: unknown, rather than a RangeError.
  const firstResponseAt = Number.isFinite(replied) && Math.abs(replied) <= MAX_EPOCH_MS ? new Date(replied).toISOString() : null;

  return { ...ticket, firstResponseAt, resolvedAt: stringOrNull(metric.solved_at) };
}
