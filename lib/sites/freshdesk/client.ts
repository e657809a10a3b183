/**
 * Freshdesk's API client, as the ticket badges' content script uses it on the agent app with the agent's session
 * (lib/sites/page-data.ts TicketApiClient): one request for the tickets a page shows (the ticket, or the list page's
 * own page of rows: ./api.ts), then each company those tickets name, once, kept ten minutes. Every failure is a
 * problem naming Freshdesk and what to do; nothing here throws.
 */
import type { FetchProblem } from '../../http/problem';
import type { ApiTicket, ApiTicketBatch, GetJson, PageMatch, RawRecord, TicketApiClient } from '../page-data';
import { freshdeskApiPaths, freshdeskListValues, parseFreshdeskCompany, parseFreshdeskTicket, parseFreshdeskTicketList } from './api';

/** How long a company read is reused: its fields change rarely, and each read is one API credit. */
export const FRESHDESK_COMPANY_TTL_MS = 10 * 60_000;
/** Companies read at once: a list of 100 rows can name dozens, and Freshdesk counts requests per minute (§2c). */
const COMPANY_READS_AT_ONCE = 4;
const NUMERIC_ID = /^[0-9]+$/;

type CompanyRead = { ok: true; record: RawRecord<'freshdesk'> | null } | { ok: false; problem: FetchProblem };

export interface FreshdeskClientOptions {
  /** The clock for the company cache (epoch ms). */
  now: () => number;
  companyTtlMs?: number;
}

/**
 * A client with its own company cache. On a ticket page: `GET /api/v2/tickets/{id}?include=stats`. On a list: one
 * request, the list page's own (`freshdeskApiPaths.list`), for its view (`page.recordId`; none for `/a/tickets`), its
 * `page` (default 1) and its order (`orderBy`/`orderType`, as Freshdesk's list URLs carry them in public links, or
 * `order_by`/`order_type`), keeping the tickets asked for. The first page is asked for 100 rows; a later `page` is
 * taken to count pages of Freshdesk's default size, 30 (./api.ts); the list page's own page size is not in the notes
 * (Low): where it differs, rows not in the answer are
 * reported missing, never fetched one by one. A company Freshdesk no longer has (404) leaves its tickets without an
 * account; any other failure fails the batch, since it would fail every company.
 * @example await createFreshdeskClient({ now: Date.now }).fetchTickets(get, ['7001'], { tool: 'freshdesk', kind: 'ticket', recordId: '7001' }, url)
 */
export function createFreshdeskClient(options: FreshdeskClientOptions): TicketApiClient<'freshdesk'> {
  const { now, companyTtlMs = FRESHDESK_COMPANY_TTL_MS } = options;
  const companies = new Map<string, { at: number; read: Promise<CompanyRead> }>();

  /** The company's read, shared by the batches that name it while it is fresh; a failed read is not kept. */
  const company = (get: GetJson, id: string, origin: string): Promise<CompanyRead> => {
    const key = `${origin} ${id}`;
    const hit = companies.get(key);
    if (hit && now() - hit.at < companyTtlMs) return hit.read;
    const entry = { at: now(), read: readCompany(get, id, origin) };
    companies.set(key, entry);
    void entry.read.then((read) => {
      if (!read.ok && companies.get(key) === entry) companies.delete(key);
    });
    return entry.read;
  };

  const forget = () => {
    for (const [key, { at }] of companies) if (now() - at >= companyTtlMs) companies.delete(key);
  };

  return {
    async fetchTickets(get, ticketIds, page, url) {
      const wanted = new Set(ticketIds.filter((id) => NUMERIC_ID.test(id)));
      // A ticket page reads its own ticket only: nothing to ask for when it is not among those wanted.
      if (wanted.size === 0 || (page.kind === 'ticket' && !wanted.has(page.recordId ?? ''))) return { ok: true, tickets: [] };
      const read = await readTickets(get, page, url);
      if (!read.ok) return read;
      const tickets: ApiTicket<'freshdesk'>[] = [];
      for (const ticket of read.tickets) {
        if (!wanted.delete(ticket.ticket.ticketId)) continue; // not asked for, or a duplicate
        tickets.push(ticket);
      }
      forget();
      const ids = [...new Set(tickets.flatMap((t) => (t.ticket.organizationId === null ? [] : [t.ticket.organizationId])))];
      const byId = new Map<string, RawRecord<'freshdesk'> | null>();
      const failure = await inTurns(ids, COMPANY_READS_AT_ONCE, async (id) => {
        const read = await company(get, id, url.origin);
        if (!read.ok) return read.problem;
        byId.set(id, read.record);
        return null;
      });
      if (failure) return { ok: false, problem: failure };
      return { ok: true, tickets: tickets.map((t) => ({ ...t, account: byId.get(t.ticket.organizationId ?? '') ?? null })) };
    },
  };
}

/** The default client, on the host's clock. */
export const FRESHDESK_CLIENT = createFreshdeskClient({ now: () => Date.now() });

/** The tickets the page shows, as one request gives them. */
async function readTickets(get: GetJson, page: PageMatch<'freshdesk'>, url: URL): Promise<ApiTicketBatch<'freshdesk'>> {
  if (page.kind === 'ticket') {
    if (page.recordId === null || !NUMERIC_ID.test(page.recordId)) return { ok: true, tickets: [] };
    const reply = await get(freshdeskApiPaths.ticket(page.recordId));
    if (!reply.ok) return { ok: false, problem: freshdeskProblem(reply.problem, 'ticket') };
    const ticket = parseFreshdeskTicket(reply.json);
    return ticket ? { ok: true, tickets: [ticket] } : { ok: false, problem: MALFORMED_TICKETS };
  }
  if (page.kind !== 'ticket-list') return { ok: true, tickets: [] };
  const path = listPath(page.recordId, url);
  if (path === null) return { ok: false, problem: UNREADABLE_VIEW };
  const reply = await get(path);
  if (!reply.ok) return { ok: false, problem: freshdeskProblem(reply.problem, 'list') };
  const list = parseFreshdeskTicketList(reply.json);
  return list ? { ok: true, tickets: list.tickets } : { ok: false, problem: MALFORMED_TICKETS };
}

/** The list page's own request, from its view and URL; null when the view is not one the API can be asked for. */
function listPath(view: string | null, url: URL): string | null {
  if (!freshdeskListValues.view(view)) return null;
  const params = url.searchParams;
  const pageNumber = Number(params.get('page') ?? '1');
  const orderBy = params.get('orderBy') ?? params.get('order_by');
  const orderType = (params.get('orderType') ?? params.get('order_type'))?.toLowerCase() ?? null;
  return freshdeskApiPaths.list(view, {
    page: Number.isSafeInteger(pageNumber) && pageNumber >= 1 ? pageNumber : 1,
    orderBy: orderBy !== null && freshdeskListValues.orderBy(orderBy) ? orderBy : null,
    orderType: orderType !== null && freshdeskListValues.orderType(orderType) ? orderType : null,
  });
}

async function readCompany(get: GetJson, id: string, origin: string): Promise<CompanyRead> {
  const reply = await get(freshdeskApiPaths.company(id));
  if (!reply.ok) return reply.problem.kind === 'not-found' ? { ok: true, record: null } : { ok: false, problem: freshdeskProblem(reply.problem, 'company') };
  const record = parseFreshdeskCompany(reply.json, origin);
  return record && record.recordId === id ? { ok: true, record } : { ok: false, problem: MALFORMED_COMPANY };
}

/** `work` on each item, at most `atOnce` at a time; the first failure it reports (no new work starts after it), or null. */
async function inTurns<T, F>(items: readonly T[], atOnce: number, work: (item: T) => Promise<F | null>): Promise<F | null> {
  let next = 0;
  let failure: F | null = null;
  const worker = async () => {
    while (failure === null && next < items.length) {
      const found = await work(items[next++]!);
      failure ??= found;
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, worker));
  return failure;
}

const MALFORMED_TICKETS: FetchProblem = { kind: 'malformed', message: "Freshdesk's answer did not look like tickets. It will be retried.", status: null, retryAt: null };
const MALFORMED_COMPANY: FetchProblem = { kind: 'malformed', message: "Freshdesk's answer did not look like a company. It will be retried.", status: null, retryAt: null };
const UNREADABLE_VIEW: FetchProblem = {
  kind: 'not-found',
  message: 'Lens cannot ask Freshdesk for this list: its view id is not one Freshdesk makes. Open a ticket to see its badge.',
  status: null,
  retryAt: null,
};

/**
 * A failed request's problem in Freshdesk's words, saying what to do. 401 and 403 name the likely cause first: the
 * agent session may not be accepted for API reads at all (§2c Auth, Low–Medium; open question 4 of the notes).
 */
export function freshdeskProblem(problem: FetchProblem, what: 'ticket' | 'list' | 'company'): FetchProblem {
  const status = problem.status;
  const refused = (code: number, role: string) =>
    `Freshdesk refused this tab's session for its API (${status ?? code}). Sign in again in this tab; if it persists, ${role}your Freshdesk may not accept the agent session for API reads: tell your admin.`;
  const message = ((): string => {
    switch (problem.kind) {
      case 'session-expired':
        return refused(401, '');
      case 'forbidden':
        return refused(403, `your Freshdesk role may not read ${what === 'company' ? 'companies' : 'these tickets'}, or `);
      case 'not-found':
        return what === 'list'
          ? "Freshdesk did not find this list's tickets (404): Lens asks for a list as the list page does, and your Freshdesk may not answer it. Open a ticket to see its badge, and tell your admin."
          : 'Freshdesk did not find this ticket (404): it may have been deleted or merged.';
      case 'rate-limited':
        return `Freshdesk is rate-limiting API requests (429). Retrying after ${problem.retryAt === null ? 'a minute' : `${new Date(problem.retryAt).toISOString().slice(11, 19)} UTC`}.`;
      case 'server-error':
        return status !== null && status < 500
          ? `Freshdesk did not accept Lens's request (${status}). Tell your admin.`
          : `Freshdesk answered with an error${status === null ? '' : ` (${status})`}. It will be retried shortly.`;
      case 'timeout':
        return 'Freshdesk did not answer in time. Check your connection, then retry.';
      case 'network':
        return 'Freshdesk could not be reached. Check your connection, then retry.';
      case 'malformed':
        return "Freshdesk's answer was not valid JSON. It will be retried; if it persists, tell your admin.";
    }
  })();
  return { ...problem, message };
}
