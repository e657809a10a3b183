/**
 * Whether a key press belongs to someone typing in the host page: a page-level shortcut must leave those alone (on a
 * Mac, Option+Shift+C types "Ç"; in a CRM's rich-text editor the keys are the user's, not ours).
 */

/** Input types that take no typed text: a shortcut pressed on them is still a shortcut. */
const NOT_TYPED = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);
/** ARIA roles of custom text fields (the tools build combo boxes and editors out of divs). */
const TEXT_ROLES = new Set(['textbox', 'searchbox', 'combobox']);

/**
 * True when the key press's real target (inside shadow roots too: `composedPath()[0]`, not the retargeted host) is a
 * text field, a select, a contenteditable region or a custom text box, or an input method is composing.
 * @example isTyping(keydownInTextarea) // true
 */
export function isTyping(event: Pick<KeyboardEvent, 'composedPath' | 'target' | 'isComposing'>): boolean {
  if (event.isComposing) return true;
  const target = (event.composedPath()[0] ?? event.target) as Element | null;
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NOT_TYPED.has(((target as HTMLInputElement).type || 'text').toLowerCase());
  if ((target as HTMLElement).isContentEditable) return true;
  // An editable ancestor (isContentEditable is not implemented everywhere the check runs, e.g. test DOMs).
  if (target.closest('[contenteditable]:not([contenteditable="false"])')) return true;
  const role = target.getAttribute('role');
  return role !== null && TEXT_ROLES.has(role);
}
