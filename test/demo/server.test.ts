/**
 * The demo server answers every modelled route under the real host names, and its pages and API answers read
 * through the extension's own site adapters and parsers exactly as the static fixtures do.
 */
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { mapFields } from '../../lib/parse/field-mapping';
import { parsePackages } from '../../lib/parse/packages';
import { PRESETS } from '../../lib/policy';
import { readHubspotCompany } from '../../lib/sites/hubspot/read-page';
import { readSalesforceCase, readSalesforceCaseRows } from '../../lib/sites/salesforce/read-case';
import { readSalesforceAccount } from '../../lib/sites/salesforce/read-page';
import { matchPage } from '../../lib/sites/registry';
import { applyZendeskTicketMetrics, parseZendeskShowMany, readZendeskListRows, readZendeskTicketFromPage } from '../../lib/sites/zendesk';
import { attachDeclarativeShadowRoots, parseFixtureHtml, readAtUrl } from '../fixtures/dom';
import { DEMO_TICKETS, demoAccounts, type DemoAccount, type DemoTicket } from '../fixtures/demo/accounts';
import { INJECTION_PAYLOADS } from '../fixtures/demo/hostile';
import { renderHubspotCompanyPage } from '../fixtures/demo/render-hubspot';
import { renderSalesforceAccountPage } from '../fixtures/demo/render-salesforce';
import { salesforceCaseId, salesforceCasePath } from '../fixtures/demo/render-salesforce-case';
import { salesforceConsolePath } from '../fixtures/demo/render-salesforce-console';
import { generatedTickets, zendeskShowManyJson } from '../fixtures/demo/render-zendesk';
import { DEMO_CUSTOM_HOSTS, demoData, route } from './routes';
import { startDemoServer, type DemoServer } from './server';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';
import type { PageMatch, RawRecord } from '../../lib/sites/page-data';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const TODAY = '2026-03-10';
const ACCOUNTS = demoAccounts(TODAY);
const SF_HOST = 'acme.lightning.force.com';
const HS_HOST = 'app.hubspot.com';
const ZD_HOST = 'acme.zendesk.com';
/** An 18-character Account id, for tests about markup rather than about the demo data's ids. */
const VALID_SF_ID = '001Dn00000AbCdEIAZ';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: DemoServer;

/** One request to the server as a browser under the host-resolver rules would send it (SNI and Host = `host`). */
function fetchFrom(host: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, servername: host, path, method: init.method ?? 'GET', headers: { host, ...init.headers }, rejectUnauthorized: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Dates as an en-US org shows them, written independently of the renderers. */
const mdy = (iso: string, pad: boolean) => {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return pad ? `${m}/${d}/${y}` : `${Number(m)}/${Number(d)}/${y}`;
};
const sfPath = (a: DemoAccount) => `/lightning/r/Account/${a.salesforceId}/view`;
const hsPath = (a: DemoAccount) => `/contacts/4815162/record/0-2/${a.hubspotId}`;

beforeAll(async () => {
  server = await startDemoServer({ now: () => NOW });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.setFault(null));

describe('startDemoServer', () => {
  it('listens on a random port and says how to map the tools’ host patterns and the custom demo hosts to it', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.hostResolverRules).toBe(
      ['*.lightning.force.com', '*.my.salesforce.com', 'app.hubspot.com', '*.zendesk.com', '*.freshdesk.com', '*.atlassian.net', ...Object.keys(DEMO_CUSTOM_HOSTS)]
        .map((p) => `MAP ${p} 127.0.0.1:${server.port}`)
        .join(', '),
    );
    expect(server.origin(ZD_HOST)).toBe('https://acme.zendesk.com');
  });

  it.each([
    [SF_HOST, sfPath(ACCOUNTS[2]!), 200, 'records-record-layout-item'],
    ['acme.my.salesforce.com', sfPath(ACCOUNTS[0]!), 200, 'Northwind Traders'],
    [SF_HOST, '/lightning/o/Account/list', 200, 'All Accounts'],
    [SF_HOST, '/lightning/page/home', 200, 'Recent Accounts'],
    [SF_HOST, '/anything/else', 200, 'Recent Accounts'],
    [SF_HOST, '/lightning/r/Account/001Dn00000NoNe999AAA/view', 404, 'Page not found'],
    [HS_HOST, hsPath(ACCOUNTS[4]!), 200, 'property-input-purchased_packages'],
    [HS_HOST, `/contacts/4815162/company/${ACCOUNTS[4]!.hubspotId}`, 200, 'Stark Industries'],
    [HS_HOST, '/contacts/4815162/objects/0-2/views/all/list', 200, 'Companies'],
    [HS_HOST, '/contacts/4815162/record/0-2/1', 404, 'Page not found'],
    [HS_HOST, '/nowhere', 404, 'Page not found'],
    [ZD_HOST, '/agent/tickets/1001', 200, 'omni-header-subject'],
    [ZD_HOST, '/agent/tickets/5000', 200, 'data-side-conversations-anchor-id="5000"'],
    [ZD_HOST, '/agent/tickets/4999', 404, 'Page not found'],
    [ZD_HOST, '/agent/filters/1', 200, 'generic-table-row'],
    [ZD_HOST, '/agent/filters/200', 200, 'generic-table-row'],
    [ZD_HOST, '/agent/dashboard', 200, 'generic-table-row'],
    [ZD_HOST, '/agent/filters/7', 404, 'Page not found'],
    [ZD_HOST, '/api/v2/tickets/1001.json', 200, '"ticket"'],
    [ZD_HOST, '/api/v2/tickets/1001/metrics.json', 200, '"ticket_metric"'],
    [ZD_HOST, '/api/v2/tickets/4999.json', 404, 'RecordNotFound'],
    ['example.com', '/', 404, 'Page not found'],
  ])('%s %s answers %i', async (host, path, status, contains) => {
    const answer = await fetchFrom(host, path);
    expect(answer.status).toBe(status);
    expect(answer.body).toContain(contains);
    if (String(answer.headers['content-type']).startsWith('text/html') && status === 200) {
      expect(answer.body).toContain('<script src="/__demo/spa.js" defer></script>');
    }
  });

  it('serves the SPA script on every host', async () => {
    const answer = await fetchFrom(HS_HOST, '/__demo/spa.js');
    expect(answer.headers['content-type']).toMatch(/^text\/javascript/);
    expect(answer.body).toContain('window.__demoNavigate');
  });

  it('records every request with its host and path', async () => {
    const before = server.requests.length;
    await fetchFrom('Globex.Zendesk.com', '/agent/filters/1?x=1');
    expect(server.requests.slice(before)).toEqual([{ host: 'globex.zendesk.com', path: '/agent/filters/1?x=1', at: expect.any(Number) }]);
  });
});

describe('client-side navigation fragments (X-Demo-Partial: 1)', () => {
  const partial = { headers: { 'X-Demo-Partial': '1' } };

  it('Salesforce: only the .oneContent.active page element, with the title in a header', async () => {
    const answer = await fetchFrom(SF_HOST, sfPath(ACCOUNTS[1]!), partial);
    expect(answer.body.startsWith('<div class="windowViewMode-normal oneContent active lafPageHost"')).toBe(true);
    expect(answer.body).not.toContain('<html');
    expect(decodeURIComponent(String(answer.headers['x-demo-title']))).toBe('Initech | Account | Salesforce');
  });

  it.each([
    [HS_HOST, hsPath(ACCOUNTS[3]!)],
    [ZD_HOST, '/agent/tickets/1004'],
    [ZD_HOST, '/agent/filters/200'],
  ])('%s %s: only the swappable <main>', async (host, path) => {
    const answer = await fetchFrom(host, path, partial);
    expect(answer.body.startsWith('<main')).toBe(true);
    expect(answer.body).toContain('data-demo-swap="main"');
    expect(answer.body).not.toContain('<html');
  });

  it('holds the answer for the `delay` query parameter', async () => {
    const started = Date.now();
    await fetchFrom(ZD_HOST, '/agent/tickets/1001?delay=150', partial);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('record pages read through the site adapters', () => {
  it.each(ACCOUNTS.map((a) => [a.name, a.salesforceId] as const))('Salesforce: %s has a record id the extension recognises (%s)', (_name, id) => {
    // Salesforce record ids are 15 or 18 characters (lib/sites/salesforce/urls.ts); any other length is not an account page.
    expect(matchPage(new URL(`https://${SF_HOST}/lightning/r/Account/${id}/view`))).toEqual({ tool: 'salesforce', kind: 'account', recordId: id });
  });

  it.each(ACCOUNTS.map((a) => [a.name, a] as const))('Salesforce: %s', async (_name, account) => {
    const url = new URL(`https://${SF_HOST}${sfPath(account)}`);
    const record = readAtUrl(readSalesforceAccount, parseFixtureHtml((await fetchFrom(SF_HOST, url.pathname)).body), url);
    expect(record?.name).toBe(account.name);
    expect(record?.fields).toEqual({
      'Account Name': account.name,
      Website: account.domain,
      Segment: account.segment,
      ARR: account.arr,
      'Purchased Packages': account.packages.join(';'),
      Deployment: account.deployment,
      Kubernetes: account.kubernetes,
      'External Services': account.externalServices,
      'Slack Opt-Out': account.slackOptOut === 'Yes' ? 'true' : 'false', // a checkbox field
      'Implementation Start': mdy(account.implementationStart, false),
      'Implementation End': mdy(account.implementationEnd, false),
      'Renewal Date': mdy(account.renewalDate, false),
    });
    // API names where the item prints one (inner listitem div or host); Kubernetes and Implementation Start print none.
    expect(record?.names).toEqual({
      Name: account.name,
      Website: account.domain,
      Segment__c: account.segment,
      ARR__c: account.arr,
      Purchased_Packages__c: account.packages.join(';'),
      Deployment__c: account.deployment,
      External_Services__c: account.externalServices,
      Slack_Opt_Out__c: account.slackOptOut === 'Yes' ? 'true' : 'false',
      Implementation_End__c: mdy(account.implementationEnd, false),
      Renewal_Date__c: mdy(account.renewalDate, false),
    });
    const mapped = mapFields(record!.fields, DEFAULT_FIELD_MAPPINGS.salesforce, record!.names);
    expect(Object.keys(mapped).sort()).toEqual(
      [
        'name',
        'domain',
        'segment',
        'arr',
        'packages',
        'deployment',
        'kubernetes',
        'externalServices',
        'implementationStart',
        'implementationEnd',
        'slackOptOut',
        'renewalDate',
      ].sort(),
    );
  });

  it.each(ACCOUNTS.map((a) => [a.name, a] as const))('HubSpot: %s', async (_name, account) => {
    const url = new URL(`https://${HS_HOST}${hsPath(account)}`);
    const record = readAtUrl(readHubspotCompany, parseFixtureHtml((await fetchFrom(HS_HOST, url.pathname)).body), url);
    expect(record?.name).toBe(account.name);
    expect(record?.fields).toEqual({
      'Company name': account.name,
      'Company domain name': account.domain,
      'Company owner': 'Jane Doe',
      'Lifecycle stage': 'Customer',
      Segment: account.segment,
      ARR: account.arr,
      'Purchased Packages': account.packages.join('; '),
      Deployment: account.deployment,
      Kubernetes: account.kubernetes,
      'External Services': account.externalServices,
      'Implementation Start': mdy(account.implementationStart, true), // an empty date shows `--` and reads as ''
      'Implementation End': mdy(account.implementationEnd, true),
      'Slack Opt-Out': account.slackOptOut,
      'Renewal Date': mdy(account.renewalDate, true),
    });
    expect(record?.names).toEqual({
      name: account.name,
      domain: account.domain,
      hubspot_owner_id: 'Jane Doe',
      lifecyclestage: 'Customer',
      segment: account.segment,
      arr: account.arr,
      purchased_packages: account.packages.join('; '),
      deployment: account.deployment,
      kubernetes: account.kubernetes,
      external_services: account.externalServices,
      implementation_start: mdy(account.implementationStart, true),
      implementation_end: mdy(account.implementationEnd, true),
      slack_opt_out: account.slackOptOut,
      renewal_date: mdy(account.renewalDate, true),
    });
    expect(Object.keys(mapFields(record!.fields, DEFAULT_FIELD_MAPPINGS.hubspot, record!.names))).toHaveLength(12);
  });

  it('reads the Salesforce page after a client-side swap only from the active page', () => {
    // Model of what spa.js leaves behind: the old page hidden and not active, the new one active.
    const [a, b] = [ACCOUNTS[0]!, { ...ACCOUNTS[5]!, salesforceId: VALID_SF_ID }];
    const page = renderSalesforceAccountPage(a).replace('oneContent active', 'oneContent');
    const doc = parseFixtureHtml(page);
    const next = parseFixtureHtml(renderSalesforceAccountPage(b)).querySelector('div.oneContent.active')!;
    doc.querySelector('[data-demo-swap="lightning"]')!.appendChild(next);
    expect(readAtUrl(readSalesforceAccount, doc, new URL(`https://${SF_HOST}${sfPath(b)}`))?.name).toBe('Hooli');
  });
});

describe('Zendesk pages', () => {
  it.each([
    ['/agent/filters/1', 7],
    ['/agent/filters/200', 200],
    ['/agent/filters/1000', 1000],
  ])('%s has %i ticket rows for readZendeskListRows', async (path, count) => {
    const rows = readZendeskListRows(parseFixtureHtml((await fetchFrom(ZD_HOST, path)).body));
    expect(rows).toHaveLength(count);
    expect(new Set(rows.map((r) => r.ticketId)).size).toBe(count);
    expect(rows.slice(0, 7).map((r) => r.ticketId)).toEqual(DEMO_TICKETS.map((t) => String(t.id)));
  });

  it('a ticket page reads to its subject, priority and organization', async () => {
    const url = new URL(`https://${ZD_HOST}/agent/tickets/1001`);
    const page = readAtUrl(readZendeskTicketFromPage, parseFixtureHtml((await fetchFrom(ZD_HOST, url.pathname)).body), url);
    expect(page?.ticket.subject).toBe('Production search down after upgrade');
    expect(page?.ticket.priority).toBe('Urgent');
    expect(page?.organizationName).toBe('Stark Industries');
  });

  it('generated tickets are deterministic, numbered from 5000, and a longer list extends a shorter one', () => {
    const many = generatedTickets(50, 3);
    expect(generatedTickets(50, 3)).toEqual(many);
    expect(generatedTickets(10, 3)).toEqual(many.slice(0, 10));
    expect(many.map((t) => t.id)).toEqual(Array.from({ length: 50 }, (_, i) => 5000 + i));
    expect(new Set(many.map((t) => t.orgIndex)).size).toBeGreaterThan(3);
    expect(new Set(many.map((t) => t.priority)).size).toBeGreaterThan(3);
    for (const t of many) if (t.repliedAfterMinutes !== null) expect(t.repliedAfterMinutes).toBeLessThanOrEqual(t.createdMinutesAgo);
  });
});

describe('Zendesk API', () => {
  const ids = DEMO_TICKETS.map((t) => t.id);

  it('show_many answers what parseZendeskShowMany accepts, with organizations and metric sets, omitting unknown ids', async () => {
    const answer = await fetchFrom(ZD_HOST, `/api/v2/tickets/show_many.json?ids=${[...ids, 4999].join(',')}&include=organizations,metric_sets`);
    const json = JSON.parse(answer.body) as { metric_sets: Array<{ ticket_id: number }> };
    const parsed = parseZendeskShowMany(json, { origin: `https://${ZD_HOST}` });
    expect(parsed?.map((p) => p.ticket.ticketId)).toEqual(ids.map(String));
    for (const [i, { ticket, organization }] of parsed!.entries()) {
      const demo = DEMO_TICKETS[i]!;
      const account = ACCOUNTS[demo.orgIndex]!;
      expect(ticket.createdAt).toBe(new Date(NOW - demo.createdMinutesAgo * 60_000).toISOString().replace('.000Z', 'Z'));
      expect(organization?.name).toBe(account.name);
      expect(organization?.recordId).toBe(String(account.zendeskOrgId));
      const metric = json.metric_sets.find((m) => m.ticket_id === demo.id);
      const withMetrics = applyZendeskTicketMetrics(ticket, { ticket_metric: metric });
      const expectedReply = demo.repliedAfterMinutes === null ? null : new Date(NOW - (demo.createdMinutesAgo - demo.repliedAfterMinutes) * 60_000).toISOString();
      expect(withMetrics.firstResponseAt).toBe(expectedReply);
    }
  });

  it('organization fields use the Zendesk keys, and package tags are recognised by the package parser', () => {
    const json = zendeskShowManyJson(DEMO_TICKETS, ACCOUNTS, NOW);
    const orgs = parseZendeskShowMany(json)!.map((p) => p.organization!);
    const stark = orgs.find((o) => o.name === 'Stark Industries')!;
    expect(stark.fields).toMatchObject({
      segment: 'strategic',
      arr: 'USD 2,400,000',
      purchased_packages: '24_7_support_slas;resident_architect;managed_services_package_1;implementation_services',
      deployment: 'self_hosted',
      kubernetes: 'true',
      external_services: 'true',
      implementation_start: ACCOUNTS[4]!.implementationStart,
      implementation_end: '',
      slack_opt_out: 'false',
      renewal_date: ACCOUNTS[4]!.renewalDate,
    });
    expect(Object.keys(mapFields(stark.fields, DEFAULT_FIELD_MAPPINGS.zendesk))).toHaveLength(10);
    const catalogue = PRESETS.sourcegraph.packages;
    for (const org of orgs) {
      const parsed = parsePackages(org.fields.purchased_packages, catalogue);
      expect(parsed.unrecognized).toEqual(org.name === 'Wayne Enterprises' ? ['gold_plan'] : []);
    }
  });

  it('side-loads only what `include` asks for', async () => {
    const json = JSON.parse((await fetchFrom(ZD_HOST, '/api/v2/tickets/show_many.json?ids=1001,1002')).body) as Record<string, unknown>;
    expect(Object.keys(json)).not.toContain('organizations');
    expect(Object.keys(json)).not.toContain('metric_sets');
    const single = JSON.parse((await fetchFrom(ZD_HOST, '/api/v2/tickets/1002.json?include=organizations')).body) as Record<string, unknown>;
    expect(single.organizations).toHaveLength(1);
    expect(single.metric_sets).toBeUndefined();
  });

  it('accepts 100 ids and refuses 101 with a Zendesk-style error', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 5000 + i).join(',');
    const ok = await fetchFrom(ZD_HOST, `/api/v2/tickets/show_many.json?ids=${hundred}`);
    expect(ok.status).toBe(200);
    expect((JSON.parse(ok.body) as { tickets: unknown[] }).tickets).toHaveLength(100);
    const tooMany = await fetchFrom(ZD_HOST, `/api/v2/tickets/show_many.json?ids=${hundred},1001`);
    expect(tooMany.status).toBe(400);
    expect(JSON.parse(tooMany.body)).toEqual({ error: 'InvalidValue', description: expect.stringContaining('100') });
  });
});

describe('escaping', () => {
  const nasty: DemoAccount = { ...ACCOUNTS[0]!, salesforceId: VALID_SF_ID, name: `<script>alert("x")</script> & 'Co'`, segment: '"><img src=x onerror=alert(1)>' };

  it('the <script> subject shows as text on the ticket page and in views; the only script is spa.js', async () => {
    for (const path of ['/agent/tickets/1007', '/agent/filters/1']) {
      const html = (await fetchFrom(ZD_HOST, path)).body;
      expect(html).not.toContain('<script>alert');
      expect(html.match(/<script/g)).toHaveLength(1);
      expect(parseFixtureHtml(html).body.textContent).toContain('Cannot see the <script>alert(1)</script> dashboard');
    }
    const url = new URL(`https://${ZD_HOST}/agent/tickets/1007`);
    const page = readAtUrl(readZendeskTicketFromPage, parseFixtureHtml((await fetchFrom(ZD_HOST, url.pathname)).body), url);
    expect(page?.ticket.subject).toBe('Cannot see the <script>alert(1)</script> dashboard');
  });

  it('account names and values with markup read back verbatim from the Salesforce and HubSpot pages', () => {
    const pages: Array<[string, (root: ParentNode, page: PageMatch, url: URL) => RawRecord | null, string]> = [
      [renderSalesforceAccountPage(nasty), readSalesforceAccount, `https://${SF_HOST}${sfPath(nasty)}`],
      [renderHubspotCompanyPage(nasty), readHubspotCompany, `https://${HS_HOST}${hsPath(nasty)}`],
    ];
    for (const [html, read, url] of pages) {
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img');
      const record = readAtUrl(read, parseFixtureHtml(html), new URL(url));
      expect(record?.name).toBe(nasty.name);
      expect(record?.fields.Segment).toBe(nasty.segment);
      expect(Object.values(record?.names ?? {})).toContain(nasty.segment); // Segment__c (Salesforce) or segment (HubSpot)
    }
  });
});

describe('fault injection', () => {
  it('answers the next `times` API requests with the status and Retry-After, then recovers', async () => {
    server.setFault({ status: 429, retryAfter: '7', times: 2 });
    const page = await fetchFrom(ZD_HOST, '/agent/tickets/1001'); // not under /api/: unaffected
    expect(page.status).toBe(200);
    for (let i = 0; i < 2; i += 1) {
      const answer = await fetchFrom(ZD_HOST, '/api/v2/tickets/show_many.json?ids=1001');
      expect(answer.status).toBe(429);
      expect(answer.headers['retry-after']).toBe('7');
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'APIRateLimitExceeded' });
    }
    expect((await fetchFrom(ZD_HOST, '/api/v2/tickets/show_many.json?ids=1001')).status).toBe(200);
  });

  it('serves malformed JSON', async () => {
    server.setFault({ malformed: true, times: 1 });
    const answer = await fetchFrom(ZD_HOST, '/api/v2/tickets/show_many.json?ids=1001');
    expect(answer.status).toBe(200);
    expect(() => JSON.parse(answer.body)).toThrow();
  });

  it('delays answers, on any path prefix, until cleared', async () => {
    server.setFault({ delayMs: 120, pathPrefix: '/agent/' });
    for (let i = 0; i < 2; i += 1) {
      const started = Date.now();
      expect((await fetchFrom(ZD_HOST, '/agent/tickets/1002')).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    }
    server.setFault(null);
    const started = Date.now();
    await fetchFrom(ZD_HOST, '/agent/tickets/1002');
    expect(Date.now() - started).toBeLessThan(110);
  });

  it('can be set and cleared over HTTP', async () => {
    const set = await fetchFrom(ZD_HOST, '/__demo/fault', { method: 'POST', body: JSON.stringify({ status: 503, times: 1 }) });
    expect(set.status).toBe(204);
    expect((await fetchFrom(ZD_HOST, '/api/v2/tickets/1001.json')).status).toBe(503);
    expect((await fetchFrom(ZD_HOST, '/api/v2/tickets/1001.json')).status).toBe(200);

    await fetchFrom(ZD_HOST, '/__demo/fault', { method: 'POST', body: JSON.stringify({ status: 500 }) });
    expect((await fetchFrom(ZD_HOST, '/api/v2/tickets/1001.json')).status).toBe(500);
    expect((await fetchFrom(ZD_HOST, '/__demo/fault', { method: 'DELETE' })).status).toBe(204);
    expect((await fetchFrom(ZD_HOST, '/api/v2/tickets/1001.json')).status).toBe(200);

    expect((await fetchFrom(ZD_HOST, '/__demo/fault', { method: 'POST', body: '{"status":"teapot"}' })).status).toBe(400);
  });
});

describe('Salesforce Case lists for benchmarks', () => {
  const data = demoData(NOW);
  const LIST_PATH = '/lightning/o/Case/list?filterName=';
  const LIST: PageMatch = { tool: 'salesforce', kind: 'ticket-list', recordId: null };
  const docAt = async (path: string, partial: boolean) => parseFixtureHtml((await fetchFrom(SF_HOST, path, partial ? { headers: { 'X-Demo-Partial': '1' } } : {})).body);

  it('the demo has at least 1,000 tickets (the Zendesk views and the big Case list need them)', () => {
    expect(data.tickets.length).toBeGreaterThanOrEqual(1000);
  });

  it.each([
    ['AllCases1000', 1000],
    ['Recent7', 7],
  ])('?filterName=%s shows the first %i Cases, whole and as a navigation fragment, with every SLA column', async (filterName, count) => {
    for (const partial of [false, true]) {
      const doc = await docAt(`${LIST_PATH}${filterName}`, partial);
      const ids = Array.from(doc.querySelectorAll('lightning-datatable tbody > tr[data-row-key-value]')).map((tr) => tr.getAttribute('data-row-key-value'));
      expect(ids).toEqual(data.tickets.slice(0, count).map(salesforceCaseId));
      expect(doc.querySelectorAll('lightning-datatable thead [title]')).toHaveLength(7);
      // Through the reader: every row for the small list; every 100th row of the big one (linkedom's Node.baseURI,
      // which the reader asks each row for, costs ~16 ms a call on a 6 MB document: 1,000 rows would take ~17 s).
      const rows = readSalesforceCaseRows(doc, LIST, (row) => count > 100 && ids.indexOf(row.getAttribute('data-row-key-value')) % 100 !== 0);
      expect(rows.map((r) => r.ticketId)).toEqual(ids.filter((_, i) => count <= 100 || i % 100 === 0));
      expect(rows.every((r) => r.ticket?.missing.length === 0 && r.ticket.opened !== null)).toBe(true);
    }
  });

  it('each list view links the others client-side (small list to big list)', async () => {
    const body = (await fetchFrom(SF_HOST, `${LIST_PATH}Recent7`)).body;
    expect(body).toContain(`<a data-spa href="${LIST_PATH}AllCases1000">`);
    expect(body).toContain('7 items');
  });
});

describe('Salesforce Service Console (a Case URL with the console’s `ws` parameter)', () => {
  const data = demoData(NOW);
  const ticket = (id: number) => data.tickets.find((t) => t.id === id)!;
  // 1001: High, Stark Industries; 1003: Medium, Initech.
  const [A, B] = [ticket(1001), ticket(1003)];
  const url = (path: string) => new URL(`https://${SF_HOST}${path}`);
  const get = async (path: string, partial = false) => fetchFrom(SF_HOST, path, partial ? { headers: { 'X-Demo-Partial': '1' } } : {});
  const sectionsOf = (doc: Document) => Array.from(doc.querySelectorAll('section.oneConsoleTab'));
  const caseNumberOf = (section: Element) => section.querySelector('records-highlights2 > [slot="primaryField"]')?.textContent;

  it('uses the real console URL shape', () => {
    expect(salesforceConsolePath(A, B)).toBe('/lightning/r/Case/500Dn0000001001AAQ/view?ws=%2Flightning%2Fr%2FCase%2F500Dn0000001003AAQ%2Fview');
    expect(matchPage(url(salesforceConsolePath(A, B)))).toEqual({ tool: 'salesforce', kind: 'ticket', recordId: salesforceCaseId(A) });
  });

  it('mounts both workspaces, the `ws` Case hidden and first, and reads the URL’s Case (whole page and fragment)', async () => {
    const path = salesforceConsolePath(A, B);
    for (const partial of [false, true]) {
      const answer = await get(path, partial);
      expect(answer.status).toBe(200);
      if (partial) {
        expect(answer.body.startsWith('<div class="oneConsoleTabset navexConsoleTabset" data-demo-console=""')).toBe(true);
        expect(decodeURIComponent(String(answer.headers['x-demo-title']))).toBe('00001001 | Case | Service Console | Salesforce');
      } else {
        expect(answer.body).toContain('navexConsoleLayoutContainer');
      }
      const doc = parseFixtureHtml(answer.body);
      const [hidden, shown] = sectionsOf(doc);
      expect(sectionsOf(doc)).toHaveLength(2);
      expect([hidden?.className, shown?.className]).toEqual(['tabContent oneConsoleTab slds-hide', 'tabContent oneConsoleTab active slds-show']);
      expect([caseNumberOf(hidden!), caseNumberOf(shown!)]).toEqual(['00001003', '00001001']);
      expect(doc.querySelectorAll('div.windowViewMode-maximized.active.lafPageHost')).toHaveLength(2);
      expect(doc.querySelector('.oneContent')).toBeNull();

      const place = readAtUrl(readSalesforceCase, doc, url(path));
      expect(place?.ticket).toMatchObject({
        ticketId: salesforceCaseId(A),
        label: '00001001',
        subject: A.subject,
        priority: 'High',
        status: 'New', // never answered (demoCase)
        account: { recordId: ACCOUNTS[A.orgIndex]!.salesforceId, name: 'Stark Industries' },
        missing: [],
      });
      expect(place?.anchor.getRootNode()).toBe(shown!.querySelector('records-highlights2')!.shadowRoot);
      // The hidden Case is another customer's, at another priority: reading it would be visibly wrong.
      hidden!.classList.replace('slds-hide', 'slds-show');
      shown!.classList.replace('slds-show', 'slds-hide');
      expect(readAtUrl(readSalesforceCase, doc, url(path))?.ticket).toMatchObject({ label: '00001003', priority: 'Medium', account: { name: 'Initech' } });
    }
  });

  it('has a tab per workspace linking client-side to its Case with the other as `ws`', async () => {
    const doc = parseFixtureHtml((await get(salesforceConsolePath(A, B))).body);
    const tabs = Array.from(doc.querySelectorAll('.tabBarItems > li'));
    expect(tabs.map((li) => [li.classList.contains('slds-is-active'), li.querySelector('a[data-spa]')?.getAttribute('href')])).toEqual([
      [false, salesforceConsolePath(B, A)],
      [true, salesforceConsolePath(A, B)],
    ]);
    expect(tabs.map((li) => li.querySelector('a')?.getAttribute('aria-selected'))).toEqual(['false', 'true']);
  });

  it('mounts one workspace when `ws` names an unknown Case, this Case, or no Case record', async () => {
    for (const ws of ['/lightning/r/Case/500Dn0000009999AAQ/view', salesforceCasePath(A), '/lightning/r/Account/001Dn00000StR005AA/view', '']) {
      const path = `${salesforceCasePath(A)}?ws=${encodeURIComponent(ws)}`;
      const doc = parseFixtureHtml((await get(path)).body);
      expect(sectionsOf(doc).map((s) => [s.className, caseNumberOf(s)])).toEqual([['tabContent oneConsoleTab active slds-show', '00001001']]);
      expect(doc.querySelector('.tabBarItems a')?.getAttribute('href')).toBe(salesforceConsolePath(A, A));
      expect(readAtUrl(readSalesforceCase, doc, url(path))?.ticket?.label).toBe('00001001');
    }
    expect((await get(`/lightning/r/Case/500Dn0000009999AAQ/view?ws=${encodeURIComponent(salesforceCasePath(A))}`)).status).toBe(404);
  });

  it('shows hostile values as text', () => {
    const hostile = demoData(NOW, INJECTION_PAYLOADS);
    const [x, y] = hostile.tickets as [DemoTicket, DemoTicket];
    const html = route(SF_HOST, url(salesforceConsolePath(x, y)), false, hostile).body;
    expect(html.match(/<script/g)).toHaveLength(1); // spa.js
    const doc = parseFixtureHtml(html);
    expect(doc.querySelectorAll('img, iframe, svg, object, embed')).toHaveLength(0);
    expect(readAtUrl(readSalesforceCase, doc, url(salesforceConsolePath(x, y)))?.ticket?.subject).toBe(x.subject);
  });

  /**
   * spa.js run against the console page in linkedom (no browser): the fetch goes to `route`, and the polyfills do what
   * a browser does (setHTMLUnsafe attaches declarative shadow roots; a link's href is absolute).
   */
  function runSpa(doc: Document, start: string) {
    const location = { origin: `https://${SF_HOST}`, href: `https://${SF_HOST}${start}`, pathname: url(start).pathname, assigned: [] as string[] };
    const assign = (href: string) => location.assigned.push(href);
    const history = {
      pushState: (_state: unknown, _title: string, href: string) => Object.assign(location, { href, pathname: new URL(href).pathname }),
    };
    // Polyfills on linkedom's prototypes, taken off again when the test ends.
    const div = Object.getPrototypeOf(doc.createElement('div')) as object;
    const anchor = Object.getPrototypeOf(doc.createElement('a')) as object;
    const saved = [Object.getOwnPropertyDescriptor(div, 'setHTMLUnsafe'), Object.getOwnPropertyDescriptor(anchor, 'href')] as const;
    Object.defineProperty(div, 'setHTMLUnsafe', {
      configurable: true,
      value(this: Element, html: string) {
        this.innerHTML = html;
        attachDeclarativeShadowRoots(this);
      },
    });
    Object.defineProperty(anchor, 'href', {
      configurable: true,
      get(this: Element) {
        return new URL(this.getAttribute('href') ?? '', location.href).href;
      },
    });
    onTestFinished(() => {
      for (const [target, name, descriptor] of [[div, 'setHTMLUnsafe', saved[0]] as const, [anchor, 'href', saved[1]] as const]) {
        if (descriptor) Object.defineProperty(target, name, descriptor);
        else delete (target as Record<string, unknown>)[name];
      }
    });
    const fetch = async (href: string, init: { headers: Record<string, string> }) => {
      const reply = route(SF_HOST, new URL(href), init.headers['X-Demo-Partial'] === '1', data);
      return new Response(reply.body, { status: reply.status, headers: reply.headers });
    };
    const events: string[] = [];
    Object.defineProperty(doc, 'baseURI', { configurable: true, get: () => location.href });
    const window = { addEventListener: () => undefined, dispatchEvent: (e: CustomEvent<{ url: string }>) => events.push(e.detail.url) } as Record<string, unknown>;
    const source = readFileSync(new URL('./spa.js', import.meta.url), 'utf8');
    new Function('window', 'document', 'location', 'history', 'fetch', source)(window, doc, { ...location, assign }, history, fetch);
    const navigate = window.__demoNavigate as (href: string) => Promise<void>;
    return { navigate: (path: string) => navigate(`https://${SF_HOST}${path}`), location, events };
  }

  it('a tab click (spa.js) swaps which workspace is shown, both staying mounted: the same nodes, only their classes change', async () => {
    const start = salesforceConsolePath(A, B);
    const doc = parseFixtureHtml((await get(start)).body);
    const mounted = sectionsOf(doc);
    const { navigate, events } = runSpa(doc, start);
    const state = () => sectionsOf(doc).map((s) => [caseNumberOf(s), s.classList.contains('slds-show'), s.classList.contains('slds-hide')]);

    await navigate(salesforceConsolePath(B, A)); // B's tab link
    expect(sectionsOf(doc)).toHaveLength(2);
    expect(sectionsOf(doc).every((s, i) => s === mounted[i])).toBe(true);
    expect(state()).toEqual([
      ['00001003', true, false],
      ['00001001', false, true],
    ]);
    expect(doc.querySelector('.tabBarItems > li.slds-is-active a')?.textContent).toBe('00001003');
    expect(doc.title).toBe('00001003 | Case | Service Console | Salesforce');
    expect(readAtUrl(readSalesforceCase, doc, url(salesforceConsolePath(B, A)))?.ticket).toMatchObject({ ticketId: salesforceCaseId(B), label: '00001003', priority: 'Medium' });

    await navigate(salesforceConsolePath(A, B)); // and back
    expect(sectionsOf(doc).every((s, i) => s === mounted[i])).toBe(true);
    expect(state()).toEqual([
      ['00001003', false, true],
      ['00001001', true, false],
    ]);
    expect(readAtUrl(readSalesforceCase, doc, url(start))?.ticket?.label).toBe('00001001');
    expect(events).toEqual([`https://${SF_HOST}${salesforceConsolePath(B, A)}`, `https://${SF_HOST}${start}`]);
  });

  it('spa.js loads a page in full where this page has no place for it (a standard page from the console)', async () => {
    const start = salesforceConsolePath(A, B);
    const doc = parseFixtureHtml((await get(start)).body);
    const { navigate, location } = runSpa(doc, start);
    await navigate('/lightning/o/Case/list?filterName=Recent7');
    expect(location.assigned).toEqual([`https://${SF_HOST}/lightning/o/Case/list?filterName=Recent7`]);
    expect(sectionsOf(doc)).toHaveLength(2);
  });
});
