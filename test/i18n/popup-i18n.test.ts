/**
 * The popup speaks the browser's language: its Due-soon list, search results and the popup itself rendered (React
 * into a linkedom document) with the German and Japanese messages installed, as the built messages.json say them.
 * English stays as it was (the setup installs it before every test; restored here after each too).
 */
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElement } from 'react';
import type { DueSoonRow } from '../../lib/alerts/overview';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource } from '../../lib/i18n/t';
import { account, evaluateAt, NOW } from '../policy/helpers';

const { window, document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
// React's DOM client reads `navigator` when it loads (Node 20 has none): the fakes go in before it is imported.
vi.stubGlobal('window', window);
vi.stubGlobal('document', document);
vi.stubGlobal('navigator', { userAgent: 'node' });
vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));

// The popup's data, as its background and IndexedDB would answer: a preset policy, no account on the current tab,
// no watched tickets, and a directory of `directorySize` accounts never synced from a source.
let directorySize = 1;
vi.mock('../../lib/settings/load', () => ({ loadSettings: async () => ({ policy: { policy: { name: 'Acme policy', version: 3 }, source: 'preset' } }) }));
vi.mock('../../lib/messaging/ask-tab', () => ({ tabsByRecency: async () => [], askTab: async () => null }));
vi.mock('../../lib/messaging/protocol', () => ({ sendMessage: async () => ({ rows: [], now: 0 }) }));
vi.mock('../../lib/directory/loaded', () => ({
  loadDirectory: async () => ({ entries: new Map(Array.from({ length: directorySize }, (_, i) => [`k${i}`, {}])), index: null, lastSync: null }),
  warmUpWhenIdle: () => undefined,
  evaluateEntry: () => null,
}));

const { act } = await import('react');
const { createRoot } = await import('react-dom/client');
const { QueryClient, QueryClientProvider } = await import('@tanstack/react-query');
const { DueSoon } = await import('../../components/DueSoon');
const { SearchResults } = await import('../../components/SearchResults');
const { PopupApp } = await import('../../entrypoints/popup/PopupApp');

const MINUTE = 60_000;
const row = (i: number, over: Partial<DueSoonRow> = {}): DueSoonRow => ({
  key: `https://acme.zendesk.com#${1000 + i}`,
  tool: 'zendesk',
  label: `#${1000 + i}`,
  subject: `Ticket ${i}`,
  customer: null,
  severity: null,
  url: `https://acme.zendesk.com/agent/tickets/${1000 + i}`,
  why: 'opened',
  metric: null,
  targetLabel: null,
  dueAt: NOW + (i + 1) * 30 * MINUTE,
  remainingMs: (i + 1) * 30 * MINUTE,
  tone: 'ok',
  readAt: NOW,
  stale: false,
  snoozed: false,
  ...over,
});
const sixRows = Array.from({ length: 6 }, (_, i) => row(i));

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  setMessageSource(catalogSource('en'));
  directorySize = 1;
});

const renderDueSoon = (rows: DueSoonRow[]) =>
  act(async () => root.render(createElement(DueSoon, { rows, now: NOW, toolName: () => 'Zendesk', onOpen: () => {}, onSnooze: () => {} })));
const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;

describe('the Due-soon list in German and Japanese', () => {
  it('German: title, watched count and "Show all" as plurals, time left, why, mute', async () => {
    setMessageSource(catalogSource('de'));
    await renderDueSoon(sixRows);
    expect(text('.el-due__title')).toContain('Bald fällig');
    expect(text('.el-due__meta')).toContain('6 Tickets beobachtet');
    expect(text('.el-due__more')).toBe('Alle 6 Tickets anzeigen');
    expect(text('.el-due__left')).toBe('noch 30m 00s');
    const sub = text('.el-due__sub')!;
    expect(sub).toContain('kein Ziel');
    expect(sub).toContain('geöffnet');
    // The due instant in German, not "Sat 09:30 PM".
    const dueDe = new Intl.DateTimeFormat('de', { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(sixRows[0]!.dueAt!);
    expect(sub).toContain(`fällig ${dueDe}`);
    expect(dueDe).not.toBe(new Intl.DateTimeFormat('en-US', { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(sixRows[0]!.dueAt!));
    expect(container.querySelector('.el-due__mute')!.getAttribute('title')).toBe('Nicht für dieses Ticket: keine Benachrichtigungen mehr');
    expect(text('.el-due__mute .el-sr')).toBe('#1000 stummschalten');
    // Its accessible name is what it shows (no aria-label): state, ticket, customer, time left, tool.
    expect(container.querySelector('.el-due__open')!.hasAttribute('aria-label')).toBe(false);
    expect(container.querySelector('.el-due__open')!.textContent).toMatch(/#1000 Kunde unbekannt.*noch 30m 00s.*Zendesk/);
  });

  it('German: one watched ticket is singular; a breached, stale, muted one says so', async () => {
    setMessageSource(catalogSource('de'));
    await renderDueSoon([row(0, { tone: 'breached', remainingMs: -5 * MINUTE, stale: true, snoozed: true, why: 'mine', customer: 'Acme' })]);
    expect(text('.el-due__meta')).toContain('1 Ticket beobachtet');
    expect(text('.el-due__meta')).not.toContain('Tickets');
    expect(text('.el-due__more')).toBeNull();
    expect(text('.el-due__left')).toBe('−5m 00s überfällig');
    const sub = text('.el-due__sub')!;
    expect(sub).toContain('Ihnen zugewiesen');
    expect(sub).toContain(' · stummgeschaltet');
    expect(text('.el-due__stale')).toBe(' · Daten 0 Min. alt');
    expect(container.querySelector('.el-due__mute')!.getAttribute('title')).toBe('Für dieses Ticket wieder benachrichtigen');
    expect(text('.el-due__mute .el-sr')).toBe('Stummschaltung für #1000 aufheben');
  });

  it('Japanese: title, count, time left and "Show all"', async () => {
    setMessageSource(catalogSource('ja'));
    await renderDueSoon(sixRows);
    expect(text('.el-due__title')).toContain('まもなく期限');
    expect(text('.el-due__meta')).toContain('6 件を監視中');
    expect(text('.el-due__more')).toBe('すべて表示（6 件）');
    expect(text('.el-due__left')).toBe('残り 30m 00s');
    expect(text('.el-due__customer')).toBe('顧客不明');
    expect(text('.el-due__sub')).toContain('目標なし');
  });

  it('English is as it always was', async () => {
    await renderDueSoon(sixRows);
    expect(text('.el-due__meta')).toContain('· 6 watched · updated ');
    expect(text('.el-due__more')).toBe('Show all 6');
    expect(text('.el-due__left')).toBe('30m 00s left');
    expect(container.querySelector('.el-due__open')!.textContent).toMatch(/#1000 customer unknown.*30m 00s left.*Zendesk/);
    await act(async () => (container.querySelector('.el-due__more') as HTMLButtonElement).dispatchEvent(new window.Event('click', { bubbles: true })));
    expect(text('.el-due__more')).toBe('Show fewer');
  });
});

describe('the search results in German and Japanese', () => {
  const evaluation = evaluateAt(account({ name: 'Initech', segment: null }));
  const items = [{ key: 'k1', name: 'Initech', domain: 'initech.example', where: null, evaluation }];
  const renderResults = () => act(async () => root.render(createElement(SearchResults, { items, active: 0, onPick: () => {}, onHover: () => {} })));

  it('names the list and an unknown segment in the UI language', async () => {
    setMessageSource(catalogSource('de'));
    await renderResults();
    expect(container.querySelector('.el-results')!.getAttribute('aria-label')).toBe('Passende Kunden');
    expect(text('.el-result__meta')).toMatch(/^Segment\? · /);
    await act(async () => root.unmount());
    root = createRoot(container);
    setMessageSource(catalogSource('ja'));
    await renderResults();
    expect(container.querySelector('.el-results')!.getAttribute('aria-label')).toBe('一致する顧客');
    expect(text('.el-result__meta')).toMatch(/^セグメント\? · /);
  });
});

describe('the popup in German and Japanese', () => {
  async function renderPopup() {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await act(async () => root.render(createElement(QueryClientProvider, { client }, createElement(PopupApp))));
    // The directory loads after the first paint (a frame, then a task): wait until the footer names it.
    for (let i = 0; i < 50 && !/\d/.test(text('[data-testid="freshness"]') ?? ''); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  }

  it('German: the search box, the policy source, and the directory count as a plural with German digits', async () => {
    setMessageSource(catalogSource('de'));
    directorySize = 1234;
    await renderPopup();
    const input = container.querySelector('input[type="search"]')!;
    expect(input.getAttribute('placeholder')).toBe('Kunden suchen: Name, Domain oder CRM-ID');
    expect(input.getAttribute('aria-label')).toBe('Kunden suchen');
    expect(text('[data-testid="policy"]')).toContain('Voreinstellung');
    expect(text('[data-testid="freshness"]')).toBe('Verzeichnis: 1.234 Accounts · nie aus einer Quelle synchronisiert; beim Surfen gesehene Accounts');
  });

  it('German: one account is singular', async () => {
    setMessageSource(catalogSource('de'));
    await renderPopup();
    expect(text('[data-testid="freshness"]')).toMatch(/^Verzeichnis: 1 Account · /);
  });

  it('Japanese: the search box and the footer', async () => {
    setMessageSource(catalogSource('ja'));
    directorySize = 1234;
    await renderPopup();
    expect(container.querySelector('input[type="search"]')!.getAttribute('aria-label')).toBe('顧客を検索');
    expect(text('[data-testid="policy"]')).toContain('プリセット');
    expect(text('[data-testid="freshness"]')).toBe('ディレクトリ: 1,234 件のアカウント · ソースから未同期（閲覧中に表示したアカウントのみ）');
  });

  it('English keeps its words', async () => {
    directorySize = 1234;
    await renderPopup();
    expect(container.querySelector('input[type="search"]')!.getAttribute('placeholder')).toBe('Find a customer: name, domain or CRM id');
    expect(container.querySelector('h1')!.textContent).toBe('Entitlement Lens');
    expect(text('[data-testid="freshness"]')).toBe('Directory: 1,234 accounts · never synced from a source; accounts seen while browsing');
  });
});
