/**
 * No user-visible words outside the catalog: the surfaces' sources are scanned (test/i18n/literal-scan.ts), and
 * planted bad lines prove the scan sees each kind of leak.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanSource, scanFile } from './literal-scan';

/** Every file that renders or names something a user sees: the React surfaces, the badges, notifications, copy text. */
const SURFACE_FILES = [
  ...sources('components'),
  ...sources('entrypoints'),
  ...sources('lib/overlay'),
  ...sources('lib/alerts'),
  'lib/background/watch.ts',
  'lib/settings/load.ts',
  'lib/policy/status-labels.ts',
  'lib/policy/summary-text.ts',
  'lib/domain/format.ts',
];

function sources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(folder, f));
}

describe('user-visible literals', () => {
  it('every surface file says its words through t()', () => {
    const files = SURFACE_FILES;
    expect(files.length).toBeGreaterThan(30);
    const leaks = files.flatMap(scanFile).map((l) => `${l.file}:${l.line} ${l.why} "${l.text}"`);
    expect(leaks).toEqual([]);
  });

  it('catches planted leaks of every kind', () => {
    const planted = [
      'const a = <p>Cannot tell</p>;',
      'const b = <button title="Copy">⧉</button>;',
      "const c = <input aria-label={'Search accounts'} />;",
      "const d = <span>{ok ? 'Allowed' : 'Not allowed'}</span>;",
      "const e = { tone: 'good', label: 'Purchased' };",
      'el.textContent = `Due in ${time}`;',
      "el.setAttribute('aria-label', 'Ticket SLA');",
      "const f = document.createTextNode('Breached');",
      "const g = { title: 'Zendesk' + ' #' + id };",
      'const h = <p>期限切れ</p>;',
    ].join('\n');
    expect(scanSource('planted.tsx', planted).map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('lets symbols, computed text and an exempted line through', () => {
    const clean = [
      "const a = <span>{t('badge_breached')}</span>;",
      'const b = <span aria-hidden="true">✓ · #</span>;',
      "const c = { tone: 'good', kind: 'account-team' };",
      'el.textContent = `${n}%`;',
      '// i18n-exempt: a product name, the same in every language',
      'const d = <b>Zendesk</b>;',
    ].join('\n');
    expect(scanSource('clean.tsx', clean)).toEqual([]);
  });
});
