import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

type TabQuestion = 'describePage' | 'readPageFields';

/**
 * Asks a tab's content script one question of the message map, answering null when the tab has no content
 * script of ours (a page we do not run on). Uses the polyfill's promise so a missing receiver is a handled
 * rejection, not an "Unchecked runtime.lastError" in the console; speaks @webext-core/messaging's wire format.
 */
export async function askTab<T extends TabQuestion>(tabId: number, type: T): Promise<ReturnType<ProtocolMap[T]> | null> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { id: Date.now(), type, data: undefined, timestamp: Date.now() })) as { res?: unknown; err?: unknown } | undefined;
    return reply && reply.err == null ? ((reply.res ?? null) as ReturnType<ProtocolMap[T]> | null) : null;
  } catch {
    return null;
  }
}
