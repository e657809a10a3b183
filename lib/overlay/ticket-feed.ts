import type { TicketLookup } from '../messaging/answers';

/** What a badge knows of its ticket's batch: the last answer (kept while a refetch runs or fails) and whether one is on its way. */
export interface BatchState {
  lookup: TicketLookup | undefined;
  loading: boolean;
  /** Ask again now, skipping the background's back-off (never a 429's Retry-After: the background keeps that). */
  retry: () => void;
}

export interface TicketFeedOptions {
  /** One request for a batch of ids (the tool's API read from the page, or the page's own tickets evaluated); `fresh` is set by Retry. */
  lookup: (ticketIds: string[], fresh: boolean) => Promise<TicketLookup>;
  /** Called with the ids of a batch whose state changed as a badge shows it (an answer, a failure, a retry of a failed batch starting). */
  onChange: (ticketIds: readonly string[]) => void;
  /** Ids per request (Zendesk's `show_many` takes 100). */
  batchSize: number;
  /** Timers (the content script passes `lifecycleTimeout`, so they die with it). */
  schedule: (fn: () => void, ms: number) => () => void;
  /** Every batch is asked again after this long, while `visible()` says the page is seen. */
  refreshMs: number;
  visible?: () => boolean;
}

interface Batch {
  ids: string[];
  state: BatchState;
  /** Bumped by every fetch: an answer for an older fetch of the batch is dropped. */
  generation: number;
  /** The batch grew (or was created) since its last fetch. */
  dirty: boolean;
}

export interface TicketFeed {
  /** Adds ids not seen before to the batches (the last one fills up to `batchSize`) and fetches what changed, once, in the next microtask. */
  add(ticketIds: Iterable<string>): void;
  /** Asks again, in the next microtask, for the batches holding these ids (the page shows them otherwise now). */
  invalidate(ticketIds: Iterable<string>): void;
  /** The state of the batch holding `ticketId`, or null when the id was never added. */
  get(ticketId: string): BatchState | null;
  stop(): void;
}

/**
 * The ticket data behind every badge of a page, without React: ids are fetched in fixed batches of
 * `batchSize` (one request per batch, never one per row), a batch keeps its ids as rows come and go, so
 * rows that scroll in do not refetch the ones already shown; each batch is refreshed every `refreshMs`
 * while the page is visible. A failed request keeps the batch's last answer.
 * @example const feed = createTicketFeed({ lookup, onChange: repaint, batchSize: 100, schedule, refreshMs: 60_000 });
 */
export function createTicketFeed(options: TicketFeedOptions): TicketFeed {
  const { lookup, onChange, batchSize, schedule, refreshMs, visible = () => true } = options;
  const batches: Batch[] = [];
  const batchOf = new Map<string, Batch>();
  let flushPending = false;
  let stopped = false;
  let cancelRefresh: (() => void) | null = null;

  const fetchBatch = (batch: Batch, fresh: boolean) => {
    if (stopped) return;
    const generation = ++batch.generation;
    batch.dirty = false;
    const ids = batch.ids.slice();
    // Only a batch showing a problem looks different while asking again ("…" instead of the message); a first
    // fetch already shows "…", and a refresh keeps showing the last answer.
    const shows = batch.state.lookup?.problem != null && !batch.state.loading;
    batch.state = { ...batch.state, loading: true };
    if (shows) onChange(batch.ids);
    lookup(ids, fresh).then(
      (answer) => settle(batch, generation, answer),
      () => settle(batch, generation, batch.state.lookup),
    );
  };
  const settle = (batch: Batch, generation: number, answer: TicketLookup | undefined) => {
    if (stopped || generation !== batch.generation) return;
    batch.state = { lookup: answer, loading: false, retry: batch.state.retry };
    onChange(batch.ids);
  };

  const flush = () => {
    flushPending = false;
    for (const batch of batches) if (batch.dirty) fetchBatch(batch, false);
    armRefresh();
  };
  const armRefresh = () => {
    if (cancelRefresh || stopped || batches.length === 0) return;
    cancelRefresh = schedule(() => {
      cancelRefresh = null;
      if (visible()) for (const batch of batches) fetchBatch(batch, false);
      armRefresh();
    }, refreshMs);
  };

  const scheduleFlush = () => {
    if (!flushPending && batches.some((b) => b.dirty)) {
      flushPending = true;
      queueMicrotask(flush);
    }
  };

  return {
    add(ticketIds) {
      if (stopped) return;
      for (const id of ticketIds) {
        if (batchOf.has(id)) continue;
        let last = batches.at(-1);
        if (!last || last.ids.length >= batchSize) {
          const batch: Batch = { ids: [], generation: 0, dirty: true, state: { lookup: undefined, loading: true, retry: () => fetchBatch(batch, true) } };
          batches.push((last = batch));
        }
        last.ids.push(id);
        last.dirty = true;
        batchOf.set(id, last);
      }
      scheduleFlush();
    },
    invalidate(ticketIds) {
      if (stopped) return;
      for (const id of ticketIds) {
        const batch = batchOf.get(id);
        if (batch) batch.dirty = true;
      }
      scheduleFlush();
    },
    get: (ticketId) => batchOf.get(ticketId)?.state ?? null,
    stop() {
      stopped = true;
      cancelRefresh?.();
      cancelRefresh = null;
    },
  };
}
