import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { accountCache, ACCOUNT_CACHE_LIMIT, ACCOUNT_CACHE_WRITE_MS, recallAccount, rememberAccounts } from '../../lib/background/account-cache';
import type { EvaluatedAccount } from '../../lib/messaging/answers';
import { accountCacheItem } from '../../lib/settings/storage';

// The worker's cache of accounts read lately (lib/background/account-cache.ts): in memory, written behind.
const account = (recordId: string, readAt: number) => ({ key: `salesforce:${recordId}`, tool: 'salesforce', recordId, readAt }) as unknown as EvaluatedAccount;

describe('the account cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    accountCache.reset();
    vi.useRealTimers();
  });

  it('answers from memory at once, and writes storage once per burst, after ACCOUNT_CACHE_WRITE_MS', async () => {
    vi.useFakeTimers();
    const writes = vi.spyOn(accountCacheItem, 'setValue');
    for (let i = 0; i < 50; i++) await rememberAccounts([account(`A${i}`, i)]);
    expect((await recallAccount('salesforce:A7'))?.readAt).toBe(7);
    expect(writes).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(ACCOUNT_CACHE_WRITE_MS);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(Object.keys(await accountCacheItem.getValue())).toHaveLength(50);
  });

  it('concurrent remembers (two tabs) lose nothing', async () => {
    await Promise.all(Array.from({ length: 40 }, (_, i) => rememberAccounts([account(`B${i}`, i)])));
    await accountCache.flush();
    expect(Object.keys(await accountCacheItem.getValue())).toHaveLength(40);
  });

  it('keeps the newest ACCOUNT_CACHE_LIMIT, and a new worker reads what was written', async () => {
    for (let i = 0; i < ACCOUNT_CACHE_LIMIT + 20; i++) await rememberAccounts([account(`C${i}`, i)]);
    await accountCache.flush();
    accountCache.reset();
    expect(await recallAccount('salesforce:C0')).toBeNull();
    expect((await recallAccount(`salesforce:C${ACCOUNT_CACHE_LIMIT + 19}`))?.readAt).toBe(ACCOUNT_CACHE_LIMIT + 19);
    expect(Object.keys(await accountCacheItem.getValue())).toHaveLength(ACCOUNT_CACHE_LIMIT);
  });
});
