/**
 * The ticket badge's details copy the ticket's summary (issue 14): its name, severity, every SLA target with its state
 * and due time in the agent's zone, then the organization's account summary, or why it is unknown. Drawn in a linkedom
 * shadow root (the popover itself is the browser's: the details are filled as it would open them).
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Ticket } from '../../lib/domain/ticket';
import { accountKey, type EvaluatedAccount, type EvaluatedTicket } from '../../lib/messaging/answers';
import { TicketBadge, type BadgeData } from '../../lib/overlay/badges/ticket-badge';
import { evaluateTicketSla } from '../../lib/policy';
import { account, evaluateAt, sourcegraph } from '../policy/helpers';

const { window, document } = parseHTML('<!DOCTYPE html><html><body><div id="host"></div></body></html>');
vi.stubGlobal('document', document);
const nav: { clipboard?: { writeText: (text: string) => Promise<void> } } = {};
vi.stubGlobal('navigator', nav);
afterEach(() => {
  delete nav.clipboard;
  vi.useRealTimers();
});

const NOW = Date.parse('2026-11-18T19:00:00Z'); // Wed 18 Nov 2026 11:00 PST
const ticket: Ticket = {
  id: '1042',
  subject: 'Search is down',
  severity: 1,
  status: 'open',
  createdAt: '2026-11-16T18:00:00.000Z', // Mon 16 Nov 10:00 PST
  firstResponseAt: null,
  resolvedAt: null,
  pauses: [],
};
const acme = account({ name: 'Acme Corp', packages: ['slack-support'] });
const evaluated = (over: Partial<EvaluatedTicket> = {}): EvaluatedTicket => ({
  ticketId: '1042',
  ticket,
  warnings: [],
  organizationKey: 'zendesk:org-1',
  sla: evaluateTicketSla(ticket, acme, sourcegraph, { now: NOW }),
  ...over,
});
const organization: EvaluatedAccount = {
  key: accountKey('zendesk', 'org-1'),
  tool: 'zendesk',
  recordId: 'org-1',
  url: null,
  evaluation: evaluateAt(acme, sourcegraph, NOW),
  unrecognizedPackages: [],
  readAt: NOW,
  source: 'api',
};

/** The badge's details as they open, and what Copy puts on the clipboard at `NOW`. */
async function copied(data: Partial<BadgeData>, label = 'Copy'): Promise<string> {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  const writeText = vi.fn(async (_text: string) => {});
  nav.clipboard = { writeText };
  const host = document.createElement('div');
  const badge = new TicketBadge('1042', host.attachShadow({ mode: 'open' }) as unknown as ShadowRoot);
  const full: BadgeData = { evaluated: evaluated(), organization, calendars: sourcegraph.sla!.calendars, problem: null, staleSince: null, loading: false, onRetry: null, ...data };
  badge.render(full, { localZone: 'America/New_York', hour12: false }, NOW);
  (badge as unknown as { fillDetails(): void }).fillDetails();
  const button = [...host.shadowRoot!.querySelectorAll('.el-badge__copy button')].find((b) => b.textContent === label)!;
  button.dispatchEvent(new window.Event('click', { bubbles: true }));
  await Promise.resolve();
  expect(writeText).toHaveBeenCalledTimes(1);
  return writeText.mock.calls[0]![0];
}

describe('the ticket badge’s Copy', () => {
  it('copies the ticket with its targets in the agent’s zone, then its organization', async () => {
    const [ticketPart, accountPart] = (await copied({})).split('\n\n');
    expect(ticketPart!.split('\n')).toEqual([
      'Ticket 1042 · Sev 1',
      'First response (24 h, business): On track · 7h 00m · due Thu, Nov 19, 13:00 EST',
      'Resolution (72 h, business): On track · 55h 00m · due Fri, Nov 27, 13:00 EST',
      'Internal 1-hour goal (1 h, internal): Breached · −30h 00m · due Mon, Nov 16, 14:00 EST',
    ]);
    expect(accountPart!.split('\n')[0]).toBe('Acme Corp · Enterprise · ARR $250,000 · Self-hosted');
    expect(accountPart).toContain('\nSupport Engineering in Slack: Allowed · via Slack Support\n');
  });

  it('Copy as Markdown copies the Markdown variant', async () => {
    expect((await copied({}, 'Copy as Markdown')).split('\n')[0]).toBe('**Ticket 1042** · Sev 1');
  });

  it('without its organization, says why the entitlements are unknown', async () => {
    const none = await copied({ organization: null, evaluated: evaluated({ organizationKey: null }) });
    expect(none.split('\n').at(-1)).toBe('Account: none on this ticket: entitlements unknown');
    const unseen = await copied({
      organization: null,
      evaluated: evaluated({ account: { tool: 'salesforce', recordId: '001A', name: 'Globex', url: null, known: false } }),
    });
    expect(unseen.split('\n').at(-1)).toBe('Account: “Globex” not known to Lens yet: Slack and entitlements unknown');
  });
});
