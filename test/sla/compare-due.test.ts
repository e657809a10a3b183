import { describe, expect, it } from 'vitest';
import { compareDue, DEFAULT_DUE_TOLERANCE_MS } from '../../lib/sla/compare-due';

const at = (hh: number, mm = 0) => Date.UTC(2026, 0, 5, hh, mm);

describe('a second opinion on a tool’s own SLA due time', () => {
  it('says the handbook wants it earlier, by how much, when the tool’s due time is later', () => {
    expect(compareDue(at(12), at(10, 40))).toEqual({ differenceMs: -80 * 60_000, differs: true, handbookIs: 'earlier' });
  });

  it('says later when the tool’s due time is earlier', () => {
    expect(compareDue(at(10), at(14))).toMatchObject({ differenceMs: 4 * 3_600_000, differs: true, handbookIs: 'later' });
  });

  it('agrees within the tolerance (5 minutes by default), and parts just beyond it', () => {
    expect(DEFAULT_DUE_TOLERANCE_MS).toBe(5 * 60_000);
    expect(compareDue(at(12), at(12, 5))).toMatchObject({ differs: false, handbookIs: 'same' });
    expect(compareDue(at(12), at(12, 5) + 1)).toMatchObject({ differs: true, handbookIs: 'later' });
    expect(compareDue(at(12), at(11, 30), 30 * 60_000)).toMatchObject({ differs: false });
    expect(compareDue(at(12), at(12), 0)).toMatchObject({ differs: false, handbookIs: 'same' });
  });
});
