import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lifecycleInterval, lifecycleTimeout } from '../../lib/overlay/lifecycle';

// Timers made per navigation or per DOM mutation must not leave an invalidation listener behind each time
// (WXT's ctx.setTimeout/setInterval do: 4 listeners and 1 observer kept alive per record visited, measured in
// test/e2e/hardening-navigation.e2e.test.ts). Counted here on the context itself.
/** The part of WXT's ContentScriptContext these timers use (the real one needs a page: document, window). */
function countingContext() {
  const controller = new AbortController();
  let live = 0;
  const ctx = {
    get isInvalid() {
      return controller.signal.aborted;
    },
    get isValid() {
      return !controller.signal.aborted;
    },
    onInvalidated(cb: () => void) {
      live++;
      controller.signal.addEventListener('abort', cb);
      return () => {
        live--;
        controller.signal.removeEventListener('abort', cb);
      };
    },
    notifyInvalidated: () => controller.abort(),
  };
  return { ctx: ctx as unknown as ContentScriptContext, live: () => live };
}

describe('content-script timers bound to the lifecycle', () => {
  it('a thousand timeouts and intervals, cleared or fired, leave no invalidation listener behind', async () => {
    vi.useFakeTimers();
    const { ctx, live } = countingContext();
    const fired = vi.fn();
    for (let i = 0; i < 500; i++) lifecycleTimeout(ctx, fired, 10)(); // cleared before firing
    for (let i = 0; i < 250; i++) lifecycleTimeout(ctx, fired, 10); // left to fire
    for (let i = 0; i < 250; i++) lifecycleInterval(ctx, fired, 10)(); // cleared
    await vi.advanceTimersByTimeAsync(50);
    expect(fired).toHaveBeenCalledTimes(250);
    expect(live()).toBe(0);
    vi.useRealTimers();
  });

  it('stop with the content script: nothing runs once the context is invalidated', async () => {
    vi.useFakeTimers();
    const { ctx } = countingContext();
    const fired = vi.fn();
    lifecycleTimeout(ctx, fired, 10);
    lifecycleInterval(ctx, fired, 10);
    ctx.notifyInvalidated();
    await vi.advanceTimersByTimeAsync(100);
    expect(fired).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
