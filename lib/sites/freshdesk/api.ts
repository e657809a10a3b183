/**
 * Freshdesk's API as the agent app's own session reads it, same-origin from the agent page (./client.ts): the paths,
 * and parsers of the replies into the tickets and accounts Lens evaluates. Field names and values are those of
 * ../shared/research/next-tools-and-anchors.md §2c "API v2" (High unless marked):
 *
 * - View a ticket: `GET /api/v2/tickets/{id}?include=stats` (§2c; Freshdesk's API docs
 *   https://developers.freshdesk.com/api/#view_a_ticket). The reply is the ticket object: `id`, `subject`, `status`
 *   (2 Open, 3 Pending, 4 Resolved, 5 Closed, plus custom statuses), `priority` (1 Low … 4 Urgent), `company_id`,
 *   `fr_due_by`, `due_by`, `nr_due_by` (newer accounts), `fr_escalated`, `is_escalated`, `nr_escalated`,
 *   `created_at`, and with `include=stats` a `stats` object (`first_responded_at`, `status_updated_at`, `resolved_at`,
 *   `closed_at`, `pending_since`, …; its shape from a public code sample). Each `include` costs one more API credit.
 * - View a company: `GET /api/v2/companies/{id}` (https://developers.freshdesk.com/api/#view_company): `{id, name,
 *   domains:[], health_score, account_tier, renewal_date, industry, custom_fields:{…}}` (§2c, from the
 *   api-evangelist/freshworks JSON schema).
 * - A list: the v2 API has no "show many tickets by id", and its search cannot filter on id (§2c Pagination), so a
 *   list is read with the request the list page itself is drawn from, one request per page of rows: the agent app's
 *   internal `GET /api/_/tickets?filter=<view>&page=<n>&per_page=100&include=stats`, answered `{tickets:[…]}` with the
 *   v2 ticket fields. Low: the agent app's internal API (§2c Auth: `/api/_/tickets/{id}` answers `{ticket:{…}}` to the
 *   session; one public code sample), the list form with `filter`, `order_by`, `order_type`, `page`, `per_page=100`
 *   and `include=stats` from one public code sample for Freshservice, Freshworks' sister helpdesk on the same
 *   platform. To be checked on a live tenant. A ticket the answer lacks is reported missing, never fetched one by one.
 *
 * Parsers never throw: a reply not shaped as documented is null (the client reports it as `malformed`), a ticket
 * entry not so shaped is skipped (and so missing).
 */
import type { ApiTicket, RawRecord, RawTicket } from '../page-data';
import { fieldText, isObject, numericId, type Json } from '../api-json';

/** Tickets per list request on a list's first page: the API's maximum `per_page` (§2c Pagination: 30 by default, 100 at most). */
export const FRESHDESK_LIST_PAGE_SIZE = 100;
/**
 * The list page's own page size, past its first page: Freshdesk's default `per_page` (§2c Pagination: 30), which the
 * list page is taken to use (Low: its page size is not in the notes). The first page asks for 100, which holds the
 * first page at any size up to 100; a later page must ask with the page's own size, or its `page` would count other rows.
 */
export const FRESHDESK_UI_PAGE_SIZE = 30;

/** Freshdesk's priorities (§2c): the word the tool's priority map and a policy's `sla.priorityMap` know. */
export const FRESHDESK_PRIORITIES: Readonly<Record<number, string>> = { 1: 'low', 2: 'medium', 3: 'high', 4: 'urgent' };

/**
 * Freshdesk's default statuses, as its agent app names them: 2–5 (§2c), and 6 "Waiting on Customer" and 7 "Waiting on
 * Third Party", which accounts are created with (not in §2c; several public code samples map them so: Medium), and
 * which policies name in `sla.pausedStatuses`. Any other number is a custom status, tenant data the ticket reply does
 * not name: `Status <n>`.
 */
export const FRESHDESK_STATUSES: Readonly<Record<number, string>> = {
  2: 'Open',
  3: 'Pending',
  4: 'Resolved',
  5: 'Closed',
  6: 'Waiting on Customer',
  7: 'Waiting on Third Party',
};
const RESOLVED = 4;
const CLOSED = 5;
const PENDING = 3;
/** Default statuses of a ticket still being worked on: a resolution time left in `stats` is a reopened ticket's old one. */
const WORKED_ON = new Set([2, 3, 6, 7]);

const NUMERIC_ID = /^[0-9]+$/;
/** A view's id as Freshdesk makes them: `all_tickets`, `new_and_my_open`, `5000319518`. */
const VIEW_ID = /^[a-z0-9_]{1,64}$/;
/** A sort field (`created_at`, `updated_at`, `due_by`) and direction. */
const ORDER_BY = /^[a-z_]{1,32}$/;
const ORDER_TYPE = /^(?:asc|desc)$/;

function checkedId(id: string | number, what: string): string {
  const text = String(id);
  if (!NUMERIC_ID.test(text)) throw new TypeError(`Not a Freshdesk ${what} id: ${JSON.stringify(text)}`);
  return text;
}

/** How a list page orders and pages its rows (its URL's `page`, `orderBy`/`order_by`, `orderType`/`order_type`). */
export interface FreshdeskListOptions {
  page?: number;
  orderBy?: string | null;
  orderType?: string | null;
}

/**
 * Same-origin API paths. Everything interpolated is checked first (ids numeric, the view as Freshdesk makes them, the
 * order a field name and `asc`/`desc`, the page a positive integer): anything else throws a TypeError.
 */
export const freshdeskApiPaths = {
  /** @example freshdeskApiPaths.ticket(7001) // '/api/v2/tickets/7001?include=stats' */
  ticket(id: string | number): string {
    return `/api/v2/tickets/${checkedId(id, 'ticket')}?include=stats`;
  },
  /** @example freshdeskApiPaths.company(5001) // '/api/v2/companies/5001' */
  company(id: string | number): string {
    return `/api/v2/companies/${checkedId(id, 'company')}`;
  },
  /**
   * One page of a list, as the list page asks for it; `view` null for the default list (`/a/tickets`), which names no
   * view: the request names none either, so Freshdesk applies to it the default it applies to the page.
   * @example freshdeskApiPaths.list('all_tickets', { page: 2 }) // '/api/_/tickets?filter=all_tickets&page=2&per_page=30&include=stats'
   */
  list(view: string | null, options: FreshdeskListOptions = {}): string {
    const { page = 1, orderBy = null, orderType = null } = options;
    if (view !== null && !VIEW_ID.test(view)) throw new TypeError(`Not a Freshdesk view id: ${JSON.stringify(view)}`);
    if (!Number.isSafeInteger(page) || page < 1) throw new TypeError(`Not a page number: ${JSON.stringify(page)}`);
    if (orderBy !== null && !ORDER_BY.test(orderBy)) throw new TypeError(`Not a sort field: ${JSON.stringify(orderBy)}`);
    if (orderType !== null && !ORDER_TYPE.test(orderType)) throw new TypeError(`Not a sort order: ${JSON.stringify(orderType)}`);
    const query = [
      ...(view === null ? [] : [`filter=${view}`]),
      `page=${page}`,
      `per_page=${page === 1 ? FRESHDESK_LIST_PAGE_SIZE : FRESHDESK_UI_PAGE_SIZE}`,
      'include=stats',
      ...(orderBy === null ? [] : [`order_by=${orderBy}`]),
      ...(orderType === null ? [] : [`order_type=${orderType}`]),
    ];
    return `/api/_/tickets?${query.join('&')}`;
  },
};

/** Whether the list path can carry these: the client checks a page URL's values before it asks (./client.ts). */
export const freshdeskListValues = {
  view: (value: string | null): boolean => value === null || VIEW_ID.test(value),
  orderBy: (value: string): boolean => ORDER_BY.test(value),
  orderType: (value: string): boolean => ORDER_TYPE.test(value),
};

const idOf = numericId;

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function codeOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
}

/** The status as Freshdesk's agent app names it; null when the reply has no status number. */
function statusName(code: number | null): string | null {
  if (code === null) return null;
  return FRESHDESK_STATUSES[code] ?? `Status ${code}`;
}

/**
 * Freshdesk's own SLA due times, the second opinion: the first response's (`fr_due_by`) while no first response is
 * recorded, the next response's (`nr_due_by`) where the account has it, the resolution's (`due_by`) while the ticket
 * is neither resolved nor closed. `escalated` where Freshdesk's flag for it says so (`fr_escalated`, `nr_escalated`,
 * `is_escalated`: the time passed and Freshdesk escalated), else null.
 */
function toolDueOf(ticket: Json, status: number | null, firstResponseAt: string | null): NonNullable<RawTicket['toolDue']> {
  const due: NonNullable<RawTicket['toolDue']> = [];
  const add = (metric: 'first-response' | 'next-response' | 'resolution', at: unknown, flag: unknown) => {
    const text = stringOrNull(at);
    if (text) due.push({ metric, due: text, status: flag === true ? 'escalated' : null });
  };
  if (firstResponseAt === null) add('first-response', ticket.fr_due_by, ticket.fr_escalated);
  add('next-response', ticket.nr_due_by, ticket.nr_escalated);
  if (status !== RESOLVED && status !== CLOSED) add('resolution', ticket.due_by, ticket.is_escalated);
  return due;
}

/** One ticket of a reply, with its account still to be filled in (./client.ts); null when it is no ticket. */
function parseTicket(value: unknown): ApiTicket<'freshdesk'> | null {
  if (!isObject(value)) return null;
  const ticketId = idOf(value.id);
  if (ticketId === null) return null;
  const stats = isObject(value.stats) ? value.stats : {};
  const status = codeOf(value.status);
  const priority = codeOf(value.priority);
  const firstResponseAt = stringOrNull(stats.first_responded_at);
  // A reopened ticket keeps its earlier resolution's time in `stats` (my reading of `reopened_at` beside it): while its
  // status is one of those worked on, it is not resolved.
  const resolvedAt = status !== null && WORKED_ON.has(status) ? null : (stringOrNull(stats.resolved_at) ?? stringOrNull(stats.closed_at));
  return {
    ticket: {
      tool: 'freshdesk',
      ticketId,
      subject: stringOrNull(value.subject),
      priority: priority === null ? null : (FRESHDESK_PRIORITIES[priority] ?? null),
      severityField: null,
      status: statusName(status),
      createdAt: stringOrNull(value.created_at),
      firstResponseAt,
      resolvedAt,
      organizationId: idOf(value.company_id),
      toolDue: toolDueOf(value, status, firstResponseAt),
    },
    label: null,
    account: null,
    organization: null,
    statusSince: stringOrNull(stats.status_updated_at) ?? (status === PENDING ? stringOrNull(stats.pending_since) : null),
  };
}

/**
 * `GET /api/v2/tickets/{id}?include=stats` → the ticket (its `account` null: the client adds the company). The v2 reply
 * is the ticket object itself; the internal API's `{ticket:{…}}` (§2c Auth) is read too.
 * @example parseFreshdeskTicket({ id: 7001, priority: 4, status: 2 })?.ticket.priority // 'urgent'
 */
export function parseFreshdeskTicket(json: unknown): ApiTicket<'freshdesk'> | null {
  if (isObject(json) && json.id === undefined && isObject(json.ticket)) return parseTicket(json.ticket);
  return parseTicket(json);
}

/**
 * A list reply → its tickets in reply order, and how many entries were no ticket (skipped, so reported missing). The
 * internal list's `{tickets:[…]}`, or a bare array as v2's `GET /api/v2/tickets` answers; null for anything else.
 * @example parseFreshdeskTicketList({ tickets: [{ id: 7001 }, 'x'] })?.skipped // 1
 */
export function parseFreshdeskTicketList(json: unknown): { tickets: ApiTicket<'freshdesk'>[]; skipped: number } | null {
  const entries = Array.isArray(json) ? json : isObject(json) && Array.isArray(json.tickets) ? json.tickets : null;
  if (entries === null) return null;
  const tickets: ApiTicket<'freshdesk'>[] = [];
  for (const entry of entries) {
    const ticket = parseTicket(entry);
    if (ticket) tickets.push(ticket);
  }
  return { tickets, skipped: entries.length - tickets.length };
}

/** Freshdesk's own company fields (§2c Company; §1.2 "Company fields"), read beside the custom ones. */
const STANDARD_FIELDS = ['account_tier', 'renewal_date', 'health_score', 'industry'] as const;

/**
 * `GET /api/v2/companies/{id}` → the account: `fields` keyed by the company field's name, as the field mapping names
 * them (./defaults.ts): every `custom_fields` key, Freshdesk's standard `account_tier`, `renewal_date`,
 * `health_score` and `industry`, and `domains` joined with ';'. Values as text (lists joined with ';', null → '').
 * A standard field the reply carries wins over a custom field of the same name, unless it is empty. `origin` (the
 * agent app's, `https://acme.freshdesk.com`) makes the company's link; null when the reply is no company.
 * @example parseFreshdeskCompany({ id: 5001, name: 'Acme', custom_fields: { segment: 'Enterprise' } }, 'https://acme.freshdesk.com')?.fields.segment // 'Enterprise'
 */
export function parseFreshdeskCompany(json: unknown, origin: string): RawRecord<'freshdesk'> | null {
  const company = isObject(json) && json.id === undefined && isObject(json.company) ? json.company : json;
  if (!isObject(company)) return null;
  const recordId = idOf(company.id);
  if (recordId === null) return null;
  const fields: Record<string, string> = {};
  if (isObject(company.custom_fields)) {
    for (const [key, value] of Object.entries(company.custom_fields)) fields[key] = fieldText(value);
  }
  for (const key of STANDARD_FIELDS) {
    if (!(key in company)) continue;
    const text = fieldText(company[key]);
    if (text !== '' || !(key in fields)) fields[key] = text;
  }
  if (Array.isArray(company.domains)) fields.domains = company.domains.filter((d): d is string => typeof d === 'string').join(';');
  const base = origin.replace(/\/+$/, '');
  return { tool: 'freshdesk', kind: 'account', recordId, url: base ? `${base}/a/companies/${recordId}` : '', name: stringOrNull(company.name), fields };
}
