/**
 * Tickets read from a tool's API by its page's session (Freshdesk, Jira Service Management), evaluated in the
 * background: the customer as the API names it (a company with its fields; an organization matched in the directory by
 * name or domain, or said not to match), the policy's paused statuses from when the status began, and the tool's own
 * due times beside the handbook's. Shapes follow ../shared/research/next-tools-and-anchors.md §2c and §2d.
 */
import { describe, expect, it } from 'vitest';
import { evaluateApiTickets, onTheirOrigin, type ApiTicketDeps } from '../../lib/background/api-tickets';
import { buildOrganizationIndex, matchOrganization, nameKey, organizationMatcher } from '../../lib/background/organization-match';
import type { DirectoryEntry } from '../../lib/directory/entry';
import { evaluate } from '../../lib/policy';
import type { EvaluatedAccount } from '../../lib/messaging/answers';
import type { ApiTicket } from '../../lib/sites/page-data';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';
import type { Tool } from '../../lib/sites/types';
import { account, sourcegraph } from '../policy/helpers';

/** Wed 25 Nov 2026 12:00 Pacific. */
const NOW = Date.parse('2026-11-25T20:00:00Z');

const freshdeskTicket = (overrides: Partial<ApiTicket<Tool>['ticket']> = {}, rest: Partial<ApiTicket<Tool>> = {}): ApiTicket<Tool> => ({
  ticket: {
    tool: 'freshdesk',
    ticketId: '7001',
    subject: 'Search is down',
    priority: 'urgent',
    severityField: null,
    status: 'Open',
    createdAt: '2026-11-24T17:00:00Z', // Tue 09:00 Pacific
    firstResponseAt: null,
    resolvedAt: null,
    organizationId: '5001',
    toolDue: [],
    ...overrides,
  },
  label: null,
  account: {
    tool: 'freshdesk',
    kind: 'account',
    recordId: '5001',
    url: 'https://acme.freshdesk.com/a/companies/5001',
    name: 'Initech',
    fields: { segment: 'Enterprise', arr: '480000', purchased_packages: 'Premium Support;Slack Support', account_tier: 'Premium', domains: 'initech.com' },
  },
  organization: null,
  statusSince: null,
  ...rest,
});

const entry = (key: string, name: string, domain: string | null, fields: DirectoryEntry['fields'] = {}): DirectoryEntry => ({
  key,
  name,
  domain,
  crm: null,
  fields: { segment: 'Enterprise', arr: 300_000, packages: 'Premium Support', ...fields },
  source: 'url',
  updatedAt: NOW - 86_400_000,
});

const directoryAccount = (e: DirectoryEntry): EvaluatedAccount => ({
  key: `jsm:${e.key}`,
  tool: 'jsm',
  recordId: e.key,
  url: null,
  evaluation: evaluate(account({ name: e.name, segment: 'Enterprise', packages: ['Premium Support'] }), sourcegraph, { now: NOW }),
  unrecognizedPackages: [],
  readAt: e.updatedAt,
  source: 'directory',
});

const DIRECTORY = [
  entry('domain:initech.com', 'Initech', 'initech.com'),
  // One customer seen in two tools, and the admin's row of it: one customer, answered by the admin's row.
  { ...entry('salesforce:001A', 'Initech', 'initech.com'), source: 'seen' as const, updatedAt: NOW },
  { ...entry('zendesk:77', 'Initech', null), source: 'seen' as const },
  // Two customers of one name (different domains).
  entry('domain:globex.com', 'Globex', 'globex.com'),
  entry('domain:globex.io', 'Globex', 'globex.io'),
  entry('domain:hooli.com', 'Hooli XYZ', 'hooli.com'),
];

const deps = (overrides: Partial<ApiTicketDeps> = {}): ApiTicketDeps => {
  const index = buildOrganizationIndex(DIRECTORY);
  return {
    now: NOW,
    policy: sourcegraph,
    holidays: {},
    mapping: async (tool) => DEFAULT_FIELD_MAPPINGS[tool],
    matchOrganization: async (org) => {
      const match = matchOrganization(index, org);
      return { ...match, account: match.entry ? directoryAccount(match.entry) : null };
    },
    ...overrides,
  };
};

const jsmTicket = (organization: ApiTicket<Tool>['organization'], ticketId = 'SUP-7'): ApiTicket<Tool> => ({
  ticket: {
    tool: 'jsm',
    ticketId,
    subject: 'Login loop',
    priority: 'Highest',
    severityField: null,
    status: 'Waiting for support',
    createdAt: '2026-11-24T17:00:00.000+00:00',
    firstResponseAt: null,
    resolvedAt: null,
    organizationId: organization?.id ?? null,
    toolDue: [],
  },
  label: null,
  account: null,
  organization,
  statusSince: null,
});

describe('Freshdesk tickets: the company as the API gives it', () => {
  it('evaluates the company’s fields through Freshdesk’s field mapping, and the priority word through the policy’s map', async () => {
    const lookup = await evaluateApiTickets([freshdeskTicket(), freshdeskTicket({ ticketId: '7002', priority: 'medium' })], deps());
    const t = lookup.tickets['7001']!;
    expect(t.ticket.severity).toBe(1);
    expect(lookup.tickets['7002']!.ticket.severity).toBe(2);
    expect(t.organizationKey).toBe('freshdesk:5001');
    expect(t.account).toEqual({ tool: 'freshdesk', recordId: '5001', name: 'Initech', url: 'https://acme.freshdesk.com/a/companies/5001', known: true });
    const company = lookup.organizations['freshdesk:5001']!;
    expect(company.source).toBe('api');
    expect(company.evaluation.account.segment).toBe('Enterprise');
    expect(company.evaluation.account.packages).toContain('slack-support');
    expect(lookup.source).toBe('api');
  });

  it('pauses the clock from when a paused status began (stats.status_updated_at), and says earlier pauses are not known', async () => {
    const running = await evaluateApiTickets([freshdeskTicket({ status: 'Open' })], deps());
    const paused = await evaluateApiTickets([freshdeskTicket({ status: 'Pending' }, { statusSince: '2026-11-24T18:00:00Z' })], deps());
    const due = (l: typeof running) => l.tickets['7001']!.sla.find((d) => d.metric === 'resolution' || d.metric === 'first-response')!;
    expect(paused.tickets['7001']!.warnings.join(' ')).toContain('Status “Pending” pauses the SLA clock since it was set; earlier pauses are not in Freshdesk');
    expect(paused.tickets['7001']!.ticket.pauses).toEqual([{ start: '2026-11-24T18:00:00.000Z', end: null }]);
    // The clock stopped at 18:00 UTC yesterday: more time is left than on the running ticket, and it shows as paused.
    expect(due(paused).businessRemainingMs!).toBeGreaterThan(due(running).businessRemainingMs!);
    expect(due(paused).state).toBe('paused');
    expect(running.tickets['7001']!.ticket.pauses).toEqual([]);
    // Without the time the status began, the pause is said, and not counted.
    const unknownStart = await evaluateApiTickets([freshdeskTicket({ status: 'Waiting on Customer' })], deps());
    expect(unknownStart.tickets['7001']!.ticket.pauses).toEqual([]);
    expect(unknownStart.tickets['7001']!.warnings.join(' ')).toContain('when it began is not in Freshdesk');
  });

  it('sets Freshdesk’s own due times beside the handbook’s: agreeing within the tolerance, differing beyond it', async () => {
    const handbook = (await evaluateApiTickets([freshdeskTicket()], deps())).tickets['7001']!.sla.find((d) => d.metric === 'first-response' && !d.internal)!;
    expect(handbook.dueAt).not.toBeNull();
    const at = Date.parse(handbook.dueAt!);
    const agree = await evaluateApiTickets([freshdeskTicket({ toolDue: [{ metric: 'first-response', due: new Date(at + 3 * 60_000).toISOString(), status: null }] })], deps());
    const differ = await evaluateApiTickets(
      [freshdeskTicket({ toolDue: [{ metric: 'first-response', due: new Date(at + 80 * 60_000).toISOString(), status: 'escalated' }] })],
      deps(),
    );
    expect(agree.tickets['7001']!.toolDue![0]).toMatchObject({ toolName: 'Freshdesk', comparison: { differs: false, handbookIs: 'same' } });
    expect(differ.tickets['7001']!.toolDue![0]).toMatchObject({
      toolName: 'Freshdesk',
      status: 'escalated',
      comparison: { differs: true, handbookIs: 'earlier', differenceMs: -80 * 60_000 },
    });
  });
});

describe('Jira Service Management tickets: the organization matched in the directory, or not', () => {
  it('matches by name (folded words), says so, and evaluates the directory’s account (one customer’s entries answer as one)', async () => {
    const lookup = await evaluateApiTickets([jsmTicket({ id: '101', name: 'INITECH', domains: [] })], deps());
    const t = lookup.tickets['SUP-7']!;
    expect(t.account).toMatchObject({ tool: 'jsm', recordId: '101', name: 'INITECH', known: true, matchedBy: 'name' });
    expect(t.organizationKey).toBe('jsm:domain:initech.com');
    expect(t.ticket.severity).toBe(1); // JSM's Highest, through Jira's priority map
  });

  it('matches by a domain when the name does not, and never guesses between accounts sharing a name', async () => {
    const byDomain = await evaluateApiTickets([jsmTicket({ id: '102', name: 'Hooli', domains: ['hooli.com'] })], deps());
    expect(byDomain.tickets['SUP-7']!.account).toMatchObject({ known: true, matchedBy: 'domain' });
    const ambiguous = await evaluateApiTickets([jsmTicket({ id: '103', name: 'Globex', domains: [] })], deps());
    expect(ambiguous.tickets['SUP-7']!.account).toMatchObject({ known: false, matchedBy: null, candidates: 2 });
    expect(ambiguous.tickets['SUP-7']!.organizationKey).toBeNull();
    expect(ambiguous.tickets['SUP-7']!.warnings.join(' ')).toContain('2 accounts in the directory fit the organization “Globex”: none is chosen');
    const none = await evaluateApiTickets([jsmTicket({ id: '104', name: 'Umbrella Corp', domains: ['gmail.com'] })], deps());
    expect(none.tickets['SUP-7']!.account).toMatchObject({ known: false, matchedBy: null });
    expect(none.tickets['SUP-7']!.warnings.join(' ')).toContain('No account in the directory matches the organization “Umbrella Corp”');
  });

  it('asks the directory once per organization in a batch', async () => {
    let asked = 0;
    const index = buildOrganizationIndex(DIRECTORY);
    await evaluateApiTickets(
      [jsmTicket({ id: '101', name: 'Initech', domains: [] }, 'SUP-1'), jsmTicket({ id: '101', name: 'Initech', domains: [] }, 'SUP-2')],
      deps({
        matchOrganization: async (org) => {
          asked++;
          const m = matchOrganization(index, org);
          return { ...m, account: m.entry ? directoryAccount(m.entry) : null };
        },
      }),
    );
    expect(asked).toBe(1);
  });
});

describe('organization matching', () => {
  it('folds names to their words', () => {
    expect(nameKey('Société Générale, S.A.')).toBe('societe generale s a');
    expect(nameKey('  Acme,  Inc. ')).toBe(nameKey('acme inc'));
  });

  it('takes an organization named as a domain for a domain', () => {
    const index = buildOrganizationIndex(DIRECTORY);
    expect(matchOrganization(index, { name: 'https://www.Initech.com/', domains: [] })).toMatchObject({ by: 'domain', entry: { key: 'domain:initech.com' } });
  });

  it('reads the directory again only when it changed, and again after a failed read', async () => {
    let reads = 0;
    let version = 'a';
    let fail = false;
    const match = organizationMatcher({
      entries: async () => {
        reads++;
        if (fail) throw new Error('IndexedDB closed');
        return DIRECTORY;
      },
      version: async () => version,
    });
    await match({ name: 'Initech', domains: [] });
    await match({ name: 'Hooli XYZ', domains: [] });
    expect(reads).toBe(1);
    version = 'b';
    fail = true;
    await expect(match({ name: 'Initech', domains: [] })).rejects.toThrow('IndexedDB closed');
    fail = false;
    expect((await match({ name: 'Initech', domains: [] })).by).toBe('name');
    expect(reads).toBe(3);
  });
});

describe('what a page may send', () => {
  it('keeps an account link on the page’s own origin, and drops one elsewhere (the account stays)', () => {
    const here = freshdeskTicket();
    const elsewhere = freshdeskTicket({ ticketId: '7002' }, { account: { ...here.account!, url: 'https://evil.example/a/companies/5001' } });
    const [a, b] = onTheirOrigin([here, elsewhere], 'https://acme.freshdesk.com');
    expect(a!.account?.url).toBe('https://acme.freshdesk.com/a/companies/5001');
    expect(b!.account).toMatchObject({ recordId: '5001', url: '' });
  });
});
