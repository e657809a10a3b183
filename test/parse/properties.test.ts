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
    const record = fc.dictionary(fc.constantFrom('segment', 'arr', 'packages', 'deployment', 'kubernetes', 'implementation', 'slackOptOut', 'renewalDate', 'tier', 'slaTargets', 'id', 'name'), anything);
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
