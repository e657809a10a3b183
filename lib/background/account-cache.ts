import { accountCacheItem } from '../settings/storage';
import type { EvaluatedAccount } from '../messaging/answers';

/** How many accounts the paint-at-once cache keeps; the oldest read goes first. */
export const ACCOUNT_CACHE_LIMIT = 300;
/** How long a change waits before it is written: a burst of records read (a view's companies) is one write. */
export const ACCOUNT_CACHE_WRITE_MS = 250;

/** Keeps the newest `limit` views by `readAt`. Pure, for tests. */
export function pruneAccounts(cache: Record<string, EvaluatedAccount>, limit = ACCOUNT_CACHE_LIMIT): Record<string, EvaluatedAccount> {
  const entries = Object.entries(cache);
  if (entries.length <= limit) return cache;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.readAt - a.readAt).slice(0, limit));
}

/**
 * The accounts Lens read lately, kept in the worker's memory and written to storage behind it. The stored item holds
 * up to 300 evaluations (a few MB of JSON): read, changed and written whole at every record an agent opened, it cost
 * each `evaluateAccount` the serialisation of all of them (`memory.serviceWorkerMB` took minutes for 10,000
 * evaluations, test/bench/PERFORMANCE.md), and two tabs' messages could each write over the other's change. Now the
 * worker reads it once, changes it in memory (one owner, no lost update) and writes it once per burst. A worker stopped
 * within `ACCOUNT_CACHE_WRITE_MS` of a change loses that change of the cache only: the page is read again next time.
 */
class AccountCache {
  private cache: Promise<Record<string, EvaluatedAccount>> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  private load(): Promise<Record<string, EvaluatedAccount>> {
    return (this.cache ??= accountCacheItem.getValue().then((stored) => ({ ...stored })));
  }

  async remember(accounts: readonly EvaluatedAccount[]): Promise<void> {
    if (!accounts.length) return;
    const cache = await this.load();
    for (const account of accounts) cache[account.key] = account;
    // Pruned in place: a call that awaited the same object before this one still writes into the one kept.
    const kept = pruneAccounts(cache);
    if (kept !== cache) for (const key of Object.keys(cache)) if (!(key in kept)) delete cache[key];
    this.timer ??= setTimeout(() => void this.flush(), ACCOUNT_CACHE_WRITE_MS);
  }

  async recall(key: string): Promise<EvaluatedAccount | null> {
    return (await this.load())[key] ?? null;
  }

  /** Writes the cache now (the timer's job; tests call it). */
  async flush(): Promise<void> {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.cache) await accountCacheItem.setValue(await this.cache);
  }

  /** Forgets what is in memory (tests: a new worker reads storage again). */
  reset(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.cache = null;
  }
}

/** The worker's one cache. */
export const accountCache = new AccountCache();

export const rememberAccounts = (accounts: EvaluatedAccount[]): Promise<void> => accountCache.remember(accounts);

export const recallAccount = (key: string): Promise<EvaluatedAccount | null> => accountCache.recall(key);
