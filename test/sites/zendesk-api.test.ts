import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZENDESK_SHOW_MANY_LIMIT, applyZendeskTicketMetrics, parseZendeskShowMany, parseZendeskTicketResponse, zendeskApiPaths } from '../../lib/sites/zendesk';
import { loadJsonFixture } from '../fixtures/dom';

const SEVERITY = { severityFieldId: 360000000101 };

const ACME_FIELDS = {
  segment: 'enterprise',
  arr: '1250000',
  purchased_packages: 'slack_support;24_7_support_slas',
  deployment: 'dedicated_cloud',
  kubernetes: 'true',
  external_services: '',
  implementation_start: '2024-01-15',
  implementation_end: '2024-06-30',
  slack_opt_out: 'false',
  renewal_date: '2025-03-31',
};

describe('zendeskApiPaths', () => {
  it('builds same-origin paths', () => {
    expect(zendeskApiPaths.ticket(1001)).toBe('/api/v2/tickets/1001.json?include=organizations');
    expect(zendeskApiPaths.ticket('1001')).toBe('/api/v2/tickets/1001.json?include=organizations');
    expect(zendeskApiPaths.ticketMetrics('1001')).toBe('/api/v2/tickets/1001/metrics.json');
    expect(zendeskApiPaths.showMany([1, '2', 3])).toEqual(['/api/v2/tickets/show_many.json?ids=1,2,3&include=organizations']);
  });

  it('chunks show_many to 100 ids per request, drops duplicates and keeps order', () => {
    const ids = Array.from({ length: 250 }, (_, i) => 1000 + i);
    const paths = zendeskApiPaths.showMany([...ids, 1000, 1001]);
    expect(ZENDESK_SHOW_MANY_LIMIT).toBe(100);
    expect(paths).toHaveLength(3);
    const chunks = paths.map((p) => new URL(p, 'https://acme.zendesk.com').searchParams.get('ids')?.split(',') ?? []);
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(ids.map(String));
    for (const p of paths) expect(new URL(p, 'https://acme.zendesk.com').searchParams.get('include')).toBe('organizations');
    expect(zendeskApiPaths.showMany([])).toEqual([]);
  });

  it('refuses ids that are not numeric instead of interpolating them', () => {
    expect(() => zendeskApiPaths.ticket('1/../../users')).toThrow(TypeError);
    expect(() => zendeskApiPaths.showMany(['1', '2&include=users'])).toThrow(TypeError);
    expect(() => zendeskApiPaths.ticketMetrics(-1)).toThrow(TypeError);
  });
});

describe('parseZendeskTicketResponse', () => {
  it('turns the show-ticket response into a RawTicket and its side-loaded organization', () => {
    expect(parseZendeskTicketResponse(loadJsonFixture('zendesk/api/ticket-1001.json'), SEVERITY)).toEqual({
      ticket: {
        tool: 'zendesk',
        ticketId: '1001',
        subject: 'Production cluster down after upgrade',
        priority: 'urgent',
        severityField: 'sev_1',
        status: 'open',
        createdAt: '2024-03-04T09:00:00Z',
        firstResponseAt: null,
        resolvedAt: null,
        organizationId: '40001',
        toolDue: [], // not side-loaded here (include=slas)
      },
      organization: {
        tool: 'zendesk',
        kind: 'account',
        recordId: '40001',
        url: 'https://acme.zendesk.com/agent/organizations/40001',
        name: 'Acme Corp',
        fields: ACME_FIELDS,
      },
    });
  });

  it('leaves severity null when no severity field is configured', () => {
    expect(parseZendeskTicketResponse(loadJsonFixture('zendesk/api/ticket-1001.json'))?.ticket.severityField).toBeNull();
  });

  it('uses the given origin for organization links', () => {
    const parsed = parseZendeskTicketResponse(loadJsonFixture('zendesk/api/ticket-1001.json'), { origin: 'https://other.zendesk.com/' });
    expect(parsed?.organization?.url).toBe('https://other.zendesk.com/agent/organizations/40001');
  });

  it('reads Zendesk’s own SLA due times from the `slas` side-load: first and next reply, running or paused only', () => {
    // The shape of `include=slas` (real-markup-notes.md §4.4): inside each ticket, `policy_metrics[]` with breach_at,
    // stage (active, paused, completed) and metric (SLA policy metric names), the target in hours or minutes.
    const json = loadJsonFixture('zendesk/api/ticket-1001.json') as { ticket: Record<string, unknown> };
    json.ticket.slas = {
      policy_metrics: [
        { breach_at: '2024-03-05T09:00:00Z', stage: 'active', metric: 'first_reply_time', hours: 24 },
        { breach_at: '2024-03-04T10:00:00Z', stage: 'paused', metric: 'next_reply_time', minutes: 60 },
        { breach_at: '2024-03-04T11:00:00Z', stage: 'completed', metric: 'first_reply_time', hours: 2 },
        { breach_at: '2024-03-06T09:00:00Z', stage: 'active', metric: 'periodic_update_time', hours: 48 },
        { breach_at: null, stage: 'active', metric: 'first_reply_time', hours: 24 },
        'garbage',
      ],
    };
    expect(parseZendeskTicketResponse(json)?.ticket.toolDue).toEqual([
      { metric: 'first-response', due: '2024-03-05T09:00:00Z', status: 'active' },
      { metric: 'next-response', due: '2024-03-04T10:00:00Z', status: 'paused' },
    ]);
    json.ticket.slas = 'nonsense';
    expect(parseZendeskTicketResponse(json)?.ticket.toolDue).toEqual([]);
  });

  it('has a null organization when it was not side-loaded', () => {
    const json = loadJsonFixture('zendesk/api/ticket-1001.json') as Record<string, unknown>;
    delete json.organizations;
    const parsed = parseZendeskTicketResponse(json);
    expect(parsed?.ticket.organizationId).toBe('40001');
    expect(parsed?.organization).toBeNull();
  });

  it.each([
    ['null', null],
    ['a string', 'oops'],
    ['an array', []],
    ['an error body', { error: 'RecordNotFound', description: 'Not found' }],
    ['a ticket without id', { ticket: { subject: 'x' } }],
    ['a ticket with a non-numeric id', { ticket: { id: 'abc' } }],
  ])('returns null for %s', (_name, json) => {
    expect(parseZendeskTicketResponse(json)).toBeNull();
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        parseZendeskTicketResponse(json, SEVERITY);
        parseZendeskTicketResponse({ ticket: json, organizations: [json] }, SEVERITY);
        parseZendeskShowMany({ tickets: [json], organizations: json }, SEVERITY);
      }),
    );
  });
});

describe('parseZendeskShowMany', () => {
  it('pairs each ticket with its organization, in response order', () => {
    const parsed = parseZendeskShowMany(loadJsonFixture('zendesk/api/show-many.json'), SEVERITY);
    expect(parsed?.map((p) => [p.ticket.ticketId, p.ticket.priority, p.ticket.severityField, p.organization?.name ?? null])).toEqual([
      ['1001', 'urgent', 'sev_1', 'Acme Corp'],
      ['1002', 'normal', 'sev_3', 'Initech'],
      ['1003', null, null, null],
    ]);
    expect(parsed?.[0]?.organization?.fields).toEqual(ACME_FIELDS);
    expect(parsed?.[1]?.organization?.fields).toMatchObject({ arr: '180000.5', purchased_packages: '', implementation_start: '', slack_opt_out: 'true' });
    expect(parsed?.[2]?.ticket.subject).toBe('Question about "API limits" & quotas');
  });

  it('skips malformed tickets and keeps the rest', () => {
    const parsed = parseZendeskShowMany({ tickets: [{ id: 1, status: 'open' }, 'junk', { subject: 'no id' }, { id: 2 }] });
    expect(parsed?.map((p) => p.ticket.ticketId)).toEqual(['1', '2']);
  });

  it('returns null without a tickets array', () => {
    expect(parseZendeskShowMany({ ticket: {} })).toBeNull();
    expect(parseZendeskShowMany(undefined)).toBeNull();
  });
});

describe('applyZendeskTicketMetrics', () => {
  const ticket = parseZendeskTicketResponse(loadJsonFixture('zendesk/api/ticket-1001.json'))!.ticket;

  it('derives the first response from reply time and takes solved_at as resolution', () => {
    const withMetrics = applyZendeskTicketMetrics(ticket, loadJsonFixture('zendesk/api/ticket-metrics-1001.json'));
    expect(withMetrics.firstResponseAt).toBe('2024-03-04T09:12:00.000Z');
    expect(withMetrics.resolvedAt).toBeNull();
  });

  it('reads solved_at when the ticket is solved', () => {
    const json = { ticket_metric: { ticket_id: 1001, solved_at: '2024-03-05T08:00:00Z', reply_time_in_minutes: { calendar: null, business: null } } };
    expect(applyZendeskTicketMetrics(ticket, json)).toMatchObject({ firstResponseAt: null, resolvedAt: '2024-03-05T08:00:00Z' });
  });

  it("ignores malformed metrics and another ticket's metrics", () => {
    expect(applyZendeskTicketMetrics(ticket, { nope: true })).toBe(ticket);
    expect(applyZendeskTicketMetrics(ticket, { ticket_metric: { ticket_id: 9, solved_at: '2024-01-01T00:00:00Z' } })).toBe(ticket);
  });
});
