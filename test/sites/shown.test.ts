/** lib/sites/dom/shown.ts: whether an element is shown, across shadow roots, from the marks a page hides with. */
import { describe, expect, it } from 'vitest';
import { deepQuerySelector } from '../../lib/sites/dom/deep-query';
import { composedAncestors, isShown } from '../../lib/sites/dom/shown';
import { parseFixtureHtml } from '../fixtures/dom';

const page = (body: string): Document => parseFixtureHtml(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
const byId = (doc: Document, id: string): Element => deepQuerySelector(doc, `#${id}`)!;

describe('isShown', () => {
  it.each([
    ['an inline display: none on an ancestor', '<div style="color: red; display:none !important"><p id="x">x</p></div>'],
    ['the hidden attribute on an ancestor', '<section hidden><div><p id="x">x</p></div></section>'],
    ['an inline display: none on the element itself', '<p id="x" style="display: none">x</p>'],
    ['a hidden shadow host', '<div style="display: none"><div><template shadowrootmode="open"><p id="x">x</p></template></div></div>'],
  ])('is false inside %s', (_what, body) => {
    expect(isShown(byId(page(body), 'x'))).toBe(false);
  });

  it('is true for an element no container hides, whatever other styles say', () => {
    expect(isShown(byId(page('<div style="display: flex; visibility: visible"><p id="x">x</p></div><div hidden>y</div>'), 'x'))).toBe(true);
  });

  it("reads a tool's own hiding class where it is given one", () => {
    const doc = page('<div class="slds-hide"><p id="x">x</p></div>');
    expect(isShown(byId(doc, 'x'))).toBe(true);
    expect(isShown(byId(doc, 'x'), { hidden: '.slds-hide' })).toBe(false);
  });

  it('remembers each ancestor in the map it is given, for one read only', () => {
    const doc = page('<div id="list" style="display: none"><p id="a">a</p><p id="b">b</p></div>');
    const known = new Map<Element, boolean>();
    expect(isShown(byId(doc, 'a'), { known })).toBe(false);
    expect(known.get(byId(doc, 'list'))).toBe(true);
    // The remembered answer is used: a page that changed needs a new map.
    byId(doc, 'list').removeAttribute('style');
    expect(isShown(byId(doc, 'b'), { known })).toBe(false);
    expect(isShown(byId(doc, 'b'))).toBe(true);
  });
});

describe('composedAncestors', () => {
  it('climbs from inside a shadow root to its host and on to the document element', () => {
    const doc = page('<main id="m"><div id="host"><template shadowrootmode="open"><span id="x">x</span></template></div></main>');
    expect(composedAncestors(byId(doc, 'x')).map((el) => el.id || el.localName)).toEqual(['x', 'host', 'm', 'body', 'html']);
  });
});
