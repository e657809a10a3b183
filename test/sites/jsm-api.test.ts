/**
 * Jira Service Management's API, as lib/sites/jsm/api.ts and sla.ts read it: the paths Lens asks, the field list, the
 * SLAs (JSM's own due times and its first response) and issues as tickets. Fixtures: test/fixtures/jsm/api/, modelled
 * on ../shared/research/next-tools-and-anchors.md §2d. The fixtures' clock is Mon 30 Nov 2026 10:00 +01:00.
 */
import { describe, expect, it } from 'vitest';
import { JSM_SEARCH_LIMIT, jsmApiPaths, jsmKeyChunks, parseFieldList, parseJsmIssue, parseJsmSearch, type JsmFieldList } from '../../lib/sites/jsm/api';
import { jiraInstant, parseSlaReply, slaMetric, summariseSlas } from '../../lib/sites/jsm/sla';
import { parseInstant } from '../../lib/parse/date';
import { loadJsonFixture } from '../fixtures/dom';
import { jsmFields } from '../fixtures/jsm/api/fields';

const FIELDS: JsmFieldList = {
  organizationsField: 'customfield_10002',
  slaFields: [
    { id: 'customfield_10030', name: 'Time to resolution' },
    { id: 'customfield_10031', name: 'Time to first response' },
    { id: 'customfield_10032', name: 'Time to close after resolution' },
  ],
};

const search = () => loadJsonFixture('jsm/api/search.json') as { issues: Array<Record<string, unknown> & { fields: Record<string, unknown> }>; isLast?: boolean };
const ticketsOf = (json: unknown) => parseJsmSearch(json, FIELDS)?.tickets ?? [];
const byKey = (key: string) => ticketsOf(search()).find((t) => t.ticket.ticketId === key);

describe('jsmApiPaths', () => {
  it('builds the same-origin paths §2d names', () => {
    expect(jsmApiPaths.fields()).toBe('/rest/api/3/field');
    expect(jsmApiPaths.issue('SUP-7', ['customfield_10002'])).toBe('/rest/api/3/issue/SUP-7?fields=summary,priority,created,status,resolutiondate,reporter,customfield_10002');
    expect(jsmApiPaths.issue('SUP-7', [])).toBe('/rest/api/3/issue/SUP-7?fields=summary,priority,created,status,resolutiondate,reporter');
    expect(jsmApiPaths.sla('SUP-7')).toBe('/rest/servicedeskapi/request/SUP-7/sla');
  });

  it('searches the enhanced search with an encoded `key in (…)`, the SLA fields and a page of 100', () => {
    const path = jsmApiPaths.search(['SUP-1', 'IT_2-22', 'SUP-1'], ['customfield_10002', 'customfield_10030']);
    expect(path).toBe(
      '/rest/api/3/search/jql?jql=key%20in%20(SUP-1%2CIT_2-22)&fields=summary,priority,created,status,resolutiondate,reporter,customfield_10002,customfield_10030&maxResults=100',
    );
    const url = new URL(path, 'https://acme.atlassian.net');
    expect(url.searchParams.get('jql')).toBe('key in (SUP-1,IT_2-22)');
  });

  it('asks for the next page with the token Jira gave, encoded', () => {
    const url = new URL(jsmApiPaths.search(['SUP-1'], [], 'a+b/c=&d'), 'https://acme.atlassian.net');
    expect(url.searchParams.get('nextPageToken')).toBe('a+b/c=&d');
    expect(url.searchParams.get('maxResults')).toBe('100');
  });

  it('holds at most 100 keys in one search, and at least one', () => {
    const keys = Array.from({ length: 101 }, (_, i) => `SUP-${i + 1}`);
    expect(JSM_SEARCH_LIMIT).toBe(100);
    const jql = new URL(jsmApiPaths.search(keys.slice(0, 100), []), 'https://x.atlassian.net').searchParams.get('jql')!;
    expect(jql.slice('key in ('.length, -1).split(',')).toHaveLength(100);
    expect(() => jsmApiPaths.search(keys, [])).toThrow(TypeError);
    expect(() => jsmApiPaths.search([], [])).toThrow(TypeError);
  });

  it.each([['sup-1'], ['SUP-0'], ['SUP-007'], ['SUP-7/../../user'], ['SUP-7&jql=x'], ['SUP'], ['-7'], [' SUP-7'], ['SUP-12345678901']])('refuses %j as a key everywhere', (key) => {
    expect(() => jsmApiPaths.issue(key, [])).toThrow(TypeError);
    expect(() => jsmApiPaths.sla(key)).toThrow(TypeError);
    expect(() => jsmApiPaths.search(['SUP-1', key], [])).toThrow(TypeError);
  });

  it('refuses field ids that are not field ids instead of interpolating them', () => {
    expect(() => jsmApiPaths.issue('SUP-7', ['customfield_10002,reporter'])).toThrow(TypeError);
    expect(() => jsmApiPaths.search(['SUP-7'], ['a&maxResults=5000'])).toThrow(TypeError);
  });
});

describe('jsmKeyChunks', () => {
  it('keeps the valid keys once each, in order, 100 per chunk', () => {
    const keys = Array.from({ length: 250 }, (_, i) => `SUP-${i + 1}`);
    const chunks = jsmKeyChunks([...keys, 'SUP-1', 'sup-3', 'SUP-0', 'not a key']);
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(keys);
    expect(jsmKeyChunks(['sup-1'])).toEqual([]);
  });
});

describe('parseFieldList', () => {
  it('finds the Organizations field and the SLA fields by their schema', () => {
    expect(parseFieldList(jsmFields())).toEqual(FIELDS);
  });

  it('skips entries not shaped as documented, and is null for a reply that is no list', () => {
    const list = [
      { id: 'customfield_1', name: 'Broken SLA' }, // no schema
      { id: 'customfield_2&x', name: 'Odd id', schema: { custom: 'com.atlassian.servicedesk:sla-field' } },
      { id: 'customfield_3', schema: { custom: 'com.atlassian.servicedesk:sla-field' } }, // no name
      null,
      { id: 'customfield_4', name: 'Time to first response', schema: { type: 'sd-servicelevelagreement', custom: 'com.atlassian.servicedesk:sla-field' } },
      { id: 'customfield_5', name: 'Organizations', schema: { custom: 'com.atlassian.servicedesk:sd-customer-organizations' } },
      { id: 'customfield_6', name: 'Organizations (old)', schema: { custom: 'com.atlassian.servicedesk:sd-customer-organizations' } },
    ];
    expect(parseFieldList(list)).toEqual({ organizationsField: 'customfield_5', slaFields: [{ id: 'customfield_4', name: 'Time to first response' }] });
    expect(parseFieldList({ errorMessages: ['nope'] })).toBeNull();
    expect(parseFieldList([])).toEqual({ organizationsField: null, slaFields: [] });
  });
});

describe('jiraInstant', () => {
  it.each([
    ['2026-11-28T09:14:03.000+0100', '2026-11-28T09:14:03.000+01:00'],
    ['2026-11-28T09:14:03+0100', '2026-11-28T09:14:03+01:00'],
    ['2026-11-28T09:14:03.000-0530', '2026-11-28T09:14:03.000-05:30'],
    ['2026-11-28T09:14:03.000+01:00', '2026-11-28T09:14:03.000+01:00'],
    ['2026-11-28T08:14:03.000Z', '2026-11-28T08:14:03.000Z'],
    ['2026-11-28T09:14:03.000', null], // no zone: never guessed
    ['28/Nov/26 9:14 AM', null],
    ['2026-13-28T09:14:03.000+0100', null],
    [null, null],
    [1795853643000, null],
  ])('reads %j as %j', (raw, iso) => {
    expect(jiraInstant(raw)).toBe(iso);
  });

  it('gives what the rest of Lens parses, at the same instant', () => {
    const iso = jiraInstant('2026-11-28T09:14:03.000+0100')!;
    expect(parseInstant(iso, 'Created').value).toBe(Date.UTC(2026, 10, 28, 8, 14, 3));
    expect(parseInstant('2026-11-28T09:14:03.000+0100', 'Created').value).toBeNull(); // why the colon is put in
  });
});

describe('slaMetric', () => {
  it.each([
    ['Time to first response', 'first-response'],
    ['First Response (P1)', 'first-response'],
    ['Time to resolution', 'resolution'],
    ['Resolution time', 'resolution'],
    ['Time to close after resolution', null],
    ['Time to approve normal change', null],
    ['Time waiting for support', null],
    ['Zeit bis zur ersten Antwort', null], // not in English: no second opinion rather than a guess
  ])('%s → %s', (name, metric) => {
    expect(slaMetric(name)).toBe(metric);
  });
});

describe('JSM SLAs', () => {
  it("reads a request's SLAs: the running resolution cycle's breach time, and when the first response was made", () => {
    expect(parseSlaReply(loadJsonFixture('jsm/api/sla-SUP-7.json'))).toEqual({
      // "Time to close after resolution" is running too, and left out: the handbook has no such target.
      toolDue: [{ metric: 'resolution', due: '2026-11-30T11:40:00+01:00', status: 'running' }],
      firstResponseAt: '2026-11-28T09:52:03+01:00',
    });
  });

  it.each([
    [
      'SUP-12',
      [
        { metric: 'resolution', due: '2026-11-30T23:00:00+01:00', status: 'running' },
        { metric: 'first-response', due: '2026-11-30T11:00:00+01:00', status: 'running' },
      ],
    ],
    [
      'SUP-13',
      [
        { metric: 'resolution', due: '2026-12-01T04:00:00+01:00', status: 'running' },
        { metric: 'first-response', due: '2026-11-29T12:00:00+01:00', status: 'breached' },
      ],
    ],
    [
      'SUP-14',
      [
        { metric: 'resolution', due: '2026-12-02T04:00:00+01:00', status: 'paused' },
        { metric: 'first-response', due: '2026-11-30T13:00:00+01:00', status: 'paused' },
      ],
    ],
    [
      'SUP-15',
      [
        { metric: 'resolution', due: '2026-12-02T10:00:00+01:00', status: 'outside calendar hours' },
        { metric: 'first-response', due: '2026-11-30T18:00:00+01:00', status: 'outside calendar hours' },
      ],
    ],
    ['SUP-16', []], // resolved: no cycle running
  ])('%s: the SLA fields of a search say %j', (key, toolDue) => {
    expect(byKey(key)?.ticket.toolDue).toEqual(toolDue);
  });

  it('says paused before breached: a paused clock is what the agent must know first', () => {
    const cycle = { breachTime: { epochMillis: 0 }, breached: true, paused: true, withinCalendarHours: false };
    expect(summariseSlas([{ name: 'Time to resolution', ongoingCycle: cycle }]).toolDue[0]?.status).toBe('paused');
    expect(summariseSlas([{ name: 'Time to resolution', ongoingCycle: { ...cycle, paused: false } }]).toolDue[0]?.status).toBe('breached');
  });

  it("takes the first response from the first-response SLA's first completed cycle, not from others", () => {
    expect(byKey('SUP-16')?.ticket.firstResponseAt).toBe('2026-11-27T11:35:00+01:00');
    expect(byKey('SUP-12')?.ticket.firstResponseAt).toBeNull(); // still running
    const stop = (iso8601: string) => ({ stopTime: { iso8601 } });
    const slas = [
      { name: 'Time to resolution', completedCycles: [stop('2026-11-28T08:00:00+0000')] },
      { name: 'Time to first response', completedCycles: [stop('2026-11-28T09:00:00+0000'), stop('2026-11-29T09:00:00+0000')] },
    ];
    expect(summariseSlas(slas).firstResponseAt).toBe('2026-11-28T09:00:00+00:00');
  });

  it('reads a date from its epochMillis where its iso8601 is missing or unreadable', () => {
    const due = (breachTime: unknown) => summariseSlas([{ name: 'Time to first response', ongoingCycle: { breachTime } }]).toolDue.map((d) => d.due);
    expect(due({ iso8601: 'tomorrow', epochMillis: Date.UTC(2026, 10, 30, 12) })).toEqual(['2026-11-30T12:00:00.000Z']);
    expect(due({ epochMillis: Date.UTC(2026, 10, 30, 12) })).toEqual(['2026-11-30T12:00:00.000Z']);
    expect(due({ friendly: 'Today 12:00' })).toEqual([]);
    expect(due({ epochMillis: 1e20 })).toEqual([]);
    expect(due(null)).toEqual([]);
  });

  it('skips SLA entries not shaped as documented, and is null for a reply without `values`', () => {
    expect(summariseSlas([null, 'x', { ongoingCycle: {} }, { name: 7 }, { name: 'Time to first response', ongoingCycle: 'soon' }])).toEqual({ toolDue: [], firstResponseAt: null });
    expect(parseSlaReply({ size: 0 })).toBeNull();
    expect(parseSlaReply([])).toBeNull();
  });
});

describe('parseJsmIssue', () => {
  const sla = parseSlaReply(loadJsonFixture('jsm/api/sla-SUP-7.json'))!;

  it('reads the issue with its request SLAs into a ticket and its organization', () => {
    expect(parseJsmIssue(loadJsonFixture('jsm/api/issue-SUP-7.json'), FIELDS, sla)).toEqual({
      ticket: {
        tool: 'jsm',
        ticketId: 'SUP-7',
        subject: 'Production search down after upgrade',
        priority: 'Highest',
        severityField: null,
        status: 'In Progress',
        createdAt: '2026-11-28T09:14:03.000+01:00',
        firstResponseAt: '2026-11-28T09:52:03+01:00',
        resolvedAt: null,
        organizationId: '1',
        toolDue: [{ metric: 'resolution', due: '2026-11-30T11:40:00+01:00', status: 'running' }],
      },
      label: null,
      account: null,
      // The reporter's e-mail domain, lower-cased (the fixture writes `Stark.example`).
      organization: { id: '1', name: 'Stark Industries', domains: ['stark.example'] },
      statusSince: null,
    });
  });

  it('reads the resolution date with its offset made ISO', () => {
    expect(byKey('SUP-16')?.ticket).toMatchObject({
      createdAt: '2026-11-27T10:00:00.000+01:00',
      resolvedAt: '2026-11-28T12:00:00.000+01:00',
      priority: 'Lowest',
      status: 'Resolved',
    });
  });

  it('takes the first of several organizations, and none where the field is empty', () => {
    expect(byKey('SUP-13')?.organization).toEqual({ id: '2', name: 'Globex Corporation', domains: ['globex.example'] });
    expect(byKey('SUP-14')?.organization).toBeNull();
    expect(byKey('SUP-14')?.ticket.organizationId).toBeNull();
  });

  it('gives no domain where Atlassian hides the reporter’s e-mail address', () => {
    const issue = search().issues.find((i) => i.key === 'SUP-14')!;
    const shared = { ...issue, fields: { ...issue.fields, customfield_10002: [{ id: '9', name: 'Hooli' }] } };
    expect(parseJsmIssue(shared, FIELDS)?.organization).toEqual({ id: '9', name: 'Hooli', domains: [] });
    const odd = { ...shared, fields: { ...shared.fields, reporter: { emailAddress: 'not an address' } } };
    expect(parseJsmIssue(odd, FIELDS)?.organization?.domains).toEqual([]);
  });

  it('names no organization when the site has no Organizations field, and skips organizations not shaped as documented', () => {
    const issue = loadJsonFixture('jsm/api/issue-SUP-7.json') as { fields: Record<string, unknown> };
    expect(parseJsmIssue(issue, { ...FIELDS, organizationsField: null })?.organization).toBeNull();
    const odd = { ...issue, fields: { ...issue.fields, customfield_10002: [{ id: 'x/1', name: 'Acme' }] } };
    expect(parseJsmIssue(odd, FIELDS)?.organization).toBeNull();
    const blank = { ...issue, fields: { ...issue.fields, customfield_10002: [{ id: 3, name: '  ' }] } };
    expect(parseJsmIssue(blank, FIELDS)?.organization).toBeNull();
  });

  it('names an SLA field’s value by its field where the value lacks a name', () => {
    const issue = search().issues.find((i) => i.key === 'SUP-13')!;
    const { name: _name, ...unnamed } = issue.fields.customfield_10031 as Record<string, unknown>;
    const parsed = parseJsmIssue({ ...issue, fields: { ...issue.fields, customfield_10031: unnamed } }, FIELDS);
    expect(parsed?.ticket.toolDue).toContainEqual({ metric: 'first-response', due: '2026-11-29T12:00:00+01:00', status: 'breached' });
  });

  it('is null for an issue not shaped as documented', () => {
    expect(parseJsmIssue({ key: 'SUP-7' }, FIELDS)).toBeNull();
    expect(parseJsmIssue({ key: 'sup-7', fields: {} }, FIELDS)).toBeNull();
    expect(parseJsmIssue({ errorMessages: ['Issue does not exist or you do not have permission to see it.'] }, FIELDS)).toBeNull();
    expect(parseJsmIssue(null, FIELDS)).toBeNull();
  });

  it('leaves values of the wrong type unknown rather than failing', () => {
    const parsed = parseJsmIssue({ key: 'SUP-8', fields: { summary: 42, priority: 'High', status: { name: null }, created: '2026-11-28' } }, FIELDS);
    expect(parsed?.ticket).toMatchObject({ ticketId: 'SUP-8', subject: null, priority: null, status: null, createdAt: null, toolDue: [] });
  });
});

describe('parseJsmSearch', () => {
  it('reads every issue of a search, in order', () => {
    const page = parseJsmSearch(search(), FIELDS);
    expect(page?.tickets.map((t) => t.ticket.ticketId)).toEqual(['SUP-12', 'SUP-13', 'SUP-14', 'SUP-15', 'SUP-16']);
    expect(page?.tickets.map((t) => t.ticket.priority)).toEqual(['Highest', 'High', 'Medium', 'Low', 'Lowest']);
    expect(page?.nextPageToken).toBeNull();
  });

  it('skips malformed issues and keeps the others', () => {
    const json = search();
    json.issues = [{ key: 'SUP-99' } as never, 'x' as never, { key: 'sup-1', fields: {} } as never, ...json.issues];
    expect(ticketsOf(json).map((t) => t.ticket.ticketId)).toEqual(['SUP-12', 'SUP-13', 'SUP-14', 'SUP-15', 'SUP-16']);
  });

  it('gives the token of the next page until the last', () => {
    expect(parseJsmSearch({ issues: [], nextPageToken: 'CAEaAggD', isLast: false }, FIELDS)?.nextPageToken).toBe('CAEaAggD');
    expect(parseJsmSearch({ issues: [], nextPageToken: 'CAEaAggD', isLast: true }, FIELDS)?.nextPageToken).toBeNull();
    expect(parseJsmSearch({ issues: [], nextPageToken: 7 }, FIELDS)?.nextPageToken).toBeNull();
  });

  it('is null for a reply without an issues list', () => {
    expect(parseJsmSearch({ errorMessages: ['An issue with key SUP-999 does not exist for field key.'] }, FIELDS)).toBeNull();
    expect(parseJsmSearch([], FIELDS)).toBeNull();
  });
});
