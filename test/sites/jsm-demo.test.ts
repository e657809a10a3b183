/**
 * The demo's Jira Service Management (test/fixtures/demo/render-jsm.ts) reads as the extension reads the real one:
 * its pages through lib/sites/jsm/read-page.ts, its API replies through lib/sites/jsm/api.ts; and JSM's own SLAs are
 * those of the demo project's 24/7 calendar.
 */
import { describe, expect, it } from 'vitest';
import { demoAccounts, DEMO_TICKETS, type DemoTicket } from '../fixtures/demo/accounts';
import {
  JSM_UNKNOWN_ORGANIZATION,
  jsmFieldsJson,
  jsmIssueJson,
  jsmIssueTitle,
  jsmKey,
  jsmSearchJson,
  jsmSlaJson,
  renderJsmIssueFragment,
  renderJsmIssuePage,
  renderJsmQueueFragment,
  renderJsmQueuePage,
} from '../fixtures/demo/render-jsm';
import { ticketTimes } from '../fixtures/demo/zendesk-data';
import { parseFieldList, parseJsmIssue, parseJsmSearch } from '../../lib/sites/jsm/api';
import { readJsmIssuePage, readJsmQueueRows } from '../../lib/sites/jsm/read-page';
import { parseSlaReply } from '../../lib/sites/jsm/sla';
import { parseFixtureHtml } from '../fixtures/dom';

// Sat 28 Nov 2026 12:00 UTC.
const NOW = Date.UTC(2026, 10, 28, 12);
const accounts = demoAccounts('2026-11-28');
const ticket = (id: number): DemoTicket => DEMO_TICKETS.find((t) => t.id === id)!;
const QUEUE = { projectKey: 'SUP', queueId: '1' };
const FIELDS = parseFieldList(jsmFieldsJson())!;
const HOUR = 3_600_000;

describe('the demo’s JSM pages', () => {
  it('shows an issue page the extension places its badge on, its summary as text', () => {
    const t = ticket(1004); // 'SSO login loops <Okta>'
    const doc = parseFixtureHtml(renderJsmIssuePage(t, accounts[t.orgIndex]!, NOW));
    const place = readJsmIssuePage(doc, { tool: 'jsm', kind: 'ticket', recordId: 'SUP-1004' });
    expect(place?.anchor.textContent).toBe('SSO login loops <Okta>');
    expect(doc.title).toBe(jsmIssueTitle(t));
    expect(readJsmIssuePage(doc, { tool: 'jsm', kind: 'ticket', recordId: 'SUP-1003' })).toBeNull();
  });

  it('shows a queue whose rows the extension finds, one per request, and the issue open beside it', () => {
    const keys = DEMO_TICKETS.map((t) => jsmKey(t));
    const queue = parseFixtureHtml(renderJsmQueuePage(DEMO_TICKETS, accounts, NOW, QUEUE));
    expect(readJsmQueueRows(queue, { tool: 'jsm', kind: 'ticket-list', recordId: '1' }).map((r) => r.ticketId)).toEqual(keys);
    const open = parseFixtureHtml(renderJsmQueuePage(DEMO_TICKETS, accounts, NOW, { ...QUEUE, openKey: 'SUP-1002' }));
    const rows = readJsmQueueRows(open, { tool: 'jsm', kind: 'ticket-list', recordId: '1' });
    expect(rows.map((r) => r.ticketId)).toEqual([...keys, 'SUP-1002']);
    expect(rows.at(-1)?.anchor.textContent).toBe('Executors failing on batch changes');
  });

  it('gives the fragments client-side navigation swaps in', () => {
    const t = ticket(1001);
    for (const fragment of [renderJsmIssueFragment(t, accounts[t.orgIndex]!, NOW), renderJsmQueueFragment(DEMO_TICKETS, accounts, NOW, { ...QUEUE, openKey: 'SUP-1001' })]) {
      expect(fragment).toMatch(/^<main [^>]*data-demo-swap="main"/);
    }
    expect(renderJsmQueueFragment(DEMO_TICKETS, accounts, NOW, QUEUE)).toContain('data-spa href="/jira/servicedesk/projects/SUP/queues/custom/1/SUP-1001"');
  });

  it('escapes what customers typed', () => {
    const page = renderJsmQueuePage(DEMO_TICKETS, accounts, NOW, QUEUE);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('the demo’s JSM API', () => {
  it('lists the Organizations and SLA fields', () => {
    expect(FIELDS).toEqual({
      organizationsField: 'customfield_10002',
      slaFields: [
        { id: 'customfield_10030', name: 'Time to resolution' },
        { id: 'customfield_10031', name: 'Time to first response' },
      ],
    });
  });

  it('gives an issue and its SLAs as the client reads them: the organization named as the account, numbered by its index', () => {
    const t = ticket(1001); // Stark Industries, index 4; urgent, open 23 h 35 min, no reply
    const read = parseJsmIssue(jsmIssueJson(t, accounts[4]!, NOW), FIELDS, parseSlaReply(jsmSlaJson(t, NOW))!);
    const created = Date.parse(ticketTimes(t, NOW).createdAt);
    expect(read?.ticket).toMatchObject({ ticketId: 'SUP-1001', priority: 'Highest', status: 'In progress', firstResponseAt: null });
    expect(Date.parse(read!.ticket.createdAt!)).toBe(created);
    expect(read?.organization).toEqual({ id: '104', name: 'Stark Industries', domains: ['stark.example'] });
    // JSM's 24/7 calendar: first response 24 h and resolution 24 h, both with 25 minutes left.
    expect(read?.ticket.toolDue?.map((d) => [d.metric, Date.parse(d.due) - created, d.status])).toEqual([
      ['resolution', 24 * HOUR, 'running'],
      ['first-response', 24 * HOUR, 'running'],
    ]);
  });

  it('gives the first response JSM recorded, and pauses resolution while waiting for the customer', () => {
    const t = ticket(1005); // low, pending, replied after 40 minutes
    const sla = parseSlaReply(jsmSlaJson(t, NOW))!;
    expect(sla.firstResponseAt && Date.parse(sla.firstResponseAt)).toBe(Date.parse(ticketTimes(t, NOW).firstReplyAt!));
    expect(sla.toolDue).toEqual([{ metric: 'resolution', due: expect.any(String), status: 'paused' }]);
    // Paused since the reply: 48 h less the 40 minutes counted, from now.
    expect(Date.parse(sla.toolDue[0]!.due)).toBe(NOW + 48 * HOUR - 40 * 60_000);
  });

  it('names another organization where asked: the "no match" case', () => {
    const t = ticket(1003);
    const read = parseJsmIssue(jsmIssueJson(t, accounts[t.orgIndex]!, NOW, { organizationNames: { 1003: JSM_UNKNOWN_ORGANIZATION } }), FIELDS);
    expect(read?.organization).toMatchObject({ name: 'Tyrell Corporation', domains: ['tyrell-corporation.example'] });
    expect(accounts.map((a) => a.name)).not.toContain(read?.organization?.name);
    const page = parseFixtureHtml(renderJsmIssuePage(t, accounts[t.orgIndex]!, NOW, { organizationNames: { 1003: JSM_UNKNOWN_ORGANIZATION } }));
    expect(page.body.textContent).toContain('Tyrell Corporation');
  });

  it('answers a search with every ticket, its SLA fields read', () => {
    const page = parseJsmSearch(jsmSearchJson(DEMO_TICKETS, accounts, NOW), FIELDS);
    expect(page?.tickets.map((t) => t.ticket.ticketId)).toEqual(DEMO_TICKETS.map((t) => jsmKey(t)));
    expect(page?.tickets.find((t) => t.ticket.ticketId === 'SUP-1005')?.ticket.firstResponseAt).not.toBeNull();
    expect(page?.tickets.find((t) => t.ticket.ticketId === 'SUP-1007')?.ticket.priority).toBeNull();
    expect(page?.nextPageToken).toBeNull();
  });
});
