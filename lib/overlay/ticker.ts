/**
 * One shared clock for every countdown on a page: it ticks each second while any subscriber needs seconds
 * (a due time under an hour away), otherwise each minute, on the boundary. Timers come from the caller
 * (the content script passes `lifecycleTimeout`), so the ticker dies with the content script's context.
 */
export type Schedule = (fn: () => void, ms: number) => () => void;

export interface Ticker {
  subscribe(listener: () => void): () => void;
  /** The time of the last tick (stable between ticks, as `useSyncExternalStore` needs). */
  now(): number;
  /** Ask for second ticks while `wantsSeconds` says so; returns the release function. */
  demandSeconds(wantsSeconds: () => boolean): () => void;
  /** Reads the demands again now (a subscriber's need for seconds changed between ticks, e.g. new data came). */
  reconsider(): void;
}

export function createTicker(schedule: Schedule, clock: () => number = Date.now): Ticker {
  const listeners = new Set<() => void>();
  const demands = new Set<() => boolean>();
  let current = clock();
  let cancel: (() => void) | null = null;

  const period = () => ([...demands].some((d) => d()) ? 1_000 : 60_000);
  const arm = () => {
    cancel?.();
    cancel = null;
    if (!listeners.size) return;
    const p = period();
    const wait = p - (clock() % p) + 5; // land just after the boundary so "59s" never shows twice
    cancel = schedule(tick, wait);
  };
  const tick = () => {
    current = clock();
    for (const l of [...listeners]) l();
    arm();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        current = clock();
        arm();
      }
      return () => {
        listeners.delete(listener);
        if (!listeners.size) {
          cancel?.();
          cancel = null;
        }
      };
    },
    now: () => current,
    demandSeconds(wantsSeconds) {
      demands.add(wantsSeconds);
      arm();
      return () => {
        demands.delete(wantsSeconds);
      };
    },
    reconsider: () => arm(),
  };
}
