/**
 * Freshdesk's API replies read into tickets and accounts. The reply fixtures (test/fixtures/freshdesk/api/*.json) are
 * MODELS, hand-written from ../shared/research/next-tools-and-anchors.md §2c "API v2": the ticket's fields (`status`
 * 2–5 plus custom, `priority` 1–4, `company_id`, `fr_due_by`, `due_by`, `nr_due_by`, the escalation flags, `stats`
 * with `include=stats`), the company's (`domains`, `account_tier`, `renewal_date`, `health_score`, `industry`,
 * `custom_fields`), and the agent app's list reply `{tickets:[…]}` (Low). JSON has no comments: the citation is here.
 */
import { describe, expect, it } from 'vitest';
import { FRESHDESK_LIST_PAGE_SIZE, freshdeskApiPaths, parseFreshdeskCompany, parseFreshdeskTicket, parseFreshdeskTicketList } from '../../lib/sites/freshdesk/api';
import { FRESHDESK_FIELD_MAPPING, FRESHDESK_PRIORITY_MAP } from '../../lib/sites/freshdesk/defaults';
import { mapFields } from '../../lib/parse/field-mapping';
import { parseSeverity } from '../../lib/parse/severity';

import { freshdeskTicket7001 } from '../fixtures/freshdesk/api/ticket-7001';
import { freshdeskCompany5001 } from '../fixtures/freshdesk/api/company-5001';
import { freshdeskListAllTickets } from '../fixtures/freshdesk/api/list-all_tickets';

const ORIGIN = 'https://acme.freshdesk.com';
type Json = Record<string, unknown>;
const ticketJson = () => freshdeskTicket7001() as Json;
const withTicket = (changes: Json, stats: Json = {}): Json => {
  const json = ticketJson();
  return { ...json, ...changes, stats: { ...(json.stats as Json), ...stats } };
};

describe('freshdeskApiPaths', () => {
  it('builds the same-origin paths', () => {
    expect(freshdeskApiPaths.ticket(7001)).toBe('/api/v2/tickets/7001?include=stats');
    expect(freshdeskApiPaths.ticket('7001')).toBe('/api/v2/tickets/7001?include=stats');
    expect(freshdeskApiPaths.company('5001')).toBe('/api/v2/companies/5001');
  });

  it("asks for a list as the list page does: its view, its first page as 100 rows and a later page as 30, each ticket's stats, its order", () => {
    expect(FRESHDESK_LIST_PAGE_SIZE).toBe(100);
    expect(freshdeskApiPaths.list('all_tickets')).toBe('/api/_/tickets?filter=all_tickets&page=1&per_page=100&include=stats');
    expect(freshdeskApiPaths.list('12000345678', { page: 3, orderBy: 'updated_at', orderType: 'asc' })).toBe(
      '/api/_/tickets?filter=12000345678&page=3&per_page=30&include=stats&order_by=updated_at&order_type=asc',
    );
    // The default list names no view: neither does its request.
    expect(freshdeskApiPaths.list(null, { page: 2 })).toBe('/api/_/tickets?page=2&per_page=30&include=stats');
  });

  it.each([
    ['a ticket id with a path in it', () => freshdeskApiPaths.ticket('1/../../contacts')],
    ['a negative ticket id', () => freshdeskApiPaths.ticket(-1)],
    ['a company id with a query', () => freshdeskApiPaths.company('5001?include=all')],
    ['a view with a query', () => freshdeskApiPaths.list('all_tickets&per_page=1000')],
    ['a view in capitals', () => freshdeskApiPaths.list('All_Tickets')],
    ['a view of 65 characters', () => freshdeskApiPaths.list('a'.repeat(65))],
    ['page 0', () => freshdeskApiPaths.list('all_tickets', { page: 0 })],
    ['a page that is no integer', () => freshdeskApiPaths.list('all_tickets', { page: 1.5 })],
    ['a sort field with a query', () => freshdeskApiPaths.list('all_tickets', { orderBy: 'created_at&filter=spam' })],
    ['a sort order that is no order', () => freshdeskApiPaths.list('all_tickets', { orderType: 'sideways' })],
  ])('refuses %s instead of interpolating it', (_what, build) => {
    expect(build).toThrow(TypeError);
  });
});

describe('parseFreshdeskTicket', () => {
  it('reads the ticket reply into the ticket Lens evaluates, with Freshdesk’s own due times beside it', () => {
    expect(parseFreshdeskTicket(ticketJson())).toEqual({
      ticket: {
        tool: 'freshdesk',
        ticketId: '7001',
        subject: 'Production search down after upgrade',
        priority: 'urgent',
        severityField: null,
        status: 'Open',
        createdAt: '2026-11-24T17:00:00Z',
        firstResponseAt: null,
        resolvedAt: null,
        organizationId: '5001',
        toolDue: [
          { metric: 'first-response', due: '2026-11-24T18:00:00Z', status: 'escalated' },
          { metric: 'resolution', due: '2026-11-24T21:00:00Z', status: null },
        ],
      },
      label: null,
      account: null,
      organization: null,
      statusSince: '2026-11-24T17:00:00Z',
    });
  });

  it('reads the internal API’s {ticket:{…}} form too', () => {
    expect(parseFreshdeskTicket({ ticket: ticketJson() })?.ticket.ticketId).toBe('7001');
  });

  it.each([
    [1, 'low', 2],
    [2, 'medium', 2],
    [3, 'high', 1],
    [4, 'urgent', 1],
  ] as const)('priority %i is %s, Severity %i through Freshdesk’s priority map', (code, word, severity) => {
    const read = parseFreshdeskTicket(withTicket({ priority: code }));
    expect(read?.ticket.priority).toBe(word);
    expect(parseSeverity(read?.ticket.priority, FRESHDESK_PRIORITY_MAP).value).toBe(severity);
  });

  it.each([[0], [5], ['4'], [null]])('priority %j is unknown', (code) => {
    expect(parseFreshdeskTicket(withTicket({ priority: code }))?.ticket.priority).toBeNull();
  });

  it.each([
    [2, 'Open'],
    [3, 'Pending'],
    [4, 'Resolved'],
    [5, 'Closed'],
    [6, 'Waiting on Customer'],
    [7, 'Waiting on Third Party'],
    [8, 'Status 8'], // a custom status: tenant data the reply does not name
    [12, 'Status 12'],
  ] as const)('status %i is “%s”', (code, name) => {
    expect(parseFreshdeskTicket(withTicket({ status: code }))?.ticket.status).toBe(name);
  });

  it('has no status when the reply has no status number', () => {
    expect(parseFreshdeskTicket(withTicket({ status: 'open' }))?.ticket.status).toBeNull();
  });

  it('reads the first response and the resolution from the stats', () => {
    const responded = parseFreshdeskTicket(withTicket({}, { first_responded_at: '2026-11-24T17:20:00Z' }));
    expect(responded?.ticket.firstResponseAt).toBe('2026-11-24T17:20:00Z');
    const resolved = parseFreshdeskTicket(withTicket({ status: 4 }, { resolved_at: '2026-11-25T10:00:00Z', closed_at: '2026-11-26T10:00:00Z' }));
    expect(resolved?.ticket.resolvedAt).toBe('2026-11-25T10:00:00Z');
    const closed = parseFreshdeskTicket(withTicket({ status: 5 }, { resolved_at: null, closed_at: '2026-11-26T10:00:00Z' }));
    expect(closed?.ticket.resolvedAt).toBe('2026-11-26T10:00:00Z');
  });

  it('does not take a reopened ticket’s earlier resolution for its resolution', () => {
    const reopened = parseFreshdeskTicket(withTicket({ status: 2 }, { resolved_at: '2026-11-25T10:00:00Z', reopened_at: '2026-11-25T12:00:00Z' }));
    expect(reopened?.ticket.resolvedAt).toBeNull();
  });

  it('has no stats-based times without include=stats', () => {
    const json = ticketJson();
    delete json.stats;
    const read = parseFreshdeskTicket(json);
    expect([read?.ticket.firstResponseAt, read?.ticket.resolvedAt, read?.statusSince]).toEqual([null, null, null]);
    expect(read?.ticket.toolDue?.map((d) => d.metric)).toEqual(['first-response', 'resolution']);
  });

  describe('Freshdesk’s own due times', () => {
    const due = (changes: Json, stats: Json = {}) => parseFreshdeskTicket(withTicket(changes, stats))?.ticket.toolDue;

    it('drop the first response’s once one is recorded', () => {
      expect(due({}, { first_responded_at: '2026-11-24T17:20:00Z' })?.map((d) => d.metric)).toEqual(['resolution']);
    });

    it('include the next response’s where the account has it, with its escalation', () => {
      expect(due({ nr_due_by: '2026-11-24T19:00:00Z', nr_escalated: true }, { first_responded_at: '2026-11-24T17:20:00Z' })).toEqual([
        { metric: 'next-response', due: '2026-11-24T19:00:00Z', status: 'escalated' },
        { metric: 'resolution', due: '2026-11-24T21:00:00Z', status: null },
      ]);
    });

    it.each([[4], [5]])('drop the resolution’s once the ticket is resolved or closed (status %i)', (status) => {
      expect(due({ status, is_escalated: true })?.map((d) => d.metric)).toEqual(['first-response']);
    });

    it('say escalated only where Freshdesk’s flag is true', () => {
      expect(due({ fr_escalated: false, is_escalated: true })?.map((d) => d.status)).toEqual([null, 'escalated']);
      expect(due({ fr_escalated: 'true', is_escalated: 1 })?.map((d) => d.status)).toEqual([null, null]);
    });

    it('leave out a due time that is not there', () => {
      expect(due({ fr_due_by: null, due_by: '' })).toEqual([]);
    });
  });

  describe('when the current status began (where the policy pauses on it)', () => {
    it('is the status’s own change time', () => {
      expect(parseFreshdeskTicket(withTicket({ status: 6 }, { status_updated_at: '2026-11-24T19:00:00Z' }))?.statusSince).toBe('2026-11-24T19:00:00Z');
    });

    it('falls back to pending_since for a Pending ticket only', () => {
      const stats = { status_updated_at: null, pending_since: '2026-11-24T18:30:00Z' };
      expect(parseFreshdeskTicket(withTicket({ status: 3 }, stats))?.statusSince).toBe('2026-11-24T18:30:00Z');
      expect(parseFreshdeskTicket(withTicket({ status: 6 }, stats))?.statusSince).toBeNull();
    });
  });

  it.each([
    ['null', null],
    ['a string', 'oops'],
    ['an array', []],
    ['an error body', { description: 'Validation failed', errors: [{ code: 'invalid_value' }] }],
    ['a ticket without id', { subject: 'x', priority: 4 }],
    ['a ticket with a non-numeric id', { id: 'abc' }],
    ['a ticket with a negative id', { id: -7 }],
  ])('is null for %s', (_what, json) => {
    expect(parseFreshdeskTicket(json)).toBeNull();
  });
});

describe('parseFreshdeskTicketList', () => {
  it('reads every ticket of the list reply in order, and counts the entries that are no ticket', () => {
    const read = parseFreshdeskTicketList(freshdeskListAllTickets());
    expect(read?.tickets.map((t) => t.ticket.ticketId)).toEqual(['7001', '7002', '7003', '7005', '7008']);
    expect(read?.skipped).toBe(1);
    expect(read?.tickets.map((t) => [t.ticket.priority, t.ticket.status, t.ticket.organizationId])).toEqual([
      ['urgent', 'Open', '5001'],
      ['high', 'Open', '5002'],
      ['medium', 'Waiting on Customer', '5001'],
      ['low', 'Resolved', null],
      ['high', 'Status 8', '5002'],
    ]);
  });

  it('reads each ticket as the single reply is read', () => {
    const read = parseFreshdeskTicketList(freshdeskListAllTickets());
    expect(read?.tickets[0]).toEqual(parseFreshdeskTicket(ticketJson()));
    const responded = read?.tickets.find((t) => t.ticket.ticketId === '7002');
    expect(responded?.ticket.firstResponseAt).toBe('2026-11-25T19:55:00Z');
    expect(responded?.ticket.toolDue).toEqual([
      { metric: 'next-response', due: '2026-11-25T21:55:00Z', status: null },
      { metric: 'resolution', due: '2026-11-26T03:30:00Z', status: null },
    ]);
    const resolved = read?.tickets.find((t) => t.ticket.ticketId === '7005');
    expect(resolved?.ticket.resolvedAt).toBe('2026-11-23T21:40:00Z');
    expect(resolved?.ticket.toolDue).toEqual([]);
  });

  it('reads a bare array, as v2’s own ticket list answers', () => {
    expect(parseFreshdeskTicketList([ticketJson(), 7, null])).toMatchObject({ tickets: [{ ticket: { ticketId: '7001' } }], skipped: 2 });
  });

  it.each([
    ['null', null],
    ['an error body', { code: 'access_denied', message: 'You are not authorized to perform this action.' }],
    ['tickets that are no list', { tickets: { 7001: {} } }],
  ])('is null for %s', (_what, json) => {
    expect(parseFreshdeskTicketList(json)).toBeNull();
  });
});

describe('parseFreshdeskCompany', () => {
  it('reads the company’s custom fields by name, its standard fields and its domains, as text', () => {
    expect(parseFreshdeskCompany(freshdeskCompany5001(), ORIGIN)).toEqual({
      tool: 'freshdesk',
      kind: 'account',
      recordId: '5001',
      url: 'https://acme.freshdesk.com/a/companies/5001',
      name: 'Stark Industries',
      fields: {
        segment: 'Strategic',
        arr: '2400000',
        purchased_packages: '24/7 Support SLAs;Resident Architect;Implementation Services',
        deployment: 'Self-Hosted',
        kubernetes: 'true',
        external_services: 'true',
        implementation_start: '2026-10-22',
        implementation_end: '',
        slack_opt_out: 'false',
        account_tier: 'Premium',
        renewal_date: '2027-02-23',
        health_score: 'Happy',
        industry: 'Manufacturing',
        domains: 'stark.example;starkindustries.example',
      },
    });
  });

  it('maps to the handbook’s attributes through the shipped field mapping', () => {
    const company = parseFreshdeskCompany(freshdeskCompany5001(), ORIGIN)!;
    expect(mapFields(company.fields, FRESHDESK_FIELD_MAPPING)).toMatchObject({
      domain: 'stark.example;starkindustries.example',
      segment: 'Strategic',
      arr: '2400000',
      packages: '24/7 Support SLAs;Resident Architect;Implementation Services',
      renewalDate: '2027-02-23',
      kubernetes: 'true',
    });
  });

  it('takes Freshdesk’s account tier as the segment where no custom segment field exists', () => {
    const json = freshdeskCompany5001() as Json;
    delete (json.custom_fields as Json).segment;
    expect(mapFields(parseFreshdeskCompany(json, ORIGIN)!.fields, FRESHDESK_FIELD_MAPPING).segment).toBe('Premium');
  });

  it('keeps a custom field of a standard field’s name where the standard one is empty', () => {
    const read = parseFreshdeskCompany(
      { id: 5002, name: 'Globex', renewal_date: null, industry: 'Energy', custom_fields: { renewal_date: '2027-01-01', industry: 'Utilities' } },
      ORIGIN,
    );
    expect(read?.fields).toEqual({ renewal_date: '2027-01-01', industry: 'Energy' });
  });

  it('reads the {company:{…}} form, links without an origin to nothing, and drops domains that are no text', () => {
    const read = parseFreshdeskCompany({ company: { id: '5003', name: 'Initech', domains: ['initech.example', 7, null] } }, '');
    expect(read).toEqual({ tool: 'freshdesk', kind: 'account', recordId: '5003', url: '', name: 'Initech', fields: { domains: 'initech.example' } });
    expect(parseFreshdeskCompany({ id: 5003 }, 'https://acme.freshdesk.com/')?.url).toBe('https://acme.freshdesk.com/a/companies/5003');
  });

  it.each([
    ['null', null],
    ['an array', [{ id: 5001 }]],
    ['a company without id', { name: 'Acme' }],
    ['a company with a non-numeric id', { id: 'acme', name: 'Acme' }],
  ])('is null for %s', (_what, json) => {
    expect(parseFreshdeskCompany(json, ORIGIN)).toBeNull();
  });
});
