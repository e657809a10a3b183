import { describe, expect, it } from 'vitest';
import { isLeftoverTicket, type LastTicketRead } from '../../lib/overlay/leftover-ticket';
import type { RawPageTicket } from '../../lib/sites/types';
import { parseFixtureHtml } from '../fixtures/dom';

const doc = parseFixtureHtml('<div id="a"></div><div id="b"></div>');
const header = doc.getElementById('a')!;
const other = doc.getElementById('b')!;
const shown = (ticketId: string, priority: string): RawPageTicket => ({
  tool: 'salesforce',
  ticketId,
  label: '00001001',
  subject: null,
  priority,
  status: 'New',
  opened: '11/28/2026, 9:14 AM',
  account: { tool: 'salesforce', recordId: '001Dn00000AbCdEIAZ', name: 'Stark', url: null },
  entitlement: null,
  toolDue: [],
  missing: [],
});

describe('a ticket page read under the next ticket’s URL is the previous ticket’s DOM', () => {
  it('refuses a read of B from the same place showing what A showed, and accepts B once the page shows B', () => {
    const last: { current: LastTicketRead | null } = { current: null };
    expect(isLeftoverTicket(last, 'A', header, shown('A', 'High'))).toBe(false);
    expect(isLeftoverTicket(last, 'B', header, shown('B', 'High'))).toBe(true); // A's values, B's URL
    expect(isLeftoverTicket(last, 'B', header, shown('B', 'Low'))).toBe(false); // B rendered
    expect(isLeftoverTicket(last, 'B', header, shown('B', 'Low'))).toBe(false); // and stays accepted
  });

  it('accepts the same values in another place (another workspace), and reads that show no ticket', () => {
    const last: { current: LastTicketRead | null } = { current: null };
    expect(isLeftoverTicket(last, 'A', header, shown('A', 'High'))).toBe(false);
    expect(isLeftoverTicket(last, 'B', other, shown('B', 'High'))).toBe(false);
    expect(isLeftoverTicket(last, 'C', other, undefined)).toBe(false);
  });
});
