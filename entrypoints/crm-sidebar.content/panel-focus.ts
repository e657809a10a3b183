/**
 * Keyboard focus for the panel: the shortcut that shows it puts focus in it, and Esc (or the shortcut that hides it)
 * gives focus back to where it was on the page. The panel lives in a shadow root; `document.activeElement` is then
 * its host, so the focused element is found through the shadow roots.
 */
export interface PanelFocus {
  /** Remembers where focus is on the page, and focuses the panel (once it is drawn). */
  take(): void;
  /** Focus back where `take` found it (if it is still on the page); true when it moved. */
  giveBack(): boolean;
  /** Whether focus is inside the panel now. */
  inside(): boolean;
}

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `shadow`: the panel's shadow root; the panel is its `.el-panel`. */
export function createPanelFocus(shadow: ShadowRoot): PanelFocus {
  let returnTo: HTMLElement | null = null;
  const inside = () => shadow.activeElement !== null;
  return {
    inside,
    take() {
      if (!inside()) {
        const active = deepActiveElement();
        returnTo = active instanceof HTMLElement && active !== document.body ? active : null;
      }
      // The panel draws after the stored state changes and React renders: focus it in the first frame it is there
      // (half a second at most; a panel that never shows takes no focus).
      let frames = 0;
      const focusWhenDrawn = () => {
        const aside = shadow.querySelector<HTMLElement>('.el-panel');
        if (aside) aside.focus();
        else if (++frames < 30) requestAnimationFrame(focusWhenDrawn);
      };
      requestAnimationFrame(focusWhenDrawn);
    },
    giveBack() {
      const target = returnTo;
      returnTo = null;
      if (target?.isConnected) {
        target.focus();
        return true;
      }
      if (inside()) (shadow.activeElement as HTMLElement | null)?.blur();
      return false;
    },
  };
}
