/**
 * The state colours meet WCAG's 4.5:1 for text in both themes: every text colour against the background it is
 * drawn on, read from components/styles.css itself (the light block and the dark block), so a colour changed there
 * is checked here. axe checks the rendered pages too (test/e2e/accessibility.e2e.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { luminance } from '../../lib/overlay/theme';

const CSS = readFileSync(new URL('../../components/styles.css', import.meta.url), 'utf8');

function block(selectorStart: string): Record<string, string> {
  const at = CSS.indexOf(selectorStart);
  if (at < 0) throw new Error(`no block ${selectorStart} in styles.css`);
  const body = CSS.slice(CSS.indexOf('{', at) + 1, CSS.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--el-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const LIGHT = block(':host, :root {');
const DARK = { ...LIGHT, ...block(":host([data-el-theme='dark'])") };

export function contrast(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  if (la === null || lb === null) throw new Error(`not a colour: ${a} / ${b}`);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Text colour on background, as the panel, badges, popup and options draw them. */
const PAIRS: Array<[string, string]> = [
  ['--el-ink', '--el-bg'],
  ['--el-ink', '--el-bg-2'],
  ['--el-ink-2', '--el-bg'],
  ['--el-ink-2', '--el-bg-2'],
  ['--el-good', '--el-good-bg'],
  ['--el-bad', '--el-bad-bg'],
  ['--el-warn', '--el-warn-bg'],
  ['--el-info', '--el-info-bg'],
  ['--el-muted', '--el-muted-bg'],
  ['--el-link', '--el-bg'],
  ['--el-link', '--el-bg-2'],
  ['--el-on-strong', '--el-accent'],
  ['--el-on-strong', '--el-sev1'],
  ['--el-on-strong', '--el-sev2'],
  ['--el-at-risk-icon', '--el-warn-bg'],
  ['--el-good', '--el-bg'],
  ['--el-bad', '--el-bg'],
];

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
])('the %s theme', (_name, vars) => {
  it.each(PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrast(vars[fg]!, vars[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});

it('the dark theme names every colour the light one does (none falls back to a light value)', () => {
  const dark = block(":host([data-el-theme='dark'])");
  const colours = Object.keys(LIGHT).filter((k) => k !== '--el-font');
  expect(colours.filter((k) => !(k in dark))).toEqual([]);
});

it('catches a planted low-contrast pair', () => {
  expect(contrast('#8c959f', '#ffffff')).toBeLessThan(4.5);
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
});
