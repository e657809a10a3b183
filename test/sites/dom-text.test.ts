import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visibleText, walkedText } from '../../lib/sites/dom/dom-text';
import { SF_VALUE_NOISE } from '../../lib/sites/salesforce/selectors';
import { loadFixtureDocument, parseFixtureHtml } from '../fixtures/dom';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const pages = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(FIXTURES, d.name))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `${d.name}/${f}`),
  );

describe('visibleText’s textContent shortcut gives what the walk gives', () => {
  it('has fixture pages to check', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pages)('every element of %s, with and without noise skipped', (path) => {
    const doc = loadFixtureDocument(path);
    const differ: string[] = [];
    for (const el of Array.from(doc.querySelectorAll('body *'))) {
      for (const skip of [undefined, SF_VALUE_NOISE.join(', ')]) {
        if (visibleText(el, { skip }) !== walkedText(el, { skip })) differ.push(`${el.localName}.${el.className}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('takes the shortcut only where it is the same: slots, shadow roots, word breaks and skipped noise go the long way', () => {
    const doc = parseFixtureHtml('<p id="a">one<span>two</span></p><p id="b">one<br>two</p><p id="c">x<button>Edit</button></p><p id="d">a<x-host></x-host></p>');
    doc.querySelector('x-host')!.attachShadow({ mode: 'open' }).append('shadow');
    const text = (id: string, skip?: string) => visibleText(doc.getElementById(id)!, { skip });
    expect(text('a')).toBe('onetwo');
    expect(text('b')).toBe('one two');
    expect(text('c', 'button')).toBe('x');
    expect(text('d')).toBe('ashadow');
  });
});
