import { describe, expect, it } from 'vitest';
import { ApiTicketMemory } from '../../lib/background/api-tickets';
import type { FetchProblem } from '../../lib/http/problem';
import type { ApiTicket } from '../../lib/sites/page-data';
import type { Tool } from '../../lib/sites/types';

// The background's last good tickets (lib/background/api-tickets.ts): bounded, the longest unread going first.
const ORIGIN = 'https://acme.zendesk.com';
const item = (ticketId: string): ApiTicket<Tool> => ({
  ticket: {
    tool: 'zendesk',
    ticketId,
    subject: `#${ticketId}`,
    priority: 'high',
    severityField: null,
    status: 'open',
    createdAt: null,
    firstResponseAt: null,
    resolvedAt: null,
    organizationId: null,
  },
  label: null,
  account: null,
  organization: null,
  statusSince: null,
});
const refused: FetchProblem = { kind: 'server-error', message: 'Zendesk failed', status: 500, retryAt: null };
const read = (memory: ApiTicketMemory, ids: string[], now: number) => memory.settle(ORIGIN, ids, ids.map(item), { kind: 'read' }, now);
/** What the memory still holds: asked while the tool fails, a ticket it holds comes back stale, one it dropped is missing. */
const held = (memory: ApiTicketMemory, ids: string[]) => memory.settle(ORIGIN, ids, [], { kind: 'failed', problem: refused }, 9_999).items.map((i) => i.ticket.ticketId);

describe('ApiTicketMemory', () => {
  it('keeps at most `limit` tickets: the longest unread are dropped first, a ticket read again is kept', () => {
    const memory = new ApiTicketMemory(3);
    read(memory, ['1', '2', '3'], 1);
    read(memory, ['1'], 2); // read again: now the newest
    read(memory, ['4'], 3); // over the limit: '2', read longest ago, goes
    expect(held(memory, ['1', '2', '3', '4']).sort()).toEqual(['1', '3', '4']);
  });

  it('keeps 2,000 by default', () => {
    const memory = new ApiTicketMemory();
    const ids = Array.from({ length: 2_500 }, (_, i) => String(i + 1));
    for (let i = 0; i < ids.length; i += 100) read(memory, ids.slice(i, i + 100), i);
    const kept = held(memory, ids);
    expect(kept).toHaveLength(2_000);
    expect(kept[0]).toBe('501');
  });
});
