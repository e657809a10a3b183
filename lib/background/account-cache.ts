import { accountCacheItem } from '../settings/storage';
import type { EvaluatedAccount } from '../messaging/answers';

/** How many accounts the paint-at-once cache keeps; the oldest read goes first. */
export const ACCOUNT_CACHE_LIMIT = 300;

/** Keeps the newest `limit` views by `readAt`. Pure, for tests. */
export function pruneAccounts(cache: Record<string, EvaluatedAccount>, limit = ACCOUNT_CACHE_LIMIT): Record<string, EvaluatedAccount> {
  const entries = Object.entries(cache);
  if (entries.length <= limit) return cache;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.readAt - a.readAt).slice(0, limit));
}

export async function rememberAccounts(accounts: EvaluatedAccount[]): Promise<void> {
  if (!accounts.length) return;
  const cache = { ...(await accountCacheItem.getValue()) };
  for (const account of accounts) cache[account.key] = account;
  await accountCacheItem.setValue(pruneAccounts(cache));
}

export async function recallAccount(key: string): Promise<EvaluatedAccount | null> {
  return (await accountCacheItem.getValue())[key] ?? null;
}
