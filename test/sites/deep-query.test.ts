import { describe, expect, it } from 'vitest';
import { deepQueryAlternatives, deepQueryFirst, deepQuerySelector, deepQuerySelectorAll } from '../../lib/sites/dom/deep-query';
import { controlValue, visibleText } from '../../lib/sites/dom/dom-text';
import { parseFixtureHtml } from '../fixtures/dom';

function page(body: string): Document {
  return parseFixtureHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
}

function byId(doc: Document, id: string): Element {
  const el = deepQuerySelector(doc, `#${id}`);
  if (!el) throw new Error(`no #${id}`);
  return el;
}

describe('attachDeclarativeShadowRoots (fixture loader)', () => {
  it('turns <template shadowrootmode> into shadow roots, nested ones too, and removes the templates', () => {
    const doc = page('<div id="a"><template shadowrootmode="open"><p id="b"><template shadowrootmode="open"><i id="c">x</i></template></p></template></div>');
    const a = doc.getElementById('a');
    expect(a?.shadowRoot).not.toBeNull();
    expect(doc.querySelectorAll('template').length).toBe(0);
    expect(a?.shadowRoot?.querySelector('#b')?.shadowRoot?.querySelector('#c')?.textContent).toBe('x');
  });

  it('attaches closed roots without exposing them', () => {
    const doc = page('<div id="a"><template shadowrootmode="closed"><p class="hidden">x</p></template></div>');
    expect(doc.getElementById('a')?.shadowRoot).toBeNull();
    expect(doc.querySelectorAll('template').length).toBe(0);
  });
});

describe('deepQuerySelectorAll', () => {
  const doc = page(`
    <p class="x" id="light1"></p>
    <div id="host"><template shadowrootmode="open">
      <p class="x" id="shadow1"></p>
      <section id="inner"><template shadowrootmode="open"><p class="x" id="shadow2"></p></template></section>
    </template><p class="x" id="slotted"></p></div>
    <div id="closed"><template shadowrootmode="closed"><p class="x" id="secret"></p></template></div>
    <p class="x" id="light2"></p>`);

  it('finds matches in the document and in every open shadow tree, never in closed ones', () => {
    const ids = deepQuerySelectorAll(doc, '.x').map((e) => e.id);
    expect(ids).toEqual(['light1', 'slotted', 'light2', 'shadow1', 'shadow2']);
  });

  it("descends into the root's own shadow root when the root is a host", () => {
    expect(deepQuerySelectorAll(byId(doc, 'host'), '.x').map((e) => e.id)).toEqual(['shadow1', 'shadow2', 'slotted']);
  });

  it('never lets a combinator cross a shadow boundary', () => {
    expect(deepQuerySelectorAll(doc, '#host .x').map((e) => e.id)).toEqual(['slotted']);
    expect(deepQuerySelectorAll(doc, '#inner .x')).toEqual([]);
  });

  it('deepQueryFirst / deepQueryAlternatives use the first alternative that matches', () => {
    expect(deepQueryAlternatives(doc, ['.nope', '#shadow2', '.x']).map((e) => e.id)).toEqual(['shadow2']);
    expect(deepQueryFirst(doc, ['.nope'])).toBeNull();
    expect(deepQueryFirst(doc, ['.nope', '.x'])?.id).toBe('light1');
  });
});

describe('visibleText', () => {
  it('projects slotted host children into named and default slots, in shadow-tree order', () => {
    const doc = page(
      `<div id="h"><template shadowrootmode="open"><b>[</b><slot name="v"></slot><b>|</b><slot></slot><b>]</b></template><span slot="v">value</span>default text<span slot="other">not shown</span></div>`,
    );
    expect(visibleText(byId(doc, 'h'))).toBe('[value|default text]');
  });

  it("uses a slot's fallback content when nothing is assigned, and a light-DOM <slot>'s children (synthetic shadow)", () => {
    const doc = page(`<div id="h"><template shadowrootmode="open"><slot name="v">fallback</slot></template></div>
      <span id="synthetic"><slot name="outputField"><em>inside slot</em></slot></span>`);
    expect(visibleText(byId(doc, 'h'))).toBe('fallback');
    expect(visibleText(byId(doc, 'synthetic'))).toBe('inside slot');
  });

  it('reads text inside shadow roots of descendants, collapses whitespace, separates block elements', () => {
    const doc = page(`<div id="v">  <x-out><template shadowrootmode="open">6/30/2024</template></x-out>
      <div>line&nbsp;one</div><div>line two</div><script>no()</script></div>`);
    expect(visibleText(byId(doc, 'v'))).toBe('6/30/2024 line one line two');
  });

  it('leaves out what `skip` matches, but never the node itself', () => {
    const doc = page('<button id="b">Go <span class="sr">now</span></button>');
    expect(visibleText(byId(doc, 'b'), { skip: 'button, .sr' })).toBe('Go');
  });
});

describe('controlValue', () => {
  const doc = page(`<input id="t" value=" a  b "><input id="c1" type="checkbox" checked><input id="c0" type="checkbox">
    <textarea id="ta">multi
line</textarea><select id="s"><option>A</option><option selected>B</option></select><div id="d">x</div>`);

  it.each([
    ['t', 'a b'],
    ['c1', 'true'],
    ['c0', 'false'],
    ['ta', 'multi line'],
    ['s', 'B'],
  ])('#%s → %s', (id, expected) => {
    expect(controlValue(byId(doc, id))).toBe(expected);
  });

  it('is null for anything that is not a form control', () => {
    expect(controlValue(byId(doc, 'd'))).toBeNull();
  });
});
