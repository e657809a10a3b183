/**
 * A tool's API read from its own page with the agent's session: same-origin GETs from the content script, the access
 * path the tool documents (Zendesk; Jira: "browser traffic") or its research notes say works (Freshdesk, Low–Medium:
 * next-tools-and-anchors.md §2c Auth). No host permission and no background request, so no browser's third-party
 * cookie rules stand between Lens and the session.
 *
 * Each batch of the feed is one call of the tool's client (one request per page of rows). The background keeps the
 * rest (lib/background/api-tickets.ts `ApiTicketMemory`): the per-origin back-off (asked
 * first: a 429's `Retry-After` holds across reloads) and the last good tickets, shown stale while the tool fails.
 */
import type { FetchProblem, TicketLookup } from '../messaging/answers';
import type { ApiOutcome, ApiTicket, GetJson, TicketApiClient } from '../sites/page-data';
import type { PageMatch, Tool } from '../sites/types';

export interface SessionApiDeps {
  client: TicketApiClient<Tool>;
  get: GetJson;
  /** The page the badges are on now (its match and URL), or null between pages. */
  page: () => { match: PageMatch; url: URL } | null;
  /** The background's back-off for this origin: the problem to answer with, or null to ask (the `askApiGate` message). */
  gate: (fresh: boolean) => Promise<FetchProblem | null>;
  /**
   * The background evaluates the batch: what was read, and how the request went (the `evaluateApiTickets` message);
   * `mine`: every id of the agent's own open tickets, when the batch is some of them.
   */
  evaluate: (ticketIds: string[], tickets: ApiTicket<Tool>[], outcome: ApiOutcome, mine?: string[]) => Promise<TicketLookup>;
  /** How many tickets a batch holds (the adapter's `batchSize`). */
  batchSize: number;
}

export interface SessionApiSource {
  /** The feed's `lookup`: the batch's tickets as the tool's API gives them now, else as last read. */
  lookup(ticketIds: string[], fresh: boolean): Promise<TicketLookup>;
  /**
   * The agent's own open tickets (the background asks, to watch them): listed by the tool's client, read in batches
   * like a page's rows, and sent with `mine`. False where the client has no such list; nothing is sent while the
   * origin backs off or the list cannot be read (the watch list keeps what it had).
   */
  refreshMine(limit: number, page: PageMatch, url: URL): Promise<boolean>;
}

/**
 * @example const source = createSessionApiSource({ client: JSM_CLIENT, get, page, gate, evaluate });
 */
export function createSessionApiSource(deps: SessionApiDeps): SessionApiSource {
  return {
    async lookup(ticketIds, fresh) {
      const shown = deps.page();
      // Between two pages there is nothing to ask for: the feed keeps what its badges show.
      if (!shown) throw new Error('no page');
      const blocked = await deps.gate(fresh);
      if (blocked) return deps.evaluate(ticketIds, [], { kind: 'blocked', problem: blocked });
      const batch = await deps.client.fetchTickets(deps.get, ticketIds, shown.match, shown.url);
      return batch.ok ? deps.evaluate(ticketIds, batch.tickets, { kind: 'read' }) : deps.evaluate(ticketIds, [], { kind: 'failed', problem: batch.problem });
    },
    async refreshMine(limit, page, url) {
      const { client } = deps;
      if (!client.fetchMine) return false;
      if (await deps.gate(false)) return true;
      const mine = await client.fetchMine(deps.get, limit);
      if (!mine.ok) return true;
      // No ids is an answer too: none of the agent's tickets is open any more.
      const batches = mine.ticketIds.length ? [] : [[] as string[]];
      for (let i = 0; i < mine.ticketIds.length; i += deps.batchSize) batches.push(mine.ticketIds.slice(i, i + deps.batchSize));
      for (const ids of batches) {
        if (ids.length === 0) {
          await deps.evaluate([], [], { kind: 'read' }, []);
          continue;
        }
        if (await deps.gate(false)) break;
        const batch = await client.fetchTickets(deps.get, ids, page, url);
        await deps.evaluate(ids, batch.ok ? batch.tickets : [], batch.ok ? { kind: 'read' } : { kind: 'failed', problem: batch.problem }, mine.ticketIds);
      }
      return true;
    },
  };
}
