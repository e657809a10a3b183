/**
 * Keyboard focus for the panel: showing it (the shortcut, or its collapsed tab) puts focus in it; hiding it, or Esc
 * inside it, gives focus back to where it was on the page, and with nowhere to go back to (the agent tabbed into the
 * panel), to the collapsed tab that replaces it. The panel lives in a shadow root; `document.activeElement` is then
 * its host, so the focused element is found through the shadow roots.
 */
export interface PanelFocus {
  /** Remembers where focus is on the page, and focuses the panel once it is drawn. */
  take(): void;
  /** Focus back where `take` found it; else, when the panel is being hidden, to its collapsed tab. True when moved. */
  giveBack(hiding: boolean): boolean;
  /** Whether focus is inside the panel now. */
  inside(): boolean;
  /** Stops a pending focus (the content script is going away). */
  cancel(): void;
}

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** How long a focus waits for the panel or tab to be drawn (the stored state changes, then React renders). */
const MAX_FRAMES = 30;

/** `shadow`: the panel's shadow root; the panel is its `.el-panel`, collapsed its `.el-tab`. */
export function createPanelFocus(shadow: ShadowRoot): PanelFocus {
  let returnTo: HTMLElement | null = null;
  let pending = 0;
  const inside = () => shadow.activeElement !== null;
  /** Focuses `selector` in the first frame it is drawn in (half a second at most; one that never shows takes none). */
  const focusWhenDrawn = (selector: string) => {
    cancelAnimationFrame(pending);
    let frames = 0;
    const attempt = () => {
      const el = shadow.querySelector<HTMLElement>(selector);
      if (el) el.focus();
      else if (++frames < MAX_FRAMES) pending = requestAnimationFrame(attempt);
    };
    pending = requestAnimationFrame(attempt);
  };
  return {
    inside,
    take() {
      if (!inside()) {
        const active = deepActiveElement();
        returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
      }
      focusWhenDrawn('.el-panel');
    },
    giveBack(hiding) {
      const target = returnTo;
      returnTo = null;
      if (target?.isConnected) {
        cancelAnimationFrame(pending);
        target.focus();
        return true;
      }
      if (hiding && inside()) {
        focusWhenDrawn('.el-tab');
        return true;
      }
      return false;
    },
    cancel: () => cancelAnimationFrame(pending),
  };
}
