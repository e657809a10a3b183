/**
 * Reading the host page's theme (lib/overlay/theme.ts): SLDS 2's surface hook first, then a declared dark
 * color-scheme, then the painted background of <body>/<html>, then the system's preference.
 */
import { describe, expect, it } from 'vitest';
import { luminance, pageTheme } from '../../lib/overlay/theme';

interface FakeStyle {
  hook?: string;
  colorScheme?: string;
  background?: string;
}

function fakeDocument({ root = {}, body = {} as FakeStyle | null, systemDark = false }: { root?: FakeStyle; body?: FakeStyle | null; systemDark?: boolean }): Document {
  const rootEl = { name: 'html' };
  const bodyEl = body ? { name: 'body' } : null;
  const style = (s: FakeStyle) => ({
    getPropertyValue: (name: string) => (name === '--slds-g-color-surface-1' ? (s.hook ?? '') : ''),
    colorScheme: s.colorScheme ?? 'normal',
    backgroundColor: s.background ?? 'rgba(0, 0, 0, 0)',
  });
  const view = {
    getComputedStyle: (el: unknown) => style(el === rootEl ? root : body!),
    matchMedia: (query: string) => ({ matches: query.includes('dark') && systemDark }),
  };
  return { defaultView: view, documentElement: rootEl, body: bodyEl } as unknown as Document;
}

describe('luminance', () => {
  it.each([
    ['rgb(255, 255, 255)', 1],
    ['#000', 0],
    ['#ffffff', 1],
    ['rgba(0, 0, 0, 0)', null],
    ['transparent', null],
    ['rgb(17 19 22 / 0.2)', null],
    ['', null],
  ])('%s → %s', (color, expected) => {
    const l = luminance(color);
    if (expected === null) expect(l).toBeNull();
    else expect(l).toBeCloseTo(expected, 5);
  });
});

describe('pageTheme', () => {
  it('takes SLDS 2’s surface hook before anything painted (Salesforce dark mode)', () => {
    expect(pageTheme(fakeDocument({ root: { hook: ' #1b1d21' }, body: { background: 'rgb(255, 255, 255)' } }))).toBe('dark');
    expect(pageTheme(fakeDocument({ root: { hook: '#ffffff' }, body: { background: 'rgb(10, 10, 10)' }, systemDark: true }))).toBe('light');
  });

  it('takes a root that declares only a dark color-scheme', () => {
    expect(pageTheme(fakeDocument({ root: { colorScheme: 'dark' } }))).toBe('dark');
    expect(pageTheme(fakeDocument({ root: { colorScheme: 'light dark' }, systemDark: false }))).toBe('light');
  });

  it('reads the painted background of body, then html (Zendesk’s dark mode has no documented hook)', () => {
    expect(pageTheme(fakeDocument({ body: { background: 'rgb(17, 19, 22)' } }))).toBe('dark');
    expect(pageTheme(fakeDocument({ root: { background: 'rgb(30, 30, 30)' }, body: { background: 'rgba(0, 0, 0, 0)' } }))).toBe('dark');
    expect(pageTheme(fakeDocument({ body: { background: 'rgb(248, 249, 249)' }, systemDark: true }))).toBe('light');
  });

  it('with nothing painted, is the browser’s canvas: dark only where the page allows dark and the system prefers it', () => {
    // An ordinary page paints nothing and declares no color-scheme: the canvas is white, whatever the system says.
    expect(pageTheme(fakeDocument({ body: null, systemDark: true }))).toBe('light');
    expect(pageTheme(fakeDocument({ systemDark: true }))).toBe('light');
    expect(pageTheme(fakeDocument({ root: { colorScheme: 'light dark' }, systemDark: true }))).toBe('dark');
    expect(pageTheme(fakeDocument({ root: { colorScheme: 'light dark' }, systemDark: false }))).toBe('light');
  });
});
