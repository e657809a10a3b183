import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lifecycleInterval, lifecycleTimeout } from './lifecycle';

/**
 * Calls `onChange` with what `read` returns whenever it changes: on DOM mutations (debounced) and, because
 * mutations inside closed-over shadow roots are invisible to a document observer (Lightning), on a slow poll.
 * Everything hangs off `ctx`, so it stops when the content script is invalidated; the returned function stops
 * it earlier (when the user navigates to another record) and leaves no listener or observer behind.
 */
export function watchRecord<T>(ctx: ContentScriptContext, read: () => T | null, onChange: (value: T | null) => void, pollMs = 1_000): () => void {
  let last = '\u0000';
  let cancelPending: (() => void) | null = null;
  let stopped = false;
  const check = () => {
    cancelPending = null;
    if (stopped || ctx.isInvalid) return;
    const value = read();
    const text = JSON.stringify(value);
    if (text !== last) {
      last = text;
      onChange(value);
    }
  };
  const schedule = () => {
    if (cancelPending === null && !stopped) cancelPending = lifecycleTimeout(ctx, check, 120);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  const stopPoll = lifecycleInterval(ctx, check, pollMs);
  let releaseInvalidated = () => {};
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    stopPoll();
    cancelPending?.();
    cancelPending = null;
    releaseInvalidated();
  };
  releaseInvalidated = ctx.onInvalidated(stop);
  check();
  return stop;
}
