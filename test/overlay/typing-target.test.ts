import { describe, expect, it } from 'vitest';
import { isTyping } from '../../lib/overlay/typing-target';
import { parseFixtureHtml } from '../fixtures/dom';

// A page-level shortcut (the panel's Alt+Shift+C) must leave alone a key pressed while typing in the host page.
const doc = parseFixtureHtml(`<!DOCTYPE html><html><body>
  <input id="text"><input id="email" type="email"><input id="check" type="checkbox"><input id="submit" type="submit">
  <textarea id="area"></textarea><select id="pick"><option>a</option></select>
  <div contenteditable="true"><p><span id="rich">body</span></p></div>
  <div contenteditable="false"><span id="locked">x</span></div>
  <div role="combobox" id="combo"></div><div role="textbox" id="box"></div>
  <button id="button">Go</button><main id="plain">text</main>
</body></html>`);

/** A keydown whose real target is `#id` (composedPath()[0], as from inside a shadow root). */
const keydownAt = (id: string, isComposing = false) => {
  const target = doc.getElementById(id);
  return { target, composedPath: () => (target ? [target] : []), isComposing };
};

describe('a key press while typing in the host page', () => {
  it.each([
    ['text', true],
    ['email', true],
    ['area', true],
    ['pick', true],
    ['rich', true], // inside a contenteditable editor
    ['combo', true],
    ['box', true],
    ['check', false],
    ['submit', false],
    ['button', false],
    ['locked', false],
    ['plain', false],
  ])('#%s: typing %s', (id, typing) => {
    expect(isTyping(keydownAt(id) as unknown as KeyboardEvent)).toBe(typing);
  });

  it('an input method composing a character is typing, wherever it is', () => {
    expect(isTyping(keydownAt('plain', true) as unknown as KeyboardEvent)).toBe(true);
  });

  it('a key press on the window itself (no element) is not typing', () => {
    expect(isTyping({ target: null, composedPath: () => [], isComposing: false } as unknown as KeyboardEvent)).toBe(false);
  });
});
