/**
 * The CRM panel and the status words it shares with the popup and the badges speak the browser's language: the panel
 * rendered with the German and Japanese messages installed (as the built messages.json say them), the status labels,
 * the formatters (Intl in the UI's locale) and the clipboard's outcome. English is restored after each test, and is
 * checked to read as it always has.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountPanel, type AccountPanelProps } from '../../components/AccountPanel';
import { notKnownYet } from '../../entrypoints/crm-sidebar.content/SidebarApp';
import { deploymentLabel, formatAge, formatDate, formatMoney, segmentLabel, ticketNoun } from '../../lib/domain/format';
import type { Language } from '../../lib/i18n/define';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource, tp } from '../../lib/i18n/t';
import { accountKey, type EvaluatedAccount } from '../../lib/messaging/answers';
import { copyText } from '../../lib/overlay/clipboard';
import type { Evaluation } from '../../lib/policy';
import { discountLabel, kpiLabel, mandatoryLabel, noSlackHeadline, rightLabel, summariseSlack, targetStateLabel } from '../../lib/policy/status-labels';
import { account, evaluateAt, NOW } from '../policy/helpers';

const speak = (lang: Language) => setMessageSource(catalogSource(lang));
afterEach(() => speak('en'));

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** An opted-out Mid-Market account on a managed instance, renewing 15 Dec 2026, with `warnings` warnings. */
function panelHtml(warnings: number, over: Partial<AccountPanelProps> = {}): string {
  const e = evaluateAt(account({ segment: 'MM', arr: 1_200_000, deployment: 'managed', slackOptOut: true, renewalDate: '2026-12-15' }));
  const evaluation: Evaluation = { ...e, warnings: Array.from({ length: warnings }, (_, i) => `warning ${i}`) };
  const shown: EvaluatedAccount = {
    key: accountKey('salesforce', '001A'),
    tool: 'salesforce',
    recordId: '001A',
    url: null,
    evaluation,
    unrecognizedPackages: [],
    readAt: NOW - 4 * MINUTE,
    source: 'page',
  };
  const props: AccountPanelProps = {
    account: shown,
    staleSince: null,
    now: NOW,
    loading: false,
    error: null,
    collapsed: false,
    onToggle: () => {},
    shortcut: 'Alt+Shift+E',
    copyShortcut: 'Alt+Shift+C',
    ...over,
  };
  return renderToStaticMarkup(createElement(AccountPanel, props));
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&#x27;/g, "'");

describe('the panel in German', () => {
  it('names its sections, the account’s facts and the footer in German, dates and money as German writes them', () => {
    speak('de');
    const shown = text(panelHtml(2, { staleSince: NOW - 3 * 60 * MINUTE }));
    for (const words of [
      'Rabatt',
      'Angebote',
      'Mittelstand',
      'Verwaltete Instanz',
      'Kein Slack: Der Kunde hat widersprochen',
      'Warnungen (2)',
      'Kopieren',
      'Als Markdown kopieren',
    ])
      expect(shown).toContain(words);
    expect(shown).toContain('Der Kanal wird bei der Verlängerung entfernt (15. Dez. 2026).');
    expect(shown).toContain('Gespeicherte Daten (vor 3 Std.) werden angezeigt, bis die Seite geladen ist.');
    expect(shown).toMatch(/ARR 1\.200\.000\s\$/);
    expect(shown).toContain('vor 4 Min. gelesen · Verlängerung 15. Dez. 2026');
    expect(shown).toContain(' · Alt+Shift+E blendet ein/aus · Alt+Shift+C kopiert');
    expect(shown).toContain('99,5 % Verfügbarkeit');
    expect(shown).not.toMatch(/Warnings|Copy as Markdown|renews|Policy:/);
  });

  it('titles every section in German (the policy’s own reasons stay as the policy writes them)', () => {
    speak('de');
    const headings = [...panelHtml(2).matchAll(/<h[23][^>]*>([^<]*)<\/h[23]>/g)].map((m) => m[1]);
    expect(headings).toEqual(['Slack', 'Rabatt', 'Angebote', 'Implementierung', 'Supportbedingungen', 'Warnungen (2)']);
  });

  it('counts warnings with the right plural form', () => {
    speak('de');
    expect(text(panelHtml(1))).toContain('⚠ 1 Warnung');
    expect(text(panelHtml(3))).toContain('⚠ 3 Warnungen');
    expect(tp('common_ageDays', 1)).toBe('vor 1 Tag');
    expect(tp('common_ageDays', 5)).toBe('vor 5 Tagen');
  });

  it('says the shared status words in German', () => {
    speak('de');
    expect(discountLabel('available')).toEqual({ tone: 'good', label: 'Rabatt verfügbar' });
    expect(rightLabel(null)).toEqual({ tone: 'unknown', label: 'Unklar' });
    expect(mandatoryLabel({ mandatory: true, purchased: false, exempt: false }).label).toBe('Pflicht, nicht gekauft');
    expect(kpiLabel({ day: 21, of: 30, status: 'in-progress' })).toBe('Tag 21 von 30');
    expect(targetStateLabel({ state: 'unknown' }, null)).toBe('Unbekannt');
    expect(noSlackHeadline(false)).toBe('Kein Slack mit diesem Kunden');
    const slack = { support: { allowed: false }, accountManagement: { allowed: true } } as Evaluation['slack'];
    expect(summariseSlack(slack)).toMatchObject({ label: 'Slack: nur Account-Team', short: 'Nur AM', icon: '½' });
  });

  it('reports a refused clipboard in German', async () => {
    speak('de');
    const refused = Object.assign(new Error('no'), { name: 'NotAllowedError' });
    expect(await copyText('x', { writeText: async () => Promise.reject(refused) })).toEqual({
      ok: false,
      message:
        'Kopieren nicht möglich: Der Browser hat den Zugriff auf die Zwischenablage verweigert. Klicken Sie erneut auf „Kopieren“ oder erlauben Sie die Zwischenablage für diese Website.',
    });
    expect(await copyText('x', { writeText: async () => {} })).toEqual({ ok: true, message: 'Kopiert' });
  });

  it('says the tool’s word for a ticket in German (Salesforce’s Kundenvorgang), and puts the link where German reads it', () => {
    speak('de');
    expect(ticketNoun('Case')).toEqual({ name: 'Kundenvorgang', lower: 'Kundenvorgang', plural: 'Kundenvorgänge' });
    expect(ticketNoun('Issue').lower).toBe('issue');
    const html = renderToStaticMarkup(notKnownYet({ tool: 'salesforce', recordId: '001A', name: 'Acme', url: 'https://acme.my.salesforce.com/001A' }));
    expect(html).toContain('<a class="el-link" href="https://acme.my.salesforce.com/001A" target="_top">Öffnen Sie den Account einmal</a>');
    expect(text(html)).toBe(
      'Acme ist Lens noch nicht bekannt. Öffnen Sie den Account einmal oder synchronisieren Sie das Verzeichnis. Bis dahin sind Slack-Rechte, Rabatt und Ansprüche unbekannt.',
    );
  });
});

describe('the panel in Japanese', () => {
  it('names its sections and facts in Japanese, and dates as Japanese writes them', () => {
    speak('ja');
    const shown = text(panelHtml(1));
    for (const words of ['割引', '提供サービス', '中堅企業', 'マネージドインスタンス', 'Slack なし: 顧客がオプトアウト済み', '警告 (1)', '⚠ 警告 1 件', 'コピー'])
      expect(shown).toContain(words);
    expect(shown).toContain('更新時にチャンネルを削除します (2026年12月15日)。');
    expect(shown).toContain('4 分前に読み取り · 2026年12月15日 更新');
  });

  it('says the shared status words and ages in Japanese', () => {
    speak('ja');
    expect(discountLabel('unavailable').label).toBe('割引不可');
    expect(targetStateLabel({ state: 'no-deadline' }, null)).toBe('期限なし');
    expect(kpiLabel({ day: 0, of: 30, status: 'not-started' })).toBe('未開始');
    expect(formatAge(30_000)).toBe('たった今');
    expect(formatAge(3 * DAY)).toBe('3 日前');
    expect(formatDate(null)).toBe('不明');
    expect(segmentLabel('Strategic')).toBe('戦略顧客');
    // The old tables still read, in the language of the moment.
    expect(segmentLabel('MM')).toBe('中堅企業');
    expect(deploymentLabel('cloud')).toBe('クラウド');
  });
});

describe('English, as it always read', () => {
  it('formats money, dates and ages as before, and the tables follow a language change back', () => {
    speak('de');
    expect(segmentLabel('MM')).toBe('Mittelstand');
    speak('en');
    expect(segmentLabel('MM')).toBe('Mid-Market');
    expect(deploymentLabel('self-hosted')).toBe('Self-hosted');
    expect(segmentLabel('nope')).toBeUndefined();
    expect(formatMoney(1_200_000)).toBe('$1,200,000');
    expect(formatMoney(1_200_000, true)).toBe('$1.2M');
    expect(formatMoney(null)).toBe('unknown');
    expect(formatDate('2026-12-15')).toBe('15 Dec 2026');
    expect([formatAge(0), formatAge(4 * MINUTE), formatAge(3 * 60 * MINUTE), formatAge(2 * DAY)]).toEqual(['just now', '4 min ago', '3 h ago', '2 days ago']);
    expect(ticketNoun('Case')).toEqual({ name: 'Case', lower: 'case', plural: 'cases' });
    expect(ticketNoun(undefined).name).toBe('Ticket');
    const shown = text(panelHtml(1));
    expect(shown).toContain('⚠ 1 warning');
    expect(shown).toContain('Policy: ');
    expect(shown).toContain('read 4 min ago · renews 15 Dec 2026 · Alt+Shift+E toggles · Alt+Shift+C copies');
    expect(text(renderToStaticMarkup(notKnownYet({ tool: 'salesforce', recordId: '001A', name: null, url: null })))).toBe(
      'This account is not known to Lens yet. Open the account once or sync the directory. Its Slack rights, discount and entitlements are unknown until then.',
    );
  });
});
