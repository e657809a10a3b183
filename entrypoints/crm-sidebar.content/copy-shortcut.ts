import { useEffect, useRef } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CopyHandle } from '@/components/CopyButton';
import { isTyping } from '@/lib/overlay/typing-target';

// i18n-exempt: key names as the manifest and the browser's shortcut settings write them, the same in every language
export const COPY_SHORTCUT = 'Alt+Shift+C';

/**
 * Alt+Shift+C copies the panel's summary, as its Copy button does. A key press on the page, not a manifest `commands`
 * shortcut: a command reaches the content script as a message, with no user activation, and the clipboard refuses a
 * write without one; a keydown on the page is a user gesture, so the write started in its handler is allowed.
 * It acts only while the panel shows an account (the ref is set only then: collapsed or empty, the key is the page's),
 * and never while the user types in the host page.
 * @example const copyRef = useCopyShortcut(ctx); <AccountPanel copyRef={copyRef} copyShortcut={COPY_SHORTCUT} … />
 */
export function useCopyShortcut(ctx: ContentScriptContext) {
  const copyRef = useRef<CopyHandle | null>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyC' || event.repeat) return;
      const panel = copyRef.current;
      if (!panel || isTyping(event)) return;
      event.preventDefault();
      panel.copy('text');
    };
    // Capture: a host page that stops its keydowns from bubbling cannot swallow the shortcut (nothing is stopped here).
    // Removed when the content script is invalidated (an extension update) and when the app unmounts, whichever first:
    // ctx.addEventListener would only do the former.
    window.addEventListener('keydown', onKeyDown, { capture: true });
    const remove = () => window.removeEventListener('keydown', onKeyDown, { capture: true });
    const unwatch = ctx.onInvalidated(remove);
    return () => {
      unwatch();
      remove();
    };
  }, [ctx]);
  return copyRef;
}
