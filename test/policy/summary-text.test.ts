import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../lib/domain/ticket';
import { evaluateTicketSla, type SlaDecision } from '../../lib/policy';
import { countdown } from '../../lib/policy/sla-countdown';
import { accountSummary, escapeMarkdown, ticketSummary, type SummaryFormat } from '../../lib/policy/summary-text';
import { account, evaluateAt, sourcegraph } from './helpers';

// The copied summary (issue 14, "Copy as text") over evaluations made by the real engine and the sourcegraph preset.
const NOW = Date.parse('2026-11-18T19:00:00Z'); // Wed 18 Nov 2026 11:00 PST
const calendars = sourcegraph.sla!.calendars;
const summary = (a = account(), format: SummaryFormat = 'text') => accountSummary(evaluateAt(a, sourcegraph, NOW), { format, now: NOW });
const lines = (text: string) => text.split('\n');
const ticket = (overrides: Partial<Ticket> = {}): Ticket => ({
  id: '1042',
  subject: 'Search is down',
  severity: 1,
  status: 'open',
  createdAt: '2026-11-16T18:00:00.000Z', // Mon 16 Nov 10:00 PST
  firstResponseAt: null,
  resolvedAt: null,
  pauses: [],
  ...overrides,
});
const sla = (t: Ticket, a = account()) => ({
  ticketLabel: 'Ticket 1042',
  decisions: evaluateTicketSla(t, a, sourcegraph, { now: NOW }),
  live: (d: SlaDecision) => countdown(d, calendars, NOW),
});

/** An Enterprise customer on Kubernetes with Slack Support and Implementation Services, mid-implementation. */
const acme = account({
  name: 'Acme Corp',
  infrastructure: { kubernetes: true, externalServices: false },
  packages: ['slack-support', 'implementation-services'],
  implementation: { start: '2026-11-01', end: '2026-12-01', exempt: false },
});

describe('an account in a dozen lines, in the panel’s words', () => {
  it('says who the customer is, Slack with its package, the discount and approvers, packages, offerings and the policy', () => {
    expect(summary(acme)).toBe(
      [
        'Acme Corp · Enterprise · ARR $250,000 · Self-hosted',
        'Support Engineering in Slack: Allowed · via Slack Support',
        'Account team in Slack: Allowed · via Slack Support',
        'Discount: Discount available · Approval: PS leadership, TS leadership, Sales leadership',
        'Packages: Slack Support, Implementation Services',
        'Included: Slack Account Management (with Slack Support)',
        'Can be sold: Managed Services, Dedicated Support',
        'Not offered: Resident Architect, 24/7 Support SLAs',
        'Implementation: Mandatory · Day 18 of 30',
        'Policy: Sourcegraph v1.0.0 · no warnings',
      ].join('\n'),
    );
  });

  it('says what is unknown as unknown: name, segment, ARR, deployment, packages, discount, Slack', () => {
    const text = summary(account({ name: null, segment: null, arr: null, deployment: null, packages: null, slackOptOut: null }));
    expect(lines(text)[0]).toBe('Account name unknown · Segment unknown · ARR unknown · Deployment unknown');
    expect(lines(text)).toEqual(
      expect.arrayContaining(['Support Engineering in Slack: Cannot tell', 'Account team in Slack: Cannot tell', 'Discount: Cannot tell', 'Packages: unknown (could not be read)']),
    );
    // Offerings that cannot be decided are listed as such, not dropped.
    expect(text).toMatch(/^Cannot tell: .*Slack Support/m);
  });

  it('an Enterprise account with unknown ARR: the discount cannot be told', () => {
    const text = summary(account({ arr: null }));
    expect(lines(text)[0]).toBe('Acme · Enterprise · ARR unknown · Self-hosted');
    expect(text).toContain('\nDiscount: Cannot tell\n');
  });

  it('no Slack package: "No Slack with this customer", and each right not allowed', () => {
    const text = summary(account({ packages: [] }));
    expect(lines(text).slice(1, 4)).toEqual(['Slack: No Slack with this customer', 'Support Engineering in Slack: Not allowed', 'Account team in Slack: Not allowed']);
    expect(text).toContain('\nPackages: none\n');
  });

  it('an opt-out says so, with the renewal at which the channel goes', () => {
    const text = summary(account({ packages: ['slack-support'], slackOptOut: true, renewalDate: '2026-12-15' }));
    expect(lines(text)[1]).toBe('Slack: No Slack: the customer opted out. Channel deprovisioned at renewal (15 Dec 2026).');
  });

  it('a right granted for a while names the package and until when', () => {
    const text = summary(account({ packages: ['implementation-services'], implementation: { start: '2026-11-01', end: '2026-12-15', exempt: false } }));
    expect(text).toMatch(/^Account team in Slack: Allowed · via Implementation Services · until 15 Dec 2026$/m);
  });

  it.each([
    // segment, ARR → the discount line
    ['Enterprise', 250_000, 'Discount: Discount available · Approval: PS leadership, TS leadership, Sales leadership'],
    ['Strategic', null, 'Discount: Discount available · Approval: PS leadership, TS leadership, Sales leadership'],
    ['Enterprise', 100_000, 'Discount: No discount'],
    ['SMB', 5_000_000, 'Discount: Not applicable'],
  ] as const)('%s at ARR %s: "%s"', (segment, arr, line) => {
    expect(lines(summary(account({ segment, arr })))).toContain(line);
  });

  it('counts the warnings the panel lists', () => {
    // Mandatory Implementation Services not purchased is a warning (lib/policy/implementation.ts).
    const text = summary(account({ infrastructure: { kubernetes: true, externalServices: false } }));
    expect(lines(text).at(-1)).toBe('Policy: Sourcegraph v1.0.0 · ⚠ 1 warning');
    expect(text).toContain('\nImplementation: Mandatory, not purchased\n');
  });

  it('stays compact: a dozen lines or so', () => {
    expect(lines(summary(acme)).length).toBeLessThanOrEqual(13);
  });
});

describe('with a ticket: its SLA targets, state, time left and due times', () => {
  it('counts each target at `now` on its calendar and shows the due time in the viewer’s zone', () => {
    const text = accountSummary(evaluateAt(acme, sourcegraph, NOW), { format: 'text', now: NOW, zone: 'America/New_York', hour12: false, sla: sla(ticket(), acme) });
    const slaLines = lines(text.split('\n\n')[1]!);
    expect(slaLines).toEqual([
      'Ticket 1042 · Sev 1',
      // Wed 11:00 → 17:00 PST, then Thu 9:00 → 10:00: seven business hours.
      'First response (24 h, business): On track · 7h 00m · due Thu, Nov 19, 13:00 EST',
      'Resolution (72 h, business): On track · 55h 00m · due Fri, Nov 27, 13:00 EST',
      'Internal 1-hour goal (1 h, internal): Breached · −30h 00m · due Mon, Nov 16, 14:00 EST',
      'Policy: Sourcegraph v1.0.0 · no warnings',
    ]);
  });

  it('later, the same targets are at risk and then breached', () => {
    const decisions = sla(ticket()).decisions;
    const at = (iso: string) =>
      ticketSummary({ ticketLabel: 'Ticket 1042', decisions, live: (d) => countdown(d, calendars, Date.parse(iso)) }, null, {
        format: 'text',
        now: Date.parse(iso),
        zone: 'America/Los_Angeles',
        hour12: false,
      });
    expect(at('2026-11-19T17:30:00Z')).toContain('First response (24 h, business): At risk · 30m 00s · due Thu, Nov 19, 10:00 PST'); // Thu 9:30 PST
    expect(at('2026-11-19T20:00:00Z')).toContain('First response (24 h, business): Breached · −2h 00m'); // Thu 12:00 PST
  });

  it('met, without a deadline, see contract, and unknown each say so', () => {
    const met = ticketSummary(sla(ticket({ firstResponseAt: '2026-11-17T18:00:00Z' })), null, { format: 'text', now: NOW, zone: 'UTC', hour12: false });
    expect(met).toMatch(/^First response \(24 h, business\): Met · /m);
    const sev2 = ticketSummary(sla(ticket({ severity: 2 })), null, { format: 'text', now: NOW });
    expect(lines(sev2)[0]).toBe('Ticket 1042 · Sev 2');
    expect(sev2).toContain('\nResolution: No deadline\n');
    const custom = ticketSummary(sla(ticket(), account({ packages: ['enterprise-plus'] })), null, { format: 'text', now: NOW });
    expect(custom).toContain('\nFirst response: See contract\n');
    const unknown = ticketSummary(sla(ticket({ severity: null })), null, { format: 'text', now: NOW });
    expect(lines(unknown)[0]).toBe('Ticket 1042 · severity unknown');
    expect(unknown).toContain('\nFirst response: Unknown (Severity unknown: the target cannot be chosen)\n');
  });

  it('a ticket without a known account says its entitlements are unknown, in the badge’s words when given', () => {
    const text = ticketSummary(sla(ticket()), null, { format: 'text', now: NOW, zone: 'UTC' });
    expect(lines(text).at(-1)).toBe('Account: not known to Lens: Slack and entitlements unknown');
    const noted = ticketSummary(sla(ticket()), null, { format: 'text', now: NOW, accountNote: 'No account on this ticket: entitlements unknown' });
    expect(lines(noted).at(-1)).toBe('Account: No account on this ticket: entitlements unknown');
  });

  it('a ticket with its organization: the ticket first, then the account, apart by a blank line', () => {
    const text = ticketSummary(sla(ticket(), acme), evaluateAt(acme, sourcegraph, NOW), { format: 'text', now: NOW, zone: 'UTC' });
    const [first, second] = text.split('\n\n');
    expect(lines(first!)[0]).toBe('Ticket 1042 · Sev 1');
    expect(lines(second!)[0]).toBe('Acme Corp · Enterprise · ARR $250,000 · Self-hosted');
    expect(lines(second!).at(-1)).toBe('Policy: Sourcegraph v1.0.0 · no warnings');
  });
});

describe('Markdown', () => {
  it('bold heading, one bullet per fact with a bold label, and the same facts as the text', () => {
    const md = summary(acme, 'markdown');
    expect(lines(md).slice(0, 3)).toEqual([
      '**Acme Corp** · Enterprise · ARR $250,000 · Self-hosted',
      '- **Support Engineering in Slack:** Allowed · via Slack Support',
      '- **Account team in Slack:** Allowed · via Slack Support',
    ]);
    // Undo the Markdown and the plain text comes back: the two variants never say different things.
    const plain = md.replace(/^\*\*(.+?)\*\*/gm, '$1').replace(/^- \*\*(.+?):\*\* /gm, '$1: ');
    expect(plain).toBe(summary(acme, 'text'));
  });

  it('escapes a hostile account name, so it reads as typed and cannot become a link, markup or emphasis', () => {
    const name = '*Big* _Co_ [win](https://evil.example) <img src=x> | # $5 & \\ ~x~ `y`';
    const heading = lines(summary(account({ name }), 'markdown'))[0];
    expect(heading).toBe('**\\*Big\\* \\_Co\\_ \\[win\\](https://evil.example) \\<img src=x\\> \\| \\# \\$5 \\& \\\\ \\~x\\~ \\`y\\`** · Enterprise · ARR $250,000 · Self-hosted');
  });

  it('escapes the policy’s words too (a package named with markup)', () => {
    const md = accountSummary({ ...evaluateAt(acme, sourcegraph, NOW), purchased: [{ id: 'slack-support', name: 'Slack <Support>' }] }, { format: 'markdown', now: NOW });
    expect(md).toContain('- **Packages:** Slack \\<Support\\>');
    expect(md).toContain('- **Support Engineering in Slack:** Allowed · via Slack \\<Support\\>');
  });

  it('escapeMarkdown backslash-escapes each special character, nothing else', () => {
    expect(escapeMarkdown('a*b_c[d]e<f>g&h|i#j$k~l`m\\n.o-p!')).toBe('a\\*b\\_c\\[d\\]e\\<f\\>g\\&h\\|i\\#j\\$k\\~l\\`m\\\\n.o-p!');
  });
});

describe('values from the CRM are one clean line', () => {
  it('control characters, line breaks and bidirectional overrides become spaces', () => {
    const text = summary(account({ name: 'Acme\n- **Fake:** Slack allowed\r\n\t\u0000\u202eCorp\u2028' }));
    expect(lines(text)[0]).toBe('Acme - **Fake:** Slack allowed Corp · Enterprise · ARR $250,000 · Self-hosted');
    expect(lines(text)).toHaveLength(lines(summary()).length);
  });

  it('a very long name is clipped with an ellipsis', () => {
    const heading = lines(summary(account({ name: 'A'.repeat(3000) })))[0]!;
    expect(heading).toBe(`${'A'.repeat(159)}… · Enterprise · ARR $250,000 · Self-hosted`);
  });

  // The property: whatever a CRM holds in the name, both formats build, keep their shape, carry no control character
  // but their own line breaks, and in Markdown every special character of the name is escaped.
  const SPECIAL = /[\\`*_~[\]<>&|#$]/;
  const SUFFIX = ' · Enterprise · ARR $250,000 · Self-hosted';
  it('any name: never throws, same line count, no control characters, Markdown fully escaped', () => {
    const shape = lines(summary()).length;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (name) => {
        for (const format of ['text', 'markdown'] as const) {
          const text = summary(account({ name }), format);
          expect(lines(text)).toHaveLength(shape);
          expect(text.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
          if (format === 'markdown') {
            const heading = lines(text)[0]!;
            expect(heading.startsWith('**') && heading.endsWith(`**${SUFFIX}`)).toBe(true);
            const shown = heading.slice(2, -(SUFFIX.length + 2));
            expect(shown.replace(/\\[\\`*_~[\]<>&|#$]/g, '')).not.toMatch(SPECIAL);
          }
        }
      }),
      { numRuns: 500, seed: 20261118 },
    );
  });
});
