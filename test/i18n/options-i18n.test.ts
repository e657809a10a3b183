/**
 * The options page speaks the browser's language: its sections in German and Japanese, plurals by count, weekdays and
 * numbers formatted for the language; English stays as it always read.
 */
import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertsSection, type AlertsSectionProps } from '../../components/options/AlertsSection';
import { DirectorySection, type DirectorySectionProps } from '../../components/options/DirectorySection';
import { DisplaySection } from '../../components/options/DomainsDisplaySection';
import { FieldMappingSection, type FieldMappingSectionProps } from '../../components/options/FieldMappingSection';
import { HolidaysSection } from '../../components/options/HolidaysSection';
import { PolicySection, type PolicySectionProps } from '../../components/options/PolicySection';
import type { DueSoonRow } from '../../lib/alerts/overview';
import { DEFAULT_ALERT_SETTINGS } from '../../lib/alerts/settings';
import type { Language } from '../../lib/i18n/define';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource } from '../../lib/i18n/t';
import { PRESETS } from '../../lib/policy/presets';
import { DEFAULT_FIELD_MAPPINGS, DEFAULT_TICKET_FIELDS } from '../../lib/sites/registry';
import { parseFixtureHtml } from '../fixtures/dom';

const speak = (lang: Language) => setMessageSource(catalogSource(lang));
afterEach(() => speak('en'));

function render<P extends object>(component: FunctionComponent<P>, props: P): Document {
  return parseFixtureHtml(`<!DOCTYPE html><html><body><main>${renderToStaticMarkup(createElement(component, props))}</main></body></html>`);
}
const text = (doc: Document, selector: string) => doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

const mappingProps: FieldMappingSectionProps = {
  mappings: DEFAULT_FIELD_MAPPINGS,
  admin: false,
  preview: null,
  previewMessage: null,
  onSave: () => {},
  onReset: () => {},
  onPreview: () => {},
  ticketMappings: DEFAULT_TICKET_FIELDS,
  ticketAdmin: true,
  onSaveTicketFields: () => {},
  onResetTicketFields: () => {},
};

const row = (n: number): DueSoonRow => ({
  key: `https://acme.zendesk.com#${n}`,
  tool: 'zendesk',
  label: `#${n}`,
  subject: null,
  customer: null,
  severity: null,
  url: `https://acme.zendesk.com/agent/tickets/${n}`,
  why: 'opened',
  metric: null,
  targetLabel: null,
  dueAt: null,
  remainingMs: null,
  tone: 'unknown' as DueSoonRow['tone'],
  readAt: 0,
  stale: false,
  snoozed: true,
});
const alertsProps = (rows: number): AlertsSectionProps => ({
  settings: DEFAULT_ALERT_SETTINGS,
  admin: false,
  watched: { rows: Array.from({ length: rows }, (_, i) => row(i + 1)), now: 60_000, settings: DEFAULT_ALERT_SETTINGS },
  onSave: async () => null,
});

const directoryProps = (count: number): DirectorySectionProps => ({
  url: null,
  refreshMinutes: 60,
  admin: false,
  count,
  lastSync: null,
  now: 0,
  importOutcome: null,
  onSaveSource: () => null,
  onSyncNow: () => {},
  onImport: () => {},
  onClear: () => {},
});

const policyProps = (problems: number): PolicySectionProps => ({
  active: {
    policy: PRESETS.sourcegraph,
    source: 'preset',
    refused: { source: 'imported', problems: Array.from({ length: problems }, (_, i) => ({ path: `x.${i}`, message: 'bad' })) },
    untranslated: 0,
  } as PolicySectionProps['active'],
  presets: [{ id: 'sourcegraph', name: 'Sourcegraph', version: '1' }],
  chosenPreset: 'sourcegraph',
  admin: false,
  outcome: null,
  onChoosePreset: () => {},
  onImport: () => {},
  onExport: () => {},
});

describe('the options page in German', () => {
  it('names the field mapping and a tool’s ticket fields, with the tool’s own noun, and says the administrator set them', () => {
    speak('de');
    const doc = render(FieldMappingSection, mappingProps);
    expect(text(doc, '[data-section="mapping"] h2')).toBe('Feldzuordnung');
    expect(text(doc, '[data-section="ticket-fields"] h2')).toBe('Ticketfelder: Salesforce');
    expect(doc.querySelector('[data-section="ticket-fields"] input[aria-label="Beschriftungen oder Namen für opened (Kundenvorgang)"]')).not.toBeNull();
    expect(text(doc, '[data-testid="ticket-fields-admin"]')).toBe('🔒 Von Ihrem Administrator festgelegt');
    expect(text(doc, '[data-section="ticket-fields"] p.el-note')).toContain('Wo Lens die Felder eines Datensatzes vom Typ Kundenvorgang auf Salesforce-Seiten');
  });

  it('counts watched tickets and stored accounts in the right form, the number written the German way', () => {
    speak('de');
    expect(text(render(AlertsSection, alertsProps(1)), 'h3.el-subhead')).toBe('Derzeit beobachtet: 1 Ticket');
    const two = render(AlertsSection, alertsProps(2));
    expect(text(two, 'h3.el-subhead')).toBe('Derzeit beobachtet: 2 Tickets');
    expect(text(two, '[data-section="alerts"] h2')).toBe('Warnungen vor SLA-Verletzungen');
    expect([...two.querySelectorAll('[data-testid="watched"] th')].map((th) => th.textContent)).toEqual([
      'Ticket',
      'Kunde',
      'Nächste Fälligkeit',
      'Grund der Beobachtung',
      'Daten',
    ]);
    expect(text(two, '[data-testid="watched"] tbody tr td')).toBe('Zendesk #1 (stummgeschaltet)');
    expect(text(render(DirectorySection, directoryProps(1)), '[data-testid="directory-count"]')).toBe('1 Account gespeichert.');
    expect(text(render(DirectorySection, directoryProps(12345)), '[data-testid="directory-count"]')).toBe('12.345 Accounts gespeichert.');
  });

  it('writes the calendars’ weekdays in German', () => {
    speak('de');
    const doc = render(HolidaysSection, { policy: PRESETS.sourcegraph, extra: {}, admin: false, onAdd: () => null, onRemove: () => {} });
    expect(text(doc, '[data-section="calendars"] h2')).toBe('Kalender und Feiertage');
    expect(text(doc, '[data-section="calendars"] tbody tr td:nth-child(3)')).toMatch(/^Mo\.? Di\.? Mi\.? Do\.? Fr\.? 09:00–17:00$/);
  });
});

describe('the options page in Japanese', () => {
  it('shows the policy in force and a refusal, one form for every count', () => {
    speak('ja');
    const one = render(PolicySection, policyProps(1));
    expect(text(one, '[data-testid="active-policy"]')).toBe(`適用中: Sourcegraph バージョン ${PRESETS.sourcegraph.version} (プリセット)`);
    expect(text(one, '.el-outcome--bad')).toBe('保存済みのポリシーは受け付けられませんでした（問題 1 件）。上のポリシーが引き続き適用されます。');
    expect(text(render(PolicySection, policyProps(3)), '.el-outcome--bad')).toContain('（問題 3 件）');
  });

  it('labels the alerts, the display settings and the watched list', () => {
    speak('ja');
    const doc = render(AlertsSection, alertsProps(1));
    expect(text(doc, 'h3.el-subhead')).toBe('監視中: 1 件');
    expect(text(doc, 'label[for="alerts-sev1"]')).toBe('重大度 1');
    expect(text(doc, 'button[type="submit"]')).toBe('通知設定を保存');
    expect(text(doc, '[data-testid="watched"] tbody tr td:nth-child(3)')).toBe('進行中の目標なし');
    const display = render(DisplaySection, { zone: null, hour12: null, admin: false, onSave: () => null });
    expect([...display.querySelectorAll('#display-clock option')].map((o) => o.textContent)).toEqual(['ブラウザーの設定', '12 時間制', '24 時間制']);
    expect(display.querySelector('#display-zone')?.getAttribute('placeholder')).toBe('ブラウザーの設定（例: Asia/Tokyo）');
  });
});

describe('the options page in English', () => {
  it('reads as it always did, a single account or problem now said in the singular', () => {
    const doc = render(AlertsSection, alertsProps(2));
    expect(text(doc, 'h3.el-subhead')).toBe('Watched now: 2 tickets');
    expect(text(doc, '[data-testid="watched"] tbody tr td')).toBe('Zendesk #1 (muted)');
    expect(text(doc, '[data-testid="watched"] tbody tr td:nth-child(4)')).toBe('You opened it');
    expect(text(render(DirectorySection, directoryProps(12345)), '[data-testid="directory-count"]')).toBe('12,345 accounts stored.');
    expect(text(render(DirectorySection, directoryProps(1)), '[data-testid="directory-count"]')).toBe('1 account stored.');
    const policy = render(PolicySection, policyProps(2));
    expect(text(policy, '[data-testid="active-policy"]')).toBe(`In force: Sourcegraph version ${PRESETS.sourcegraph.version} (preset)`);
    expect(text(policy, '.el-outcome--bad')).toBe('A stored policy was refused (2 problems); the one above stays in force.');
    const holidays = render(HolidaysSection, { policy: PRESETS.sourcegraph, extra: {}, admin: false, onAdd: () => null, onRemove: () => {} });
    expect(text(holidays, '[data-section="calendars"] tbody tr td:nth-child(3)')).toBe('Mon Tue Wed Thu Fri 09:00–17:00');
  });
});
