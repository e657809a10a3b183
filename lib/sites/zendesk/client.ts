/**
 * Zendesk's ticket client (lib/sites/page-data.ts `TicketApiClient`): the Support API read from the agent's own page,
 * same-origin, with the agent's session. Zendesk documents session-cookie requests for code running in its agent
 * interface (a client-side app's requests to the Zendesk API are "authenticated using browser cookies":
 * https://developer.zendesk.com/documentation/apps/getting-started/making-api-requests-from-a-zendesk-app/); a request
 * from the extension's background is not documented, depends on each browser's third-party cookie rules, and needs a
 * host permission. So the page asks, and the extension holds no host permission at all.
 *
 * One request per batch (the feed's batches are Zendesk's `show_many` maximum of 100 ids), with the organizations,
 * the metric sets (first reply, solved) and Zendesk's own SLA targets side-loaded (`include=organizations,metric_sets,slas`).
 */
import type { FetchProblem } from '../../http/problem';
import type { ApiTicket, TicketApiClient } from '../page-data';
import { fieldText, isObject } from '../api-json';
import { applyZendeskTicketMetrics, parseZendeskSearchIds, parseZendeskShowMany, zendeskApiPaths } from './api';

const NUMERIC_ID = /^[0-9]{1,20}$/;
const MALFORMED: FetchProblem = { kind: 'malformed', message: 'The answer did not look like Zendesk tickets. It will be retried.', status: null, retryAt: null };

/** `include=metric_sets` side-loads one metric set per ticket, linked by `ticket_id`. */
function metricSets(json: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const list = isObject(json) ? json.metric_sets : null;
  if (!Array.isArray(list)) return out;
  for (const m of list) {
    const id = isObject(m) ? m.ticket_id : null;
    if (typeof id === 'number' || typeof id === 'string') out.set(String(id), m);
  }
  return out;
}

/**
 * Each ticket's custom field values by field id: the background picks the one the administrator named as severity
 * (`zendeskSeverityField`), which the page does not know.
 */
function customFields(json: unknown): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const tickets = isObject(json) ? json.tickets : null;
  if (!Array.isArray(tickets)) return out;
  for (const t of tickets) {
    if (!isObject(t) || !Array.isArray(t.custom_fields)) continue;
    const fields: Record<string, string> = {};
    for (const f of t.custom_fields) {
      if (!isObject(f) || (typeof f.id !== 'number' && typeof f.id !== 'string')) continue;
      // Empty values are left out: a field not set says nothing.
      const text = fieldText(f.value);
      if (text) fields[String(f.id)] = text;
    }
    out.set(String(t.id), fields);
  }
  return out;
}

export const ZENDESK_CLIENT: TicketApiClient<'zendesk'> = {
  async fetchTickets(get, ticketIds, _page, url) {
    const tickets: ApiTicket<'zendesk'>[] = [];
    for (const path of zendeskApiPaths.showMany(ticketIds.filter((id) => NUMERIC_ID.test(id)))) {
      const reply = await get(path.replace('include=organizations', 'include=organizations,metric_sets,slas'));
      if (!reply.ok) return reply;
      const parsed = parseZendeskShowMany(reply.json, { origin: url.origin });
      if (!parsed) return { ok: false, problem: MALFORMED };
      const metrics = metricSets(reply.json);
      const fields = customFields(reply.json);
      for (const { ticket, organization } of parsed) {
        const metric = metrics.get(ticket.ticketId);
        tickets.push({
          ticket: metric ? applyZendeskTicketMetrics(ticket, { ticket_metric: metric }) : ticket,
          label: null,
          account: organization,
          organization: null,
          statusSince: null,
          customFields: fields.get(ticket.ticketId) ?? {},
        });
      }
    }
    return { ok: true, tickets };
  },
  // One search page per 100 of the agent's tickets, up to the watch list's limit; then the feed's own show_many reads them.
  async fetchMine(get, limit) {
    const ids: string[] = [];
    for (let page = 1; ids.length < limit; page++) {
      const reply = await get(zendeskApiPaths.mine(page));
      if (!reply.ok) return reply;
      const parsed = parseZendeskSearchIds(reply.json);
      if (!parsed) return { ok: false, problem: MALFORMED };
      ids.push(...parsed.ids);
      if (!parsed.more || parsed.ids.length === 0) break;
    }
    return { ok: true, ticketIds: [...new Set(ids)].slice(0, limit) };
  },
};
