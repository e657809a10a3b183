/**
 * Zendesk's client (lib/sites/zendesk/client.ts), read from the page with the agent's session: `show_many`, a request
 * per 100 ids, with organizations, metric sets and Zendesk's own SLA targets side-loaded (real-markup-notes.md §4.4,
 * §4.5; the reply is test/fixtures/zendesk/api/show-many.json). Then the background's evaluation of what it read:
 * severity from the administrator's custom field before the priority, and the organization's attributes.
 */
import { describe, expect, it } from 'vitest';
import { evaluateApiTickets } from '../../lib/background/api-tickets';
import type { FetchResult } from '../../lib/http/fetch-json';
import { PRESETS } from '../../lib/policy';
import { ZENDESK_CLIENT } from '../../lib/sites/zendesk/client';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';
import { readFixture } from '../fixtures/dom';

const ORIGIN = 'https://acme.zendesk.com';
const page = { tool: 'zendesk', kind: 'ticket-list', recordId: '1' } as const;
const url = new URL(`${ORIGIN}/agent/filters/1`);
const showMany = () => JSON.parse(readFixture('zendesk/api/show-many.json')) as { tickets: Array<Record<string, unknown>> };

function fakeGet(answers: FetchResult[]) {
  const paths: string[] = [];
  return {
    paths,
    get: async (path: string): Promise<FetchResult> => {
      paths.push(path);
      return answers.shift() ?? { ok: true, json: { tickets: [], organizations: [] } };
    },
  };
}

describe('Zendesk’s client', () => {
  it('asks for 250 tickets in three requests of at most 100, with organizations, metric sets and SLAs side-loaded', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(2000 + i));
    const { get, paths } = fakeGet([]);
    const batch = await ZENDESK_CLIENT.fetchTickets(get, ids, page, url);
    expect(batch).toEqual({ ok: true, tickets: [] });
    expect(paths).toHaveLength(3);
    expect(paths[0]).toMatch(/^\/api\/v2\/tickets\/show_many\.json\?ids=2000,.*,2099&include=organizations,metric_sets,slas$/);
    expect(paths[2]).toMatch(/ids=2200,.*,2249&/);
  });

  it('never puts an id that is not a number into a path', async () => {
    const { get, paths } = fakeGet([]);
    await ZENDESK_CLIENT.fetchTickets(get, ['1001', '1,2&include=users', '../x'], page, url);
    expect(paths).toEqual(['/api/v2/tickets/show_many.json?ids=1001&include=organizations,metric_sets,slas']);
  });

  it('reads each ticket with its organization (linked on the page’s origin) and its custom fields', async () => {
    const { get } = fakeGet([{ ok: true, json: showMany() }]);
    const batch = await ZENDESK_CLIENT.fetchTickets(get, ['1001', '1003'], page, url);
    if (!batch.ok) throw new Error('expected tickets');
    const first = batch.tickets.find((t) => t.ticket.ticketId === '1001')!;
    expect(first.account?.url).toBe(`${ORIGIN}/agent/organizations/${first.account?.recordId}`);
    expect(first.customFields?.['360000000101']).toBe('sev_1');
    expect(batch.tickets.find((t) => t.ticket.ticketId === '1003')!.account).toBeNull();
  });

  it('says what went wrong, as the request said it; a reply not shaped as tickets is malformed', async () => {
    const refused = {
      ok: false,
      problem: { kind: 'session-expired', message: 'Your session has expired. Sign in again in this tab, then retry.', status: 401, retryAt: null },
    } as const;
    expect(await ZENDESK_CLIENT.fetchTickets(fakeGet([refused]).get, ['1001'], page, url)).toEqual(refused);
    expect(await ZENDESK_CLIENT.fetchTickets(fakeGet([{ ok: true, json: { users: [] } }]).get, ['1001'], page, url)).toMatchObject({ ok: false, problem: { kind: 'malformed' } });
  });
});

describe('the background’s evaluation of what Zendesk’s client read', () => {
  const NOW = Date.parse('2024-03-04T17:30:00Z');
  const evaluateWith = async (severityFieldId: string | null, priority: string) => {
    const json = showMany();
    json.tickets = json.tickets.map((t) => ({ ...t, priority }));
    const batch = await ZENDESK_CLIENT.fetchTickets(fakeGet([{ ok: true, json }]).get, ['1001'], page, url);
    if (!batch.ok) throw new Error('expected tickets');
    return evaluateApiTickets(batch.tickets, {
      now: NOW,
      policy: PRESETS.sourcegraph,
      holidays: {},
      severityFieldId,
      mapping: async (tool) => DEFAULT_FIELD_MAPPINGS[tool],
      matchOrganization: async () => ({ entry: null, by: null, candidates: 0, account: null }),
    });
  };

  it('reads severity from the administrator’s custom field before the priority', async () => {
    expect((await evaluateWith('360000000101', 'low')).tickets['1001']!.ticket.severity).toBe(1); // "sev_1", though the priority says low
    expect((await evaluateWith(null, 'low')).tickets['1001']!.ticket.severity).toBe(2);
  });

  it('evaluates the organization’s fields', async () => {
    const lookup = await evaluateWith(null, 'urgent');
    const org = lookup.organizations[lookup.tickets['1001']!.organizationKey!]!;
    expect(org.evaluation.segment).toBe('Enterprise');
    expect(org.source).toBe('api');
  });
});
