import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` with what `read` returns whenever it changes: on DOM mutations (debounced) and, because
 * mutations inside closed-over shadow roots are invisible to a document observer (Lightning), on a slow poll.
 * Everything hangs off `ctx`, so it stops when the content script is invalidated; the returned function stops
 * it earlier (when the user navigates to another record).
 */
export function watchRecord<T>(ctx: ContentScriptContext, read: () => T | null, onChange: (value: T | null) => void, pollMs = 1_000): () => void {
  let last = '\u0000';
  let pending: number | null = null;
  let stopped = false;
  const check = () => {
    pending = null;
    if (stopped || ctx.isInvalid) return;
    const value = read();
    const text = JSON.stringify(value);
    if (text !== last) {
      last = text;
      onChange(value);
    }
  };
  const schedule = () => {
    if (pending === null && !stopped) pending = ctx.setTimeout(check, 120);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  const poll = ctx.setInterval(check, pollMs);
  check();
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearInterval(poll);
    if (pending !== null) clearTimeout(pending);
  };
  ctx.onInvalidated(stop);
  return stop;
}
