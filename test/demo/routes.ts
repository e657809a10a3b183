/**
 * What the demo server answers, as a pure function of host, URL and whether a fragment was asked for
 * (`X-Demo-Partial: 1`, sent by spa.js). HTTP, TLS, delays and faults are server.ts's business.
 */
import { demoAccounts, demoToday, DEMO_TICKETS, type DemoAccount, type DemoTicket } from '../fixtures/demo/accounts';
import { esc, htmlDocument } from '../fixtures/demo/html';
import { hostileAccounts, hostileTickets } from '../fixtures/demo/hostile';
import {
  SALESFORCE_LIST_PATH,
  renderSalesforceAccountFragment,
  renderSalesforceAccountPage,
  renderSalesforceHomeFragment,
  renderSalesforceHomePage,
  renderSalesforceListFragment,
  renderSalesforceListPage,
  salesforceAccountTitle,
} from '../fixtures/demo/render-salesforce';
import {
  renderSalesforceCaseFragment,
  renderSalesforceCaseListFragment,
  renderSalesforceCaseListPage,
  renderSalesforceCasePage,
  salesforceCaseId,
  salesforceCaseList,
  salesforceCaseListTitle,
  salesforceCaseTitle,
  SALESFORCE_CASE_LISTS,
  SALESFORCE_CASE_LIST_PATH,
} from '../fixtures/demo/render-salesforce-case';
import { consoleWorkspaceId, renderSalesforceConsoleFragment, renderSalesforceConsolePage, salesforceConsoleTitle } from '../fixtures/demo/render-salesforce-console';
import {
  hubspotCompanyTitle,
  hubspotDemoTickets,
  hubspotListPath,
  hubspotTicketTitle,
  renderHubspotCompanyFragment,
  renderHubspotCompanyPage,
  renderHubspotListFragment,
  renderHubspotListPage,
  renderHubspotTicketFragment,
  renderHubspotTicketListFragment,
  renderHubspotTicketListPage,
  renderHubspotTicketPage,
} from '../fixtures/demo/render-hubspot';
import {
  ZENDESK_DEMO_VIEWS,
  generatedTickets,
  renderZendeskTicketFragment,
  renderZendeskTicketPage,
  renderZendeskViewFragment,
  renderZendeskViewPage,
  zendeskMetricSetJson,
  zendeskOrganizationJson,
  zendeskShowManyJson,
  zendeskTicketJson,
  zendeskSlasJson,
  withSlas,
  zendeskTicketTitle,
  zendeskViewRows,
} from '../fixtures/demo/render-zendesk';
import {
  FRESHDESK_DEMO_VIEWS,
  freshdeskCompanyJson,
  freshdeskListJson,
  freshdeskListPath,
  freshdeskTicketJson,
  freshdeskTicketTitle,
  renderFreshdeskListFragment,
  renderFreshdeskListPage,
  renderFreshdeskTicketFragment,
  renderFreshdeskTicketPage,
  FRESHDESK_COMPANY_BASE_ID,
} from '../fixtures/demo/render-freshdesk';
import {
  JSM_DEMO_PROJECT,
  JSM_UNKNOWN_ORGANIZATION,
  jsmFieldsJson,
  jsmIssueJson,
  jsmIssueTitle,
  jsmKey,
  jsmQueuePath,
  jsmQueueTitle,
  jsmSearchJson,
  jsmSlaJson,
  renderJsmIssueFragment,
  renderJsmIssuePage,
  renderJsmQueueFragment,
  renderJsmQueuePage,
  type JsmDemoOptions,
} from '../fixtures/demo/render-jsm';

/** Zendesk's documented maximum of ids per show_many request. */
export const SHOW_MANY_LIMIT = 100;
/** Seed of the generated tickets, so every run serves the same large views. */
export const GENERATED_SEED = 1;

export interface DemoData {
  /** The demo clock at start (epoch ms); ticket times are relative to it. */
  now: number;
  /** `now`'s UTC date, YYYY-MM-DD; account dates are relative to it. */
  today: string;
  accounts: DemoAccount[];
  /** DEMO_TICKETS (or the hostile tickets), then generated tickets: enough for the largest view or Case list (1,000). */
  tickets: DemoTicket[];
  /** How many of `tickets` are hand-made (DEMO_TICKETS, or one per hostile payload): view 1 and the dashboard list them. */
  featured: number;
}

/**
 * The demo's data at `now`. With `hostile` payloads, the accounts and featured tickets are the hostile dataset
 * (test/fixtures/demo/hostile.ts): every string field carries one payload.
 */
export function demoData(now: number, hostile?: readonly string[]): DemoData {
  const today = demoToday(now);
  const largest = Math.max(...ZENDESK_DEMO_VIEWS.map((v) => v.size ?? 0), ...Object.values(SALESFORCE_CASE_LISTS).map((l) => l.size));
  const accounts = hostile ? hostileAccounts(hostile) : demoAccounts(today);
  const featured = hostile ? hostileTickets(hostile) : DEMO_TICKETS;
  const extra = generatedTickets(Math.max(0, largest - featured.length), GENERATED_SEED).map((t) => ({ ...t, orgIndex: t.orgIndex % accounts.length }));
  return { now, today, accounts, tickets: [...featured, ...extra], featured: featured.length };
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const html = (body: string, status = 200, title?: string): Reply => ({
  status,
  // The title travels URI-encoded: header values must be ASCII, and spa.js sets it as text (document.title).
  headers: { 'content-type': 'text/html; charset=utf-8', ...(title ? { 'x-demo-title': encodeURIComponent(title) } : {}) },
  body,
});
const json = (value: unknown, status = 200): Reply => ({ status, headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) });
const redirect = (location: string): Reply => ({ status: 302, headers: { location }, body: '' });

/** The modelled tools' error shape: `{ error, description }`. */
export function zendeskError(status: number, error: string, description: string): Reply {
  return json({ error, description }, status);
}

export function notFoundPage(host: string, path: string): Reply {
  return html(
    htmlDocument(
      'Page not found',
      'body{font:16px system-ui,sans-serif;margin:48px;color:#333}',
      `<body><h1>Page not found</h1><p>The demo server has no page <code>${esc(path)}</code> on <code>${esc(host)}</code>.</p></body>`,
    ),
    404,
  );
}

export type Tool = 'salesforce' | 'hubspot' | 'zendesk' | 'freshdesk' | 'jsm';

/**
 * Hosts an administrator adds in the options page for a tool on a custom domain (a Salesforce org behind a vanity
 * host, a Zendesk host mapping): the demo answers there exactly as the tool's own host does. `.example` is
 * reserved for examples (RFC 2606), so these can never be a real site.
 */
export const DEMO_CUSTOM_HOSTS: Readonly<Record<string, Tool>> = {
  'crm.acme.example': 'salesforce',
  'hub.acme.example': 'hubspot',
  'support.acme.example': 'zendesk',
};

export function toolOfHost(host: string): Tool | null {
  if (Object.hasOwn(DEMO_CUSTOM_HOSTS, host)) return DEMO_CUSTOM_HOSTS[host]!;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(lightning\.force\.com|my\.salesforce\.com)$/.test(host)) return 'salesforce';
  if (host === 'app.hubspot.com') return 'hubspot';
  if (/^[a-z0-9-]+\.zendesk\.com$/.test(host)) return 'zendesk';
  if (/^[a-z0-9-]+\.freshdesk\.com$/.test(host)) return 'freshdesk';
  if (/^[a-z0-9-]+\.atlassian\.net$/.test(host)) return 'jsm';
  return null;
}

/** The answer for `url` on `host` (lower-case, without port). `partial`: the swappable fragment only. */
export function route(host: string, url: URL, partial: boolean, data: DemoData): Reply {
  const reply = toolRoute(host, url, partial, data);
  return url.searchParams.get('theme') === 'dark' && !partial ? inDarkMode(host, reply) : reply;
}

/**
 * `?theme=dark`: the page as the tool draws it in its dark mode, for the dark-theme tests and screenshots.
 * - Salesforce (SLDS 2 dark mode, Trailhead "Dark Mode-Ready Components in SLDS 2"): the global styling hooks
 *   (`--slds-g-color-surface-1`, the page surface) take dark values on the root.
 * - Others (Zendesk's Agent Workspace dark mode, Garden v9, support.zendesk.com "Activating and deactivating dark
 *   mode"): no documented hook on the page, only its dark surfaces.
 * The model repaints every surface of the page dark; the extension's own hosts are left to the extension.
 */
function inDarkMode(host: string, reply: Reply): Reply {
  if (!reply.headers['content-type']?.startsWith('text/html') || !reply.body.includes('</head>')) return reply;
  const hook =
    toolOfHost(host) === 'salesforce'
      ? ':root { --slds-g-color-surface-1: #1b1d21; --slds-g-color-on-surface-1: #e3e6ea; --slds-g-color-on-surface-2: #aeb4bb; --slds-g-color-border-1: #3a3f45; --slds-g-color-accent-1: #8ab4ff; }'
      : '';
  const surfaces =
    'html, body { background: #111316 !important; color: #e3e6ea !important; }' +
    ' body *:not(entitlement-lens-panel):not(entitlement-lens-badge):not(entitlement-lens-board) { background-color: #1b1d21 !important; color: #e3e6ea !important; border-color: #3a3f45 !important; }' +
    ' body a { color: #8ab4ff !important; }';
  return { ...reply, body: reply.body.replace('</head>', `<style data-demo-theme="dark">${hook} ${surfaces}</style></head>`) };
}

function toolRoute(host: string, url: URL, partial: boolean, data: DemoData): Reply {
  switch (toolOfHost(host)) {
    case 'salesforce':
      return salesforce(host, url.pathname, partial, data, url.searchParams);
    case 'hubspot':
      return hubspot(host, url.pathname, partial, data);
    case 'zendesk':
      return url.pathname.startsWith('/api/') ? zendeskApi(host, url, data) : zendeskAgent(host, url.pathname, partial, data);
    case 'freshdesk':
      return url.pathname.startsWith('/api/') ? freshdeskApi(url, data) : freshdeskAgent(host, url, partial, data);
    case 'jsm':
      return url.pathname.startsWith('/rest/') ? jsmApi(url, data) : jsmAgent(host, url.pathname, partial, data);
    default:
      return notFoundPage(host, url.pathname);
  }
}

function salesforce(host: string, path: string, partial: boolean, data: DemoData, query: URLSearchParams): Reply {
  const { accounts } = data;
  // Cases: one per demo ticket (render-salesforce-case.ts), the object-less record URL too (the `500` key prefix).
  const caseRecord = /^\/lightning\/r\/(?:Case\/)?(500[a-zA-Z0-9]+)\/view\/?$/.exec(path);
  if (caseRecord) {
    const byId = (id: string | null) => data.tickets.find((t) => salesforceCaseId(t) === id);
    const ticket = byId(caseRecord[1]!);
    if (!ticket) return notFoundPage(host, path);
    // The Service Console (render-salesforce-console.ts): `ws` names the other open workspace; unknown (or this Case): none.
    const ws = query.get('ws');
    if (ws !== null) {
      const found = byId(consoleWorkspaceId(ws));
      const other = found && found !== ticket ? found : null;
      return partial
        ? html(renderSalesforceConsoleFragment(ticket, other, data), 200, salesforceConsoleTitle(ticket, data))
        : html(renderSalesforceConsolePage(ticket, other, data));
    }
    return partial ? html(renderSalesforceCaseFragment(ticket, data), 200, salesforceCaseTitle(ticket)) : html(renderSalesforceCasePage(ticket, data));
  }
  if (path === SALESFORCE_CASE_LIST_PATH || path === `${SALESFORCE_CASE_LIST_PATH}/`) {
    const found = salesforceCaseList(query.get('filterName'));
    if (!found) return notFoundPage(host, `${path}?filterName=${query.get('filterName') ?? ''}`);
    const { filterName, list } = found;
    return partial
      ? html(renderSalesforceCaseListFragment(filterName, list, data), 200, salesforceCaseListTitle(list))
      : html(renderSalesforceCaseListPage(filterName, list, data));
  }
  // Any id shape is looked up, so the demo data (not this pattern) decides which ids exist.
  const record = /^\/lightning\/r\/(?:Account\/)?([a-zA-Z0-9]+)\/view\/?$/.exec(path);
  if (record) {
    const account = accounts.find((a) => a.salesforceId === record[1]);
    if (!account) return notFoundPage(host, path);
    const title = salesforceAccountTitle(account);
    return partial ? html(renderSalesforceAccountFragment(account), 200, title) : html(renderSalesforceAccountPage(account, { accounts }));
  }
  if (path === SALESFORCE_LIST_PATH || path === `${SALESFORCE_LIST_PATH}/`) {
    return partial ? html(renderSalesforceListFragment(accounts), 200, 'Accounts | Salesforce') : html(renderSalesforceListPage(accounts));
  }
  return partial ? html(renderSalesforceHomeFragment(accounts), 200, 'Home | Salesforce') : html(renderSalesforceHomePage(accounts));
}

function hubspot(host: string, path: string, partial: boolean, data: DemoData): Reply {
  const { accounts } = data;
  // The featured tickets (each with its account's company), plus a ticket of an unknown company and one with none.
  const tickets = hubspotDemoTickets(data.tickets.slice(0, data.featured), accounts);
  if (path === '/') return redirect(hubspotListPath());
  const ticketRecord = /^\/contacts\/([0-9]+)\/(?:record\/0-5|ticket)\/([0-9]+)(?:\/.*)?$/.exec(path);
  if (ticketRecord) {
    const found = tickets.find((t) => String(t.ticket.id) === ticketRecord[2]);
    if (!found) return notFoundPage(host, path);
    const opts = { portalId: ticketRecord[1]!, now: data.now };
    return partial ? html(renderHubspotTicketFragment(found, opts), 200, hubspotTicketTitle(found)) : html(renderHubspotTicketPage(found, opts));
  }
  const ticketList = /^\/contacts\/([0-9]+)\/objects\/0-5\/views\/all\/list\/?$/.exec(path);
  if (ticketList) {
    const portalId = ticketList[1]!;
    return partial ? html(renderHubspotTicketListFragment(tickets, data.now, portalId), 200, 'Tickets | HubSpot') : html(renderHubspotTicketListPage(tickets, data.now, portalId));
  }
  const record = /^\/contacts\/([0-9]+)\/(?:record\/0-2|company)\/([0-9]+)(?:\/.*)?$/.exec(path);
  if (record) {
    const portalId = record[1]!;
    const companyId = record[2]!;
    const account = accounts.find((a) => a.hubspotId === companyId);
    if (!account) return notFoundPage(host, path);
    const opts = { accounts, portalId, tickets };
    return partial ? html(renderHubspotCompanyFragment(account, opts), 200, hubspotCompanyTitle(account)) : html(renderHubspotCompanyPage(account, opts));
  }
  const list = /^\/contacts\/([0-9]+)\/objects\/0-2\/views\/all\/list\/?$/.exec(path);
  if (list) {
    const portalId = list[1]!;
    return partial ? html(renderHubspotListFragment(accounts, portalId), 200, 'Companies | HubSpot') : html(renderHubspotListPage(accounts, portalId));
  }
  return notFoundPage(host, path);
}

function zendeskAgent(host: string, path: string, partial: boolean, data: DemoData): Reply {
  if (path === '/' || path === '/agent' || path === '/agent/') return redirect('/agent/dashboard');
  const ticketMatch = /^\/agent\/tickets\/([0-9]+)\/?$/.exec(path);
  if (ticketMatch) {
    const ticket = data.tickets.find((t) => t.id === Number(ticketMatch[1]));
    if (!ticket) return notFoundPage(host, path);
    const account = data.accounts[ticket.orgIndex] ?? null;
    return partial ? html(renderZendeskTicketFragment(ticket, account, data.now), 200, zendeskTicketTitle(ticket)) : html(renderZendeskTicketPage(ticket, account, data.now));
  }
  // The dashboard's ticket table shows the demo tickets, like view 1.
  const viewId = path === '/agent/dashboard' ? '1' : /^\/agent\/filters\/([0-9]+)\/?$/.exec(path)?.[1];
  const view = ZENDESK_DEMO_VIEWS.find((v) => v.id === viewId);
  if (!view) return notFoundPage(host, path);
  const rows = zendeskViewRows(data.tickets.slice(0, view.size ?? data.featured), data.now);
  const title = path === '/agent/dashboard' ? 'Home' : view.title;
  const opts = { viewId: view.id, title };
  return partial ? html(renderZendeskViewFragment(rows, opts), 200, `${title} – Demo Support`) : html(renderZendeskViewPage(rows, opts, path));
}

function zendeskApi(host: string, url: URL, data: DemoData): Reply {
  const origin = `https://${host}`;
  const include = (url.searchParams.get('include') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const byId = (id: string) => data.tickets.find((t) => String(t.id) === id);
  const path = url.pathname;

  if (path === '/api/v2/tickets/show_many.json' || path === '/api/v2/tickets/show_many') {
    const ids = [
      ...new Set(
        (url.searchParams.get('ids') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (ids.length > SHOW_MANY_LIMIT) {
      return zendeskError(400, 'InvalidValue', `Too many ids: at most ${SHOW_MANY_LIMIT} may be requested at once (got ${ids.length})`);
    }
    // Tickets that don't exist (or the agent may not see) are simply absent from the answer.
    const tickets = ids.map(byId).filter((t): t is DemoTicket => t !== undefined);
    return json(zendeskShowManyJson(tickets, data.accounts, data.now, { include, origin }));
  }

  // Search, as lib/sites/zendesk/client.ts `fetchMine` asks it: only `assignee:me status<solved` is modelled (the demo
  // agent's open tickets, `mine`), in the documented reply shape (`results` with `result_type`, `next_page`, `count`):
  // https://developer.zendesk.com/api-reference/ticketing/ticket-management/search/
  if (path === '/api/v2/search.json' || path === '/api/v2/search') {
    const query = url.searchParams.get('query') ?? '';
    if (!/\bassignee:me\b/.test(query) || !/\bstatus<solved\b/.test(query)) return zendeskError(400, 'InvalidValue', 'The demo models only "assignee:me status<solved"');
    const mine = data.tickets.slice(0, data.featured).filter((t) => t.mine && t.status !== 'solved');
    const results = mine.map((t) => ({ ...zendeskTicketJson(t, data.accounts[t.orgIndex] ?? null, data.now, origin), result_type: 'ticket' }));
    return json({ results, facets: null, next_page: null, previous_page: null, count: results.length });
  }

  const single = /^\/api\/v2\/tickets\/([0-9]+)(\/metrics)?(?:\.json)?$/.exec(path);
  if (single) {
    const ticket = byId(single[1]!);
    if (!ticket) return zendeskError(404, 'RecordNotFound', 'Not found');
    if (single[2]) return json({ ticket_metric: zendeskMetricSetJson(ticket, data.now, origin) });
    const account = data.accounts[ticket.orgIndex] ?? null;
    const body: Record<string, unknown> = {
      ticket: withSlas(zendeskTicketJson(ticket, account, data.now, origin), include.includes('slas') ? zendeskSlasJson(ticket, data.now) : null),
    };
    if (include.includes('organizations')) body.organizations = account ? [zendeskOrganizationJson(account, origin)] : [];
    if (include.includes('metric_sets')) body.metric_sets = [zendeskMetricSetJson(ticket, data.now, origin)];
    return json(body);
  }
  return zendeskError(404, 'InvalidEndpoint', 'Not found');
}

// ---- Freshdesk (test/fixtures/demo/render-freshdesk.ts; ../shared/research/next-tools-and-anchors.md §2c) ----------

/**
 * The demo's Freshdesk views: "All tickets" lists the featured demo tickets; "New and my open" those still new or
 * open; `large` (a view id, as a saved view's would be) 250 tickets, for a list of several pages.
 */
function freshdeskView(view: string | null, data: DemoData): DemoTicket[] | null {
  const featured = data.tickets.slice(0, data.featured);
  if (view === null || view === 'all_tickets') return featured;
  if (view === 'new_and_my_open') return featured.filter((t) => t.status === 'new' || t.status === 'open');
  if (view === '12000000250') return data.tickets.slice(0, 250);
  return null;
}

/** Freshdesk's rate-limit headers on every API answer (§2c Rate limits): the demo account is on Pro (400 a minute). */
const FRESHDESK_RATE = { 'x-ratelimit-total': '400', 'x-ratelimit-remaining': '399', 'x-ratelimit-used-currentrequest': '1' };
const freshdeskJson = (value: unknown, status = 200): Reply => {
  const reply = json(value, status);
  return { ...reply, headers: { ...reply.headers, ...FRESHDESK_RATE } };
};
/** Freshdesk's error body: `{ code, message }` (https://developers.freshdesk.com/api/#error). */
const freshdeskError = (status: number, code: string, message: string): Reply => freshdeskJson({ code, message }, status);

/** Rows a Freshdesk list page shows (its `?page=` counts these): Freshdesk's default page size (§2c Pagination: 30). */
const FRESHDESK_LIST_PAGE = 30;

function freshdeskAgent(host: string, url: URL, partial: boolean, data: DemoData): Reply {
  const path = url.pathname;
  if (path === '/' || path === '/a' || path === '/a/') return redirect(freshdeskListPath('all_tickets'));
  const ticketMatch = /^\/a\/tickets\/([0-9]+)\/?$/.exec(path);
  if (ticketMatch) {
    const ticket = data.tickets.find((t) => t.id === Number(ticketMatch[1]));
    if (!ticket) return notFoundPage(host, path);
    const account = data.accounts[ticket.orgIndex] ?? null;
    return partial ? html(renderFreshdeskTicketFragment(ticket, account, data.now), 200, freshdeskTicketTitle(ticket)) : html(renderFreshdeskTicketPage(ticket, account, data.now));
  }
  const listMatch = /^\/a\/tickets(?:\/filters\/([a-z0-9_]+))?\/?$/.exec(path);
  const view = listMatch ? (listMatch[1] ?? 'all_tickets') : null;
  const tickets = view ? freshdeskView(view, data) : null;
  if (!view || !tickets) return notFoundPage(host, path);
  const title = FRESHDESK_DEMO_VIEWS.find((v) => v.id === view)?.title ?? 'Tickets';
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
  const shown = tickets.slice((page - 1) * FRESHDESK_LIST_PAGE, page * FRESHDESK_LIST_PAGE);
  return partial
    ? html(renderFreshdeskListFragment(shown, data.accounts, data.now, view), 200, `${title} : Demo Support`)
    : html(renderFreshdeskListPage(shown, data.accounts, data.now, view));
}

function freshdeskApi(url: URL, data: DemoData): Reply {
  const path = url.pathname;
  const single = /^\/api\/v2\/tickets\/([0-9]+)$/.exec(path);
  if (single) {
    const ticket = data.tickets.find((t) => t.id === Number(single[1]));
    if (!ticket) return freshdeskError(404, 'not_found', 'There is no ticket with that id');
    return freshdeskJson(freshdeskTicketJson(ticket, data.accounts[ticket.orgIndex] ?? null, data.now));
  }
  const company = /^\/api\/v2\/companies\/([0-9]+)$/.exec(path);
  if (company) {
    const index = Number(company[1]) - FRESHDESK_COMPANY_BASE_ID;
    const account = data.accounts[index];
    return account ? freshdeskJson(freshdeskCompanyJson(account, index)) : freshdeskError(404, 'not_found', 'There is no company with that id');
  }
  // The agent app's list request (the list page's own): its view, page and page size.
  if (path === '/api/_/tickets') {
    const tickets = freshdeskView(url.searchParams.get('filter'), data);
    if (!tickets) return freshdeskError(400, 'invalid_value', 'Unknown filter');
    const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page')) || 30));
    return freshdeskJson(freshdeskListJson(tickets.slice((page - 1) * perPage, page * perPage), data.accounts, data.now));
  }
  return freshdeskError(404, 'not_found', 'No such endpoint');
}

// ---- Jira Service Management (test/fixtures/demo/render-jsm.ts; ../shared/research/next-tools-and-anchors.md §2d) ---

/**
 * The demo's JSM: ticket 1003's organization is one no demo account (nor the directory) names, so the demo shows a
 * "no match"; queue 1 lists the featured demo tickets, queue 2 the first 200 (a long queue, read in batches).
 */
const JSM_OPTIONS: JsmDemoOptions = { organizationNames: { 1003: JSM_UNKNOWN_ORGANIZATION } };
const JSM_QUEUES: Readonly<Record<string, { title: string; size: (data: DemoData) => number }>> = {
  '1': { title: 'All open', size: (data) => data.featured },
  '2': { title: 'All requests', size: () => 200 },
};
const jsmTicket = (key: string, data: DemoData) => data.tickets.find((t) => jsmKey(t) === key) ?? null;
/** Jira's error body: `{ errorMessages, errors }`. */
const jiraError = (status: number, message: string): Reply => json({ errorMessages: [message], errors: {} }, status);

function jsmAgent(host: string, path: string, partial: boolean, data: DemoData): Reply {
  if (path === '/' || path === '/jira' || path === '/jira/') return redirect(jsmQueuePath());
  const issue = /^\/browse\/([A-Z][A-Z0-9_]+-[0-9]+)\/?$/.exec(path);
  if (issue) {
    const ticket = jsmTicket(issue[1]!, data);
    if (!ticket) return notFoundPage(host, path);
    const account = data.accounts[ticket.orgIndex] ?? null;
    return partial
      ? html(renderJsmIssueFragment(ticket, account, data.now, JSM_OPTIONS), 200, jsmIssueTitle(ticket))
      : html(renderJsmIssuePage(ticket, account, data.now, JSM_OPTIONS));
  }
  const queue = /^\/jira\/servicedesk\/projects\/([A-Z][A-Z0-9_]+)\/queues\/custom\/([0-9]+)(?:\/([A-Z][A-Z0-9_]+-[0-9]+))?\/?$/.exec(path);
  const spec = queue && queue[1] === JSM_DEMO_PROJECT ? JSM_QUEUES[queue[2]!] : undefined;
  if (!queue || !spec) return notFoundPage(host, path);
  const openKey = queue[3] && jsmTicket(queue[3], data) ? queue[3] : undefined;
  const opts = { ...JSM_OPTIONS, projectKey: queue[1]!, queueId: queue[2]!, openKey, title: spec.title };
  const tickets = data.tickets.slice(0, spec.size(data));
  return partial
    ? html(renderJsmQueueFragment(tickets, data.accounts, data.now, opts), 200, jsmQueueTitle(opts))
    : html(renderJsmQueuePage(tickets, data.accounts, data.now, opts));
}

function jsmApi(url: URL, data: DemoData): Reply {
  const path = url.pathname;
  if (path === '/rest/api/3/field') return json(jsmFieldsJson());
  const issue = /^\/rest\/api\/3\/issue\/([A-Z][A-Z0-9_]+-[0-9]+)$/.exec(path);
  if (issue) {
    const ticket = jsmTicket(issue[1]!, data);
    return ticket
      ? json(jsmIssueJson(ticket, data.accounts[ticket.orgIndex] ?? null, data.now, JSM_OPTIONS))
      : jiraError(404, 'Issue does not exist or you do not have permission to see it.');
  }
  const sla = /^\/rest\/servicedeskapi\/request\/([A-Z][A-Z0-9_]+-[0-9]+)\/sla$/.exec(path);
  if (sla) {
    const ticket = jsmTicket(sla[1]!, data);
    return ticket ? json(jsmSlaJson(ticket, data.now)) : jiraError(404, 'Request does not exist or you do not have permission to see it.');
  }
  // The enhanced JQL search, for the `key in (…)` the client asks; unknown keys are left out (Cloud answers so for
  // keys the agent may not see).
  if (path === '/rest/api/3/search/jql') {
    const keys = /^key in \(([^)]*)\)$/.exec(url.searchParams.get('jql') ?? '');
    if (!keys) return jiraError(400, 'The demo answers only `key in (…)` searches.');
    const wanted = keys[1]!
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    if (wanted.length > 100) return jiraError(400, `Too many keys: ${wanted.length}`);
    const tickets = wanted.map((k) => jsmTicket(k, data)).filter((t): t is DemoTicket => t !== null);
    return json(jsmSearchJson(tickets, data.accounts, data.now, JSM_OPTIONS));
  }
  return jiraError(404, 'No such endpoint');
}
