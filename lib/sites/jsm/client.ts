/**
 * Jira Service Management's API client, as the ticket badges' content script uses it from the agent's Jira page:
 * same-origin GETs with the agent's session (../shared/research/next-tools-and-anchors.md §2d "Auth"), parsed by
 * ./api.ts. Per batch of keys:
 * - the site's field list, once per client (the Organizations and SLA fields' ids), kept 30 minutes and asked again
 *   after a failure;
 * - an issue page: the issue and its request's SLAs, 2 requests;
 * - a queue (and the issue open beside it, whose key comes with the rows'): one search per 100 keys, with the SLA
 *   fields in it, never a request per row (more only where Jira splits a page: ./api.ts).
 */
import type { FetchProblem } from '../../http/problem';
import type { FetchResult } from '../../http/fetch-json';
import type { ApiTicket, ApiTicketBatch, GetJson, PageMatch, TicketApiClient } from '../page-data';
import { jsmApiPaths, jsmKeyChunks, parseFieldList, parseJsmIssue, parseJsmSearch, type JsmFieldList } from './api';
import { NO_SLA, parseSlaReply, type JsmSlaSummary } from './sla';

/** How long the field list is kept: an admin adding an SLA shows within the half hour. */
export const JSM_FIELD_LIST_TTL_MS = 30 * 60_000;
/** Pages of one search followed at most (a page of 100 split by Jira into small pages; a loop of tokens stops here). */
const MAX_SEARCH_PAGES = 10;

const NAME = 'Jira Service Management';

type FieldListResult = { ok: true; list: JsmFieldList } | { ok: false; problem: FetchProblem };

export interface JsmClientOptions {
  now: () => number;
}

/**
 * A client keeping its own field list (one per content script).
 * @example await createJsmClient({ now: Date.now }).fetchTickets(get, ['SUP-7'], { tool: 'jsm', kind: 'ticket', recordId: 'SUP-7' }, url)
 */
export function createJsmClient({ now }: JsmClientOptions): TicketApiClient<'jsm'> {
  let cached: { list: JsmFieldList; at: number } | null = null;
  // One request for batches that ask at once (a queue's first batches): they share its answer.
  let asking: Promise<FieldListResult> | null = null;

  const askFieldList = async (get: GetJson): Promise<FieldListResult> => {
    const reply = await get(jsmApiPaths.fields());
    if (!reply.ok) return { ok: false, problem: named(reply.problem, "the site's field list") };
    const list = parseFieldList(reply.json);
    if (!list) return { ok: false, problem: malformed("the site's field list") };
    cached = { list, at: now() };
    return { ok: true, list };
  };
  const fieldList = (get: GetJson): Promise<FieldListResult> => {
    if (cached && now() - cached.at < JSM_FIELD_LIST_TTL_MS) return Promise.resolve({ ok: true, list: cached.list });
    cached = null;
    asking ??= askFieldList(get).finally(() => (asking = null));
    return asking;
  };

  return {
    async fetchTickets(get, ticketIds, page: PageMatch<'jsm'>) {
      const chunks = jsmKeyChunks(ticketIds);
      if (chunks.length === 0) return { ok: true, tickets: [] };
      const fields = await fieldList(get);
      if (!fields.ok) return fields;
      const only = chunks[0]!;
      if (page.kind === 'ticket' && chunks.length === 1 && only.length === 1) return issueWithSlas(get, only[0]!, fields.list);
      // By key: an issue on two pages of a search (Jira's pages move while issues change) is one ticket.
      const tickets = new Map<string, ApiTicket<'jsm'>>();
      for (const keys of chunks) {
        const found = await search(get, keys, fields.list);
        if (!found.ok) return found;
        for (const ticket of found.tickets) if (!tickets.has(ticket.ticket.ticketId)) tickets.set(ticket.ticket.ticketId, ticket);
      }
      return { ok: true, tickets: [...tickets.values()] };
    },
  };
}

/** The shared client of the ticket badges (lib/sites/jsm/tool.ts). */
export const JSM_CLIENT: TicketApiClient<'jsm'> = createJsmClient({ now: () => Date.now() });

/** The issue page: the issue, and what its request's SLAs say (High, §2d), asked together. */
async function issueWithSlas(get: GetJson, key: string, list: JsmFieldList): Promise<ApiTicketBatch<'jsm'>> {
  const fieldIds = list.organizationsField === null ? [] : [list.organizationsField];
  const [issueReply, slaReply] = await Promise.all([get(jsmApiPaths.issue(key, fieldIds)), get(jsmApiPaths.sla(key))]);
  if (!issueReply.ok) return { ok: false, problem: named(issueReply.problem, `issue ${key}`) };
  const sla = slaOf(slaReply, key);
  if (!sla.ok) return sla;
  const ticket = parseJsmIssue(issueReply.json, list, sla.summary);
  return ticket ? { ok: true, tickets: [ticket] } : { ok: false, problem: malformed(`issue ${key}`) };
}

/**
 * The request's SLAs. A 404 is an issue that is no service request (a Jira Software issue also opens under
 * `/browse/`; the endpoint knows only requests: inferred from its name, Low): it has no JSM SLA, and the handbook's
 * alone is shown. Any other failure fails the issue: without the SLAs, the first response's time is unknown.
 */
function slaOf(reply: FetchResult, key: string): { ok: true; summary: JsmSlaSummary } | { ok: false; problem: FetchProblem } {
  if (!reply.ok) return reply.problem.status === 404 ? { ok: true, summary: NO_SLA } : { ok: false, problem: named(reply.problem, `the SLAs of ${key}`) };
  const summary = parseSlaReply(reply.json);
  return summary ? { ok: true, summary } : { ok: false, problem: malformed(`the SLAs of ${key}`) };
}

/** One search for `keys` (≤ 100), following Jira's continuation tokens where it splits the page. */
async function search(get: GetJson, keys: string[], list: JsmFieldList): Promise<ApiTicketBatch<'jsm'>> {
  const fieldIds = [...(list.organizationsField === null ? [] : [list.organizationsField]), ...list.slaFields.map((f) => f.id)];
  const tickets: ApiTicket<'jsm'>[] = [];
  let token: string | undefined;
  for (let pages = 0; pages < MAX_SEARCH_PAGES; pages++) {
    const reply = await get(jsmApiPaths.search(keys, fieldIds, token));
    if (!reply.ok) return { ok: false, problem: named(reply.problem, "the queue's issues") };
    const page = parseJsmSearch(reply.json, list);
    if (!page) return { ok: false, problem: malformed("the queue's issues") };
    tickets.push(...page.tickets);
    if (page.nextPageToken === null) break;
    token = page.nextPageToken;
  }
  return { ok: true, tickets };
}

/**
 * A failed GET, said of Jira Service Management and of what was asked, with what the agent can do. The kind, status
 * and retry time stay as lib/http/fetch-json.ts gave them (the badges' back-off reads them).
 */
export function named(problem: FetchProblem, what: string): FetchProblem {
  return { ...problem, message: messageFor(problem, what) };
}

function messageFor(problem: FetchProblem, what: string): string {
  switch (problem.status) {
    case 401:
      return "Jira refused this tab's session (401). Sign in again in this tab, then retry.";
    case 403:
      // §2d "Permissions": the caller must be an agent with Browse Projects.
      return `${NAME} refused ${what} (403): your account may lack the Browse Projects permission on this project, or not be an agent of its service space. Ask your Jira admin.`;
    case 404:
      return `${NAME} could not find ${what} (404): it may have been deleted or moved, or your account may not see it.`;
    case 400:
      // A JQL naming a key that no longer exists is refused whole (Atlassian's KB "How to handle HTTP 400 Bad Request
      // errors on Jira search REST API endpoint": "Non-existing data directly referenced in the JQL query"), and the
      // reply is not read, so the culprit cannot be named.
      return `${NAME} refused the request for ${what} (400): an issue shown may have been deleted or moved. Reload the page, then retry.`;
  }
  return /^The tool\b/.test(problem.message) ? problem.message.replace(/^The tool\b/, NAME) : `${NAME}: ${problem.message}`;
}

function malformed(what: string): FetchProblem {
  return {
    kind: 'malformed',
    message: `${NAME} answered for ${what} in a shape Lens does not know. It will be retried; if it persists, tell your admin.`,
    status: null,
    retryAt: null,
  };
}
