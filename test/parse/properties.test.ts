import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAccount, parseArr, parseBoolean, parseDate, parseInstant, parsePackages, parseSegment, parseSeverity, parseTicket } from '../../lib/parse';
import { PRESETS, validatePolicy } from '../../lib/policy';

// Property tests: a parser never throws, and on garbage it says "unknown" with a warning, never a confident value.
const RUNS = { numRuns: 10_000, seed: 20261121 };
const catalogue = PRESETS.sourcegraph.packages;

/** Random text, including multi-code-point graphemes, and near-miss spellings. */
const garbage = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Enterprize', 'N/A', '—', '???', 'null', '{}'));
const anything = fc.oneof(fc.anything(), garbage, fc.double(), fc.boolean());

describe('parsers never throw and never guess', () => {
  it('segment: a value is one of the four, or unknown with a warning', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const r = parseSegment(raw);
        if (r.value !== null) expect(['SMB', 'MM', 'Enterprise', 'Strategic']).toContain(r.value);
        else expect(r.warning === null ? typeof raw !== 'string' || raw.trim() === '' || raw === undefined || raw === null : r.warning.startsWith('Segment: ')).toBe(true);
      }),
      RUNS,
    );
  });

  it('ARR: a value is a finite non-negative number; text with any other currency mark is never a value', () => {
    fc.assert(
      fc.property(anything, fc.oneof(fc.string(), fc.double({ min: 0 })), fc.constantFrom('€', '£', 'EUR ', ' GBP', '¥'), (raw, text, mark) => {
        const r = parseArr(raw);
        if (r.value !== null) expect(Number.isFinite(r.value) && r.value >= 0).toBe(true);
        expect(parseArr(`${mark}${text}`).value).toBeNull();
        expect(parseArr(`${text}${mark}`).value).toBeNull();
      }),
      RUNS,
    );
  });

  it('ARR: a formatted dollar amount reads back exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (n) => {
        expect(parseArr(`$${n.toLocaleString('en-US')}`).value).toBe(n);
        expect(parseArr(`USD ${n}`).value).toBe(n);
      }),
      RUNS,
    );
  });

  // Multi-currency Salesforce shows the record's amount, then the viewer's currency in brackets (research notes §1.6).
  const cents = fc.integer({ min: 0, max: 1_000_000_000_000 });
  const dollars = (c: number) => (c / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const usd = fc.tuple(cents, fc.constantFrom('$', 'USD ', 'US$ ', 'USD\u00a0')).map(([c, mark]) => ({ cents: c, text: `${mark}${dollars(c)}` }));
  const otherCurrency = fc.constantFrom('EUR ', 'GBP ', '€', '£', '¥', '₹', 'CHF ', 'PLN ', 'JPY\u00a0', 'CAD ');
  const other = fc.tuple(otherCurrency, cents).map(([mark, c]) => `${mark}${dollars(c)}`);
  const noBreak = fc.constantFrom('\u00a0', '\u202f');

  it('ARR: a USD amount followed by any other currency in brackets reads as the USD amount', () => {
    fc.assert(
      fc.property(usd, other, fc.constantFrom(' ', '', '\u00a0'), ({ cents: c, text }, converted, gap) => {
        expect(parseArr(`${text}${gap}(${converted})`)).toEqual({ value: c / 100, warning: null });
      }),
      RUNS,
    );
  });

  it('ARR: no-break spaces read exactly like spaces', () => {
    const shaped = fc.tuple(usd, other).map(([{ text }, converted]) => `${text} (${converted})`);
    fc.assert(
      fc.property(
        fc.oneof(
          shaped,
          usd.map((u) => u.text),
          fc.string(),
          garbage,
        ),
        noBreak,
        (raw, nb) => {
          expect(parseArr(raw.replace(/ /g, nb)).value).toBe(parseArr(raw).value);
        },
      ),
      RUNS,
    );
  });

  it('ARR: an amount in another currency is never converted, whatever the brackets hold', () => {
    fc.assert(
      fc.property(
        other,
        fc.oneof(
          usd.map((u) => u.text),
          other,
          fc.string(),
        ),
        fc.constantFrom(' ', '\u00a0', '\u202f'),
        (outer, inside, gap) => {
          const r = parseArr(`${outer}${gap}(${inside})`);
          expect(r.value).toBeNull();
          // PLN is not among the currencies the reader names, so its warning cannot say which currency it saw.
          expect(r.warning).toMatch(outer.startsWith('PLN') ? /^ARR: cannot read / : / is not converted to USD\)$/);
        },
      ),
      RUNS,
    );
  });

  it('packages: known names are found whatever the separators and case; unknown ones are warned about', () => {
    const names = catalogue.flatMap((p) => [p.name, ...p.aliases]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { maxLength: 6 }), fc.constantFrom(';', ',', ' ; ', '\n'), fc.boolean(), (picked, sep, upper) => {
        const raw = picked.map((n) => (upper ? n.toUpperCase() : n)).join(sep);
        const r = parsePackages(raw, catalogue);
        // Names containing the separator itself split; everything else must be recognised.
        if (!picked.some((n) => n.includes(sep.trim()))) expect(r.warnings).toEqual([]);
        expect(r.value).not.toBeNull();
      }),
      RUNS,
    );
    fc.assert(
      fc.property(anything, (raw) => {
        const r = parsePackages(raw, catalogue);
        if (r.value === null) expect(r.warnings.length).toBe(1);
        expect(r.unrecognized.length).toBe(r.value === null ? 0 : r.warnings.length);
      }),
      RUNS,
    );
  });

  it('severity: 1, 2 or unknown with a warning', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const r = parseSeverity(raw);
        expect([1, 2, null]).toContain(r.value);
        if (r.value === null && r.warning === null) expect(raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')).toBe(true);
      }),
      RUNS,
    );
  });

  it('dates: a value is a real YYYY-MM-DD date; instants need a zone', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const d = parseDate(raw, 'Date');
        if (d.value !== null) expect(new Date(`${d.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d.value);
        const i = parseInstant(raw, 'Instant');
        if (i.value !== null) expect(Number.isFinite(i.value)).toBe(true);
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (date) => {
        expect(parseDate(date.toISOString().slice(0, 10), 'Date').value).toBe(date.toISOString().slice(0, 10));
        expect(parseInstant(date.toISOString(), 'Instant').value).toBe(date.getTime());
        expect(parseInstant(date.toISOString().replace('Z', ''), 'Instant').value).toBeNull();
      }),
      RUNS,
    );
  });

  it('booleans: true, false or unknown', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        expect([true, false, null]).toContain(parseBoolean(raw, 'Flag').value);
      }),
      RUNS,
    );
  });

  it('accounts and tickets: any input gives a well-formed record and never throws', () => {
    const record = fc.dictionary(
      fc.constantFrom('segment', 'arr', 'packages', 'deployment', 'kubernetes', 'implementation', 'slackOptOut', 'renewalDate', 'tier', 'slaTargets', 'id', 'name'),
      anything,
    );
    fc.assert(
      fc.property(fc.oneof(record, anything), (raw) => {
        const { account, warnings } = parseAccount(raw, { catalogue });
        expect(Array.isArray(warnings)).toBe(true);
        expect(account.implementation.exempt === true || account.implementation.exempt === false).toBe(true);
        const t = parseTicket(raw);
        expect([1, 2, null]).toContain(t.ticket.severity);
      }),
      RUNS,
    );
  });

  it('policy files: garbage is refused with problems, never accepted', () => {
    fc.assert(
      fc.property(anything, (raw) => {
        const r = validatePolicy(raw);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });
});
