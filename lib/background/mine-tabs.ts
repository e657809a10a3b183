/**
 * Where the agent's own open tickets are asked for (Zendesk's `assignee:me status<solved`): through an open page of the
 * tool, whose content script reads them with the agent's session (the same-origin path the tool documents), never by
 * a request of the background's own. Per origin, the tabs that sent that tool's tickets, the latest first; the first
 * that answers is asked.
 */
export class MineTabs {
  private readonly tabs = new Map<string, number[]>();
  /** A handful per origin: enough to outlive closed tabs, bounded whatever the agent opens. */
  private static readonly KEEP = 8;

  /** A tab of `origin` sent its tickets: asked first next time. */
  seen(origin: string, tabId: number): void {
    this.tabs.set(origin, [tabId, ...(this.tabs.get(origin) ?? []).filter((t) => t !== tabId)].slice(0, MineTabs.KEEP));
  }

  /**
   * Asks one tab per origin (`ask` resolves true when its content script took the request). A tab that does not answer
   * (closed, or moved to a page without our script) is forgotten; a page of that tool that sends tickets comes back.
   * @example await mineTabs.askEach((tabId) => sendMessage('refreshMine', undefined, tabId).catch(() => false))
   */
  async askEach(ask: (tabId: number) => Promise<boolean | null>): Promise<void> {
    for (const [origin, tabs] of this.tabs) {
      while (tabs.length && (await ask(tabs[0]!)) !== true) tabs.shift();
      if (!tabs.length) this.tabs.delete(origin);
    }
  }
}
