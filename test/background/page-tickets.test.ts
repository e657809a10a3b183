import { describe, expect, it } from 'vitest';
import { evaluatePageTickets, onTheirPage, type PageTicketDeps } from '../../lib/background/page-tickets';
import { evaluate } from '../../lib/policy';
import type { EvaluatedAccount } from '../../lib/messaging/answers';
import type { RawPageTicket } from '../../lib/sites/types';
import { account, sourcegraph } from '../policy/helpers';

/** Wed 25 Nov 2026 12:00 Pacific. */
const NOW = Date.parse('2026-11-25T20:00:00Z');
const ACCOUNT_ID = '001Dn00000AbCdEIAZ';

const caseRow = (overrides: Partial<RawPageTicket> = {}): RawPageTicket => ({
  tool: 'salesforce',
  ticketId: '500Dn000001AbCdIAK',
  label: '00001026',
  subject: 'Search is down',
  priority: 'High',
  status: 'New',
  opened: '11/24/2026, 9:00 AM', // Tue 09:00 Pacific
  account: { tool: 'salesforce', recordId: ACCOUNT_ID, name: 'Acme', url: `https://acme.lightning.force.com/lightning/r/Account/${ACCOUNT_ID}/view` },
  entitlement: null,
  toolDue: [],
  missing: [],
  ...overrides,
});

const known = (packages: string[] = []): EvaluatedAccount => ({
  key: `salesforce:${ACCOUNT_ID}`,
  tool: 'salesforce',
  recordId: ACCOUNT_ID,
  url: null,
  evaluation: evaluate(account({ packages }), sourcegraph, { now: NOW }),
  unrecognizedPackages: [],
  readAt: NOW - 3_600_000,
  source: 'page',
});

const deps = (found: EvaluatedAccount | null, overrides: Partial<PageTicketDeps> = {}): PageTicketDeps => ({
  now: NOW,
  zone: 'America/Los_Angeles',
  policy: sourcegraph,
  holidays: {},
  findAccount: async () => found,
  ...overrides,
});

const firstResponse = (t: { sla: Array<{ metric: string; dueAt: string | null; reasons: string[] }> }) => t.sla.find((d) => d.metric === 'first-response')!;

describe('tickets read off a page, evaluated with their account as Lens knows it', () => {
  it('maps Salesforce’s priority through the policy’s map (High → Sev 1, Medium → Sev 2) and reads Opened in the agent’s zone', async () => {
    const lookup = await evaluatePageTickets([caseRow(), caseRow({ ticketId: '500Dn000001AbCeIAK', priority: 'Medium' })], deps(known()));
    const high = lookup.tickets['500Dn000001AbCdIAK']!;
    expect(high.ticket.severity).toBe(1);
    expect(high.ticket.createdAt).toBe('2026-11-24T17:00:00.000Z');
    expect(high.label).toBe('00001026');
    expect(high.warnings.join(' ')).toContain("Opened read as 11/24/2026, 9:00 AM (month first, as the page's dates show) in America/Los_Angeles");
    // An explicit offset needs no zone, so nothing is said of it; a "z" inside the text is no offset.
    const withOffset = await evaluatePageTickets([caseRow({ opened: '11/24/2026 9:00 AM GMT-8' })], deps(known()));
    expect(withOffset.tickets['500Dn000001AbCdIAK']!.warnings.join(' ')).not.toContain('Opened read as');
    expect(lookup.tickets['500Dn000001AbCeIAK']!.ticket.severity).toBe(2);
    expect(lookup.source).toBe('page');
  });

  it('counts on the account’s calendar when Lens knows the account (24/7 Support moves Severity 1 around the clock)', async () => {
    const standard = (await evaluatePageTickets([caseRow()], deps(known()))).tickets['500Dn000001AbCdIAK']!;
    const allHours = await evaluatePageTickets([caseRow()], deps(known(['support-24x7'])));
    const ticket = allHours.tickets['500Dn000001AbCdIAK']!;
    expect(firstResponse(ticket).dueAt).toBe('2026-11-25T17:00:00.000Z'); // 24 hours around the clock
    expect(Date.parse(firstResponse(standard).dueAt!)).toBeGreaterThan(Date.parse(firstResponse(ticket).dueAt!));
    expect(ticket.account).toMatchObject({ recordId: ACCOUNT_ID, known: true });
    expect(ticket.organizationKey).toBe(`salesforce:${ACCOUNT_ID}`);
    expect(allHours.organizations[`salesforce:${ACCOUNT_ID}`]?.evaluation.slack).toBeDefined();
  });

  it('says an unknown account is unknown, counts on the standard calendar with that reason, and returns no organization', async () => {
    const lookup = await evaluatePageTickets([caseRow()], deps(null));
    const ticket = lookup.tickets['500Dn000001AbCdIAK']!;
    expect(ticket.account).toMatchObject({ known: false, url: expect.stringContaining('/lightning/r/Account/') });
    expect(ticket.organizationKey).toBeNull();
    expect(lookup.organizations).toEqual({});
    expect(ticket.warnings.join(' ')).toMatch(/open the account once or sync the directory/);
    expect(firstResponse(ticket).reasons.join(' ')).toMatch(/No account: the standard calendar applies/);
  });

  it('asks for each account once per request', async () => {
    let asked = 0;
    const findAccount = async () => (asked++, known());
    await evaluatePageTickets([caseRow(), caseRow({ ticketId: '500Dn000001AbCeIAK' })], deps(null, { findAccount }));
    expect(asked).toBe(1);
  });

  it('a waiting status the policy names is said, and counted without the pause (its start is not on the page)', async () => {
    const ticket = (await evaluatePageTickets([caseRow({ status: 'Waiting on Customer' })], deps(known()))).tickets['500Dn000001AbCdIAK']!;
    expect(ticket.warnings.join(' ')).toMatch(/“Waiting on Customer” pauses the SLA clock, but when it began is not on the page: counted without the pause/);
    expect(ticket.sla.find((d) => d.metric === 'resolution')?.state).toBe('running');
  });

  it('replies are not on the page: a ticket still “New” counts its first response; in any other status that is unknown, never breached', async () => {
    const old = { opened: '11/20/2026, 9:00 AM' }; // long past its 24-hour first-response target
    const lookup = await evaluatePageTickets(
      [caseRow({ ...old, ticketId: '500Dn000001AaaaIAK', status: 'New' }), caseRow({ ...old, ticketId: '500Dn000001BbbbIAK', status: 'Working' })],
      deps(known()),
    );
    const fresh = lookup.tickets['500Dn000001AaaaIAK']!;
    expect(fresh.sla.find((d) => d.metric === 'first-response')?.state).toBe('breached');
    const worked = lookup.tickets['500Dn000001BbbbIAK']!;
    const fr = worked.sla.find((d) => d.metric === 'first-response')!;
    expect(fr.state).toBe('unknown');
    expect(fr.reasons[0]).toBe('Replies are not on the page: whether the first response was made is not known (status “Working”)');
    expect(worked.sla.find((d) => d.metric === 'internal-first-response')?.state).toBe('unknown');
    expect(worked.sla.find((d) => d.metric === 'resolution')?.state).toBe('running'); // the countdown follows resolution
    expect(worked.warnings.join(' ')).toContain('the countdown follows resolution');
  });

  it('the tool’s own SLA status saying the first response was made marks it met (HubSpot: Completed on time, late, 3, 4)', async () => {
    for (const status of ['Completed on time', 'Completed late', '3', '4']) {
      const ticket = caseRow({
        tool: 'hubspot',
        ticketId: '9010',
        account: null,
        status: 'Waiting on us',
        toolDue: [{ metric: 'first-response', due: '11/24/2026 1:00 PM', status }],
      });
      const lookup = await evaluatePageTickets([ticket], deps(null));
      const fr = lookup.tickets['9010']!.sla.find((d) => d.metric === 'first-response')!;
      expect(fr.state, status).toBe('met');
      expect(fr.reasons[0]).toBe('HubSpot says the first response was made');
    }
    const active = caseRow({
      tool: 'hubspot',
      ticketId: '9011',
      account: null,
      status: 'Waiting on us',
      toolDue: [{ metric: 'first-response', due: '11/24/2026 1:00 PM', status: 'Active SLA' }],
    });
    expect((await evaluatePageTickets([active], deps(null))).tickets['9011']!.sla.find((d) => d.metric === 'first-response')?.state).toBe('unknown');
  });

  it('a closed ticket counts nothing: when it closed is not on the page', async () => {
    const ticket = (await evaluatePageTickets([caseRow({ status: 'Closed' })], deps(known()))).tickets['500Dn000001AbCdIAK']!;
    const contractual = ticket.sla.filter((d) => !d.internal && d.dueAt !== null);
    expect(contractual.length).toBeGreaterThan(0);
    expect(contractual.every((d) => d.state === 'unknown' && d.reasons[0]!.includes('when it closed is not on the page'))).toBe(true);
  });

  it('without Opened, the SLA is unknown and the missing column is passed on for the badge to name', async () => {
    const ticket = (await evaluatePageTickets([caseRow({ opened: null, missing: ['Date/Time Opened'] })], deps(known()))).tickets['500Dn000001AbCdIAK']!;
    expect(ticket.missing).toEqual(['Date/Time Opened']);
    expect(ticket.sla.filter((d) => !d.internal).every((d) => d.state === 'unknown')).toBe(true);
  });

  it('an unreadable Opened is unknown with a message naming the field, never a guess', async () => {
    const ticket = (await evaluatePageTickets([caseRow({ opened: 'yesterday' })], deps(known()))).tickets['500Dn000001AbCdIAK']!;
    expect(ticket.ticket.createdAt).toBeNull();
    expect(ticket.warnings.join(' ')).toMatch(/Opened: cannot read "yesterday"/);
  });

  it('sets the tool’s own due time beside the handbook’s: agreeing within the tolerance, or differing with the direction', async () => {
    const agree = caseRow({
      tool: 'hubspot',
      ticketId: '9001',
      account: null,
      opened: '11/24/2026 9:00 AM',
      toolDue: [{ metric: 'first-response', due: '11/26/2026 5:03 PM', status: 'Active SLA' }],
    });
    const differ = caseRow({ tool: 'hubspot', ticketId: '9002', account: null, toolDue: [{ metric: 'first-response', due: '11/24/2026 1:00 PM', status: null }] });
    const next = caseRow({ tool: 'hubspot', ticketId: '9003', account: null, toolDue: [{ metric: 'next-response', due: '11/24/2026 1:00 PM', status: null }] });
    const lookup = await evaluatePageTickets([agree, differ, next], deps(null));
    const handbookDue = lookup.tickets['9001']!.sla.find((d) => d.metric === 'first-response')!.dueAt;
    expect(handbookDue).toBe('2026-11-27T01:00:00.000Z'); // 24 business hours, 8 a day: Tue 9:00 → Thu 17:00 Pacific
    expect(lookup.tickets['9001']!.toolDue).toEqual([
      expect.objectContaining({
        toolName: 'HubSpot',
        dueAt: '2026-11-27T01:03:00.000Z',
        status: 'Active SLA',
        comparison: expect.objectContaining({ differs: false, handbookIs: 'same' }),
      }),
    ]);
    expect(lookup.tickets['9002']!.toolDue![0]!.comparison).toMatchObject({ differs: true, handbookIs: 'later' });
    expect(lookup.tickets['9003']!.toolDue![0]).toMatchObject({ handbookDueAt: null, comparison: null });
  });

  it('a policy’s own tolerance decides what differs', async () => {
    const policy = { ...sourcegraph, sla: { ...sourcegraph.sla!, toolDueToleranceMinutes: 0 } };
    const ticket = caseRow({ tool: 'hubspot', ticketId: '9001', account: null, toolDue: [{ metric: 'first-response', due: '11/26/2026 5:03 PM', status: null }] });
    const lookup = await evaluatePageTickets([ticket], deps(null, { policy }));
    expect(lookup.tickets['9001']!.toolDue![0]!.comparison).toMatchObject({ differs: true, handbookIs: 'earlier' });
  });
});

describe('what a page shows that cannot be read', () => {
  it('an unreadable tool due time is named in the warnings and left out of the comparison', async () => {
    const ticket = caseRow({ tool: 'hubspot', ticketId: '9004', account: null, toolDue: [{ metric: 'first-response', due: '<b>soon</b>', status: null }] });
    const lookup = await evaluatePageTickets([ticket], deps(null));
    expect(lookup.tickets['9004']!.toolDue).toEqual([]);
    expect(lookup.tickets['9004']!.warnings.join(' ')).toMatch(/HubSpot's due time: cannot read "<b>soon<\/b>"/);
  });
});

describe('an org whose dates are day first', () => {
  it('reads a list’s dates day first when one of them can only be read so, and says so', async () => {
    const rows = [caseRow({ ticketId: '500Dn000001AaaaIAK', opened: '24/11/2026, 09:00' }), caseRow({ ticketId: '500Dn000001BbbbIAK', opened: '05/11/2026, 09:00' })];
    const lookup = await evaluatePageTickets(rows, deps(known(), { locale: 'en-US' }));
    expect(lookup.tickets['500Dn000001BbbbIAK']!.ticket.createdAt).toBe('2026-11-05T17:00:00.000Z'); // 5 November, 09:00 Pacific
    expect(lookup.tickets['500Dn000001BbbbIAK']!.warnings.join(' ')).toContain("(day first, as the page's dates show)");
  });

  it('where the dates do not tell, follows the page’s language, and says so', async () => {
    const gb = await evaluatePageTickets([caseRow({ opened: '05/11/2026, 09:00' })], deps(known(), { locale: 'en-GB' }));
    expect(gb.tickets['500Dn000001AbCdIAK']!.ticket.createdAt).toBe('2026-11-05T17:00:00.000Z');
    expect(gb.tickets['500Dn000001AbCdIAK']!.warnings.join(' ')).toContain('(day first, as en-GB writes dates)');
    const us = await evaluatePageTickets([caseRow({ opened: '05/11/2026, 09:00' })], deps(known(), { locale: 'en-US' }));
    expect(us.tickets['500Dn000001AbCdIAK']!.ticket.createdAt).toBe('2026-05-11T16:00:00.000Z'); // 11 May, PDT
  });
});

describe('what a page may send', () => {
  it('keeps an account link on the page’s own origin, drops one elsewhere (the id stays), and passes the entitlement on', async () => {
    const here = caseRow({ entitlement: '24/7 Support SLAs' });
    const elsewhere = caseRow({ ticketId: '500Dn000001BbbbIAK', account: { ...here.account!, url: 'https://evil.example/lightning/r/Account/001/view' } });
    const [a, b] = onTheirPage([here, elsewhere], 'https://acme.lightning.force.com');
    expect(a!.account?.url).toBe(here.account!.url);
    expect(b!.account).toEqual({ ...here.account!, url: null });
    const lookup = await evaluatePageTickets([here], deps(known()));
    expect(lookup.tickets['500Dn000001AbCdIAK']!.entitlement).toBe('24/7 Support SLAs');
  });
});
