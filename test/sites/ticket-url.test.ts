import { describe, expect, it } from 'vitest';
import { seenContext } from '../../lib/background/watch';
import { matchPage, TOOLS } from '../../lib/sites/registry';

/**
 * Every tool with tickets names a ticket's page (`ticketUrl`, where a notification's click and the Due-soon list open
 * it), and that page is one its own router reads as that very ticket: checked over the registry, so a tool added later
 * cannot name a page Lens would not recognise.
 */
const SAMPLES: Record<string, { id: string; seenOn: string }> = {
  salesforce: { id: '500Dn00000Case1AAA', seenOn: 'https://acme.lightning.force.com/lightning/o/Case/list?filterName=Recent' },
  hubspot: { id: '8801', seenOn: 'https://app.hubspot.com/contacts/4242/record/0-5/8800' },
  zendesk: { id: '1001', seenOn: 'https://acme.zendesk.com/agent/filters/1' },
  freshdesk: { id: '1002', seenOn: 'https://acme.freshdesk.com/a/tickets/filters/all_tickets' },
  jsm: { id: 'SUP-1003', seenOn: 'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1' },
};

describe('each tool’s ticket page', () => {
  const withTickets = TOOLS.filter((t) => t.tickets);
  it('every tool with tickets has a sample here', () => expect(withTickets.map((t) => t.id).sort()).toEqual(Object.keys(SAMPLES).sort()));

  it.each(withTickets.map((t) => [t.id, t] as const))('%s: ticketUrl is a page its router reads as that ticket, on the origin it was seen on', (id, tool) => {
    const { id: ticketId, seenOn } = SAMPLES[id]!;
    const url = new URL(tool.tickets!.ticketUrl(ticketId, new URL(seenOn)));
    expect(url.origin).toBe(new URL(seenOn).origin);
    expect(matchPage(url, new Map())).toMatchObject({ tool: id, kind: 'ticket', recordId: ticketId });
  });

  it('HubSpot keeps the portal of the page it was seen on', () => {
    const hubspot = TOOLS.find((t) => t.id === 'hubspot')!;
    expect(hubspot.tickets!.ticketUrl('9', new URL('https://app-eu1.hubspot.com/help-desk/777/view/12/ticket/5'))).toBe('https://app-eu1.hubspot.com/contacts/777/record/0-5/9');
  });
});

describe('seenContext', () => {
  it('a ticket page: that ticket is the opened one, and pages are named on its origin', () => {
    const seen = seenContext(new URL('https://acme.zendesk.com/agent/tickets/1001'), 4, new Map())!;
    expect(seen).toMatchObject({ tool: 'zendesk', origin: 'https://acme.zendesk.com', tabId: 4, openedTicketId: '1001' });
    expect(seen.reason).toBeUndefined();
    expect(seen.ticketUrl('1002')).toBe('https://acme.zendesk.com/agent/tickets/1002');
  });
  it('a list: nothing opened; the agent’s own tickets say so', () => {
    expect(seenContext(new URL('https://acme.zendesk.com/agent/filters/1'), undefined, new Map(), 'mine')).toMatchObject({ openedTicketId: null, tabId: null, reason: 'mine' });
  });
  it('an account page or another site: no context', () => {
    expect(seenContext(new URL('https://example.com/agent/tickets/1'), 1, new Map())).toBeNull();
    expect(seenContext(new URL('https://acme.lightning.force.com/lightning/r/Account/001Dn00000SmB001AA/view'), 1, new Map())).toMatchObject({ openedTicketId: null });
  });
});
