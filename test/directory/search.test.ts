import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSearchDoc, type SearchDoc } from '../../lib/directory/entry';
import { fold, words } from '../../lib/directory/fold';
import { generateAccounts } from './generate';
import { addToIndex, buildSearchIndex, search, warmUp, type SearchIndex } from '../../lib/directory/search';

const doc = (name: string, domain: string | null = null, crmId: string | null = null): SearchDoc => ({ key: `k:${name}`, name, domain, crmId });
const DOCS: SearchDoc[] = [
  doc('Stark Industries', 'stark.com', '001Dn00000StR005AA'),
  doc('Globex Corporation', 'globex.com', '001Dn00000EnT003AA'),
  doc('Initech', 'initech.com', '9100000002'),
  doc('Umbrella Health', 'umbrella-health.com', '361004'),
  doc('Société Générale', 'societegenerale.fr'),
  doc('Zürich Insurance', 'zurich.ch'),
  doc('Acme', 'acme.com'),
  doc('Acme Industries', 'acme-industries.com'),
  doc('Industrial Light & Magic', 'ilm.com'),
  doc('Northwind Traders', 'northwind.example'),
  doc('Wayne Enterprises', 'wayne.com'),
  doc('Indigo', null),
  doc('Globe Telecom', 'globe.com.ph'),
];
const index = buildSearchIndex(DOCS);
const found = (query: string, limit?: number, on: SearchIndex = index) => search(on, query, limit).map((hit) => hit.key.slice(2));

describe('search by name prefix', () => {
  it.each([
    ['sta', ['Stark Industries']],
    ['Glob', ['Globe Telecom', 'Globex Corporation']],
    ['init', ['Initech']],
    ['INITECH', ['Initech']],
    ['  acme  ', ['Acme', 'Acme Industries']],
    ['x', []],
  ])('%j finds %j', (query, expected) => expect(found(query)).toEqual(expected));

  it('finds a word anywhere in the name ("ind" finds Stark Industries), names that start with it first', () => {
    expect(found('ind')).toEqual(['Indigo', 'Industrial Light & Magic', 'Acme Industries', 'Stark Industries']);
  });

  it.each([
    ['stark ind', ['Stark Industries']],
    ['ind stark', ['Stark Industries']],
    ['acme ind', ['Acme Industries']],
    ['light magic', ['Industrial Light & Magic']],
    ['stark globex', []],
  ])('a multi-word query %j needs every word: %j', (query, expected) => expect(found(query)).toEqual(expected));

  it('finds a name typed without its spaces', () => expect(found('starkind')).toEqual(['Stark Industries']));

  it('says the match was a prefix', () => expect(search(index, 'sta')).toEqual([{ key: 'k:Stark Industries', score: 0.9, matched: 'prefix' }]));
});

describe('search by CRM id and domain', () => {
  it.each([
    ['001Dn00000EnT003AA', 'Globex Corporation'],
    ['001dn00000ent003aa', 'Globex Corporation'],
    ['9100000002', 'Initech'],
    ['globex.com', 'Globex Corporation'],
    ['https://www.globex.com/about', 'Globex Corporation'],
    ['umbrella-health.com', 'Umbrella Health'],
  ])('%j is an exact match for %s, first', (query, name) => {
    expect(search(index, query)[0]).toEqual({ key: `k:${name}`, score: 1, matched: 'id' });
  });

  it('a Salesforce id is found by its 15- or 18-character form, whichever was stored', () => {
    const docs = [doc('Long Id Co', null, '001A0000006Vm9rIAC'), doc('Short Id Co', null, '001A0000006Vm9s')];
    const ids = buildSearchIndex(docs);
    expect(found('001A0000006Vm9r', 20, ids)).toEqual(['Long Id Co']);
    expect(found('001a0000006vm9riac', 20, ids)).toEqual(['Long Id Co']);
    expect(found(`001A0000006Vm9s`, 20, ids)).toEqual(['Short Id Co']);
    expect(found('001A0000006Vm9sIAC', 20, ids)).toEqual(['Short Id Co']);
  });

  it('an exact domain comes before names merely starting like it', () => {
    expect(found('acme.com')).toEqual(['Acme']);
    expect(search(index, 'globe.com.ph')[0]).toMatchObject({ key: 'k:Globe Telecom', matched: 'id' });
  });

  it.each([
    ['globex.c', ['Globex Corporation']],
    ['umbrella-h', ['Umbrella Health']],
    ['northwind.ex', ['Northwind Traders']],
  ])('the start of a domain %j finds %j', (query, expected) => expect(found(query)).toEqual(expected));

  it('a domain match ranks after name matches', () => {
    const docs = [doc('Zeta Systems', 'ilmarinen.fi'), doc('Ilma Fund', null)];
    expect(found('ilm', 20, buildSearchIndex(docs))).toEqual(['Ilma Fund', 'Zeta Systems']);
  });
});

describe('search forgives typos', () => {
  it.each([
    ['globx', 'Globex Corporation'], // a letter missing
    ['initeck', 'Initech'], // a letter wrong
    ['intiech', 'Initech'], // two letters swapped
    ['umbrela', 'Umbrella Health'],
    ['industires', 'Stark Industries'], // 10 letters: two edits allowed
    ['northwnd tradres', 'Northwind Traders'],
    ['initek', 'Initech'], // the start of a word, typed wrong
  ])('%j finds %s', (query, name) => {
    const hits = search(index, query);
    expect(hits.map((h) => h.key)).toContain(`k:${name}`);
    expect(hits.find((h) => h.key === `k:${name}`)!.matched).toBe('typo');
  });

  it.each([
    ['inx', 'three letters are too few for a typo'],
    ['glbxe', 'two edits in five letters are too many'],
    ['zzzzzzzz', 'nothing is near'],
  ])('%j finds nothing: %s', (query) => expect(found(query)).toEqual([]));

  it('a prefix match always ranks before a typo match', () => {
    const docs = [doc('Globex'), doc('Glob')];
    // "glob" is a prefix of both; "globx" is one edit from "globex" only.
    expect(search(buildSearchIndex(docs), 'globe').map((h) => [h.key, h.matched])).toEqual([
      ['k:Globex', 'prefix'],
      ['k:Glob', 'typo'],
    ]);
  });

  it('typos only fill the page: when prefixes fill it, none are looked for', () => {
    const docs = [doc('Hooli'), doc('Hoolix'), doc('Hooly')];
    expect(found('hool', 2, buildSearchIndex(docs))).toEqual(['Hooli', 'Hooly']);
  });
});

describe('ranking', () => {
  it('ties go to the shorter name, then alphabetical', () => {
    const docs = [doc('Acme Tools'), doc('Acme'), doc('Acme Corp'), doc('Acme Bank'), doc('ACME')];
    expect(found('acme', 20, buildSearchIndex(docs))).toEqual(['ACME', 'Acme', 'Acme Bank', 'Acme Corp', 'Acme Tools']);
  });

  it('an exact id, then names starting with the query, then other name words, then domains', () => {
    const docs = [doc('Zed Holdings', 'mar.example'), doc('Marble Arch'), doc('Old Mar Co'), doc('Omar', 'omar.example', 'mar'), doc('Mra Ltd')];
    expect(search(buildSearchIndex(docs), 'mar').map((h) => [h.key.slice(2), h.matched])).toEqual([
      ['Omar', 'id'],
      ['Marble Arch', 'prefix'],
      ['Old Mar Co', 'prefix'],
      ['Zed Holdings', 'prefix'],
    ]);
  });

  it('returns at most `limit` hits', () => {
    expect(found('a', 2)).toHaveLength(2);
    expect(found('a', 0)).toEqual([]);
  });

  it('an empty query finds nothing', () => expect(found('  ')).toEqual([]));
});

describe('search ignores accents and case', () => {
  it.each([
    ['societe', 'Société Générale'],
    ['SOCIÉTÉ gén', 'Société Générale'],
    ['generale', 'Société Générale'],
    ['zurich', 'Zürich Insurance'],
    ['zürich', 'Zürich Insurance'],
  ])('%j finds %s', (query, name) => expect(found(query)).toEqual([name]));

  it.each([
    ['Øresund Bank', 'oresund'],
    ['Straße AG', 'strasse'],
    ['Łódź Logistics', 'lodz'],
  ])('%s is found as %j', (name, query) => expect(found(query, 20, buildSearchIndex([doc(name)]))).toEqual([name]));
});

describe('adding to the index', () => {
  it('finds an added account, and the old index is unchanged', () => {
    const added = addToIndex(index, [doc('Hooli', 'hooli.com')]);
    expect(found('hool', 20, added)).toEqual(['Hooli']);
    expect(found('hool')).toEqual([]);
    expect(added.size).toBe(index.size + 1);
  });

  it('replaces an account with the same key: the old name is no longer found', () => {
    const renamed = addToIndex(index, [{ ...DOCS[2]!, name: 'Initrode', domain: 'initrode.com' }]);
    expect(found('initech', 20, renamed)).toEqual([]);
    expect(found('initrode', 20, renamed)).toEqual(['Initech']); // the key, from the original name
    expect(found('9100000002', 20, renamed)).toEqual(['Initech']);
    expect(renamed.size).toBe(index.size);
  });

  it('stays correct when the additions outgrow the delta and are merged', () => {
    const extra = generateAccounts(2_500, { seed: 3 }).map(toSearchDoc);
    let grown = buildSearchIndex(DOCS);
    for (let i = 0; i < extra.length; i += 500) grown = addToIndex(grown, extra.slice(i, i + 500));
    expect(grown.size).toBe(DOCS.length + extra.length);
    expect(grown.delta === null || grown.delta.size < 2_500).toBe(true);
    expect(found('stark ind', 20, grown)).toContain('Stark Industries');
    expect(search(grown, extra[1234]!.crmId ?? extra[1234]!.domain!)[0]!.key).toBe(extra[1234]!.key);
  });

  it('warming up changes no result', () => {
    const fresh = buildSearchIndex(DOCS);
    const before = ['globx', 'industires', 'northwnd tradres'].map((q) => search(fresh, q));
    warmUp(fresh);
    expect(['globx', 'industires', 'northwnd tradres'].map((q) => search(fresh, q))).toEqual(before);
  });
});

describe('search properties', () => {
  const accounts = generateAccounts(3_000, { seed: 11 }).map(toSearchDoc);
  const generated = buildSearchIndex(accounts);

  it('every generated account is found by its own full name', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: accounts.length - 1 }), (i) => {
        expect(search(generated, accounts[i]!.name, accounts.length).map((h) => h.key)).toContain(accounts[i]!.key);
      }),
      { numRuns: 3_000, seed: 20261120 },
    );
  });

  it('any name with a letter or digit is found by itself, whatever its script, case or accents', () => {
    const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((n) => words(fold(n)).length > 0);
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 1, maxLength: 30 }), fc.nat(), (names, pick) => {
        const docs = names.map((n, i) => ({ key: `k${i}`, name: n, domain: null, crmId: null }));
        const target = docs[pick % docs.length]!;
        expect(search(buildSearchIndex(docs), target.name, docs.length).map((h) => h.key)).toContain(target.key);
      }),
      { numRuns: 2_000, seed: 20261120 },
    );
  });
});
