import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Timers bound to the content script's lifecycle that leave nothing behind when cleared early. WXT's
 * `ctx.setTimeout`/`ctx.setInterval` add an invalidation listener per call and never remove it, so a timer made
 * per navigation or per DOM mutation grows the page's listener count without bound, and keeps alive whatever its
 * callback holds (test/e2e/hardening-navigation.e2e.test.ts counts them). These run only while `ctx` is valid,
 * stop when it is invalidated, and unhook themselves when cleared.
 * @example const stop = lifecycleInterval(ctx, poll, 1_000); // … stop()
 */
export function lifecycleTimeout(ctx: ContentScriptContext, fn: () => void, ms: number): () => void {
  let release = () => {};
  const id = setTimeout(() => {
    release();
    if (ctx.isValid) fn();
  }, ms);
  const clear = () => {
    clearTimeout(id);
    release();
  };
  release = ctx.onInvalidated(clear);
  return clear;
}

/** As `lifecycleTimeout`, repeating every `ms` (each tick also notices an extension reload: `ctx.isValid`). */
export function lifecycleInterval(ctx: ContentScriptContext, fn: () => void, ms: number): () => void {
  let release = () => {};
  const id = setInterval(() => {
    if (ctx.isValid) fn();
  }, ms);
  const clear = () => {
    clearInterval(id);
    release();
  };
  release = ctx.onInvalidated(clear);
  return clear;
}

/**
 * Runs extension-listener removers (storage watchers, message handlers), ignoring the "Extension context
 * invalidated" error they throw once the extension was reloaded or updated under an open page: their listeners
 * went with the old extension, and an uncaught error there would be ours on the customer's tool.
 * @example ctx.onInvalidated(() => quietly(unwatch, removeMessage));
 */
export function quietly(...removers: Array<() => void>): void {
  for (const remove of removers) {
    try {
      remove();
    } catch {
      // The extension context is gone, and its listeners with it.
    }
  }
}
