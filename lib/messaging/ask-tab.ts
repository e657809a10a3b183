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

/**
 * The tabs a page of ours may ask (not our own pages), the active one first, then the most recently used: the popup
 * asks the first, the options page the first that shows the tool it previews. Tab URLs are not ours to read (no
 * "tabs" permission), except our own pages', which is how they are left out.
 * @example const [tab] = await tabsByRecency({ currentWindow: true });
 */
export async function tabsByRecency(query: Parameters<typeof browser.tabs.query>[0] = {}): Promise<Array<{ id: number }>> {
  const tabs = await browser.tabs.query(query);
  return tabs
    .filter((t): t is typeof t & { id: number } => t.id !== undefined && !t.url?.startsWith(location.origin))
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
}
