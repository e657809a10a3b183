/**
 * The ticket badges, the notifications, the toolbar's tooltip and the copied summary speak the browser's language:
 * drawn (plain DOM in a linkedom shadow root) or written with the German and Japanese messages installed, as the built
 * messages.json say them. English stays as it was: the setup installs it before every test, and it is restored here
 * after each too (the badges' cached words follow the language back).
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toolbarSummary } from '../../lib/alerts/overview';
import type { Alert } from '../../lib/alerts/plan';
import { alertHeadline, alertText, groupText } from '../../lib/alerts/text';
import type { Ticket } from '../../lib/domain/ticket';
import { catalogSource } from '../../lib/i18n/node-source';
import { setMessageSource } from '../../lib/i18n/t';
import type { EvaluatedTicket } from '../../lib/messaging/answers';
import { TicketBadge, type BadgeData } from '../../lib/overlay/badges/ticket-badge';
import { evaluateTicketSla } from '../../lib/policy';
import { countdown } from '../../lib/policy/sla-countdown';
import { accountSummary, ticketSummary } from '../../lib/policy/summary-text';
import { CALENDARS, HOUR, MINUTE, stateOf, target, watched } from '../alerts/helpers';
import { account, evaluateAt, sourcegraph } from '../policy/helpers';

const { document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
vi.stubGlobal('document', document);

const german = () => setMessageSource(catalogSource('de'));
const japanese = () => setMessageSource(catalogSource('ja'));
afterEach(() => setMessageSource(catalogSource('en')));

const NOW = Date.parse('2026-11-18T19:00:00Z'); // Wed 18 Nov 2026 11:00 PST
const ticket: Ticket = {
  id: '1042',
  subject: 'Search is down',
  severity: 1,
  status: 'open',
  createdAt: '2026-11-16T18:00:00.000Z',
  firstResponseAt: null,
  resolvedAt: null,
  pauses: [],
};
const acme = account({ name: 'Acme Corp', packages: ['slack-support'] });
const sla = evaluateTicketSla(ticket, acme, sourcegraph, { now: NOW });
const evaluated = (over: Partial<EvaluatedTicket> = {}): EvaluatedTicket => ({ ticketId: '1042', ticket, warnings: [], organizationKey: null, sla, ...over });
const data = (over: Partial<BadgeData> = {}): BadgeData => ({
  evaluated: evaluated(),
  organization: null,
  calendars: sourcegraph.sla!.calendars,
  problem: null,
  staleSince: null,
  loading: false,
  onRetry: null,
  ...over,
});

/** A badge drawn into its own shadow root; `fill` draws its details as opening the popover would. */
function draw(badgeData: BadgeData, options: { compact?: boolean; noun?: string; fill?: boolean; width?: number } = {}) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' }) as unknown as ShadowRoot;
  const badge = new TicketBadge('1042', root, options.compact ?? false, options.noun);
  badge.render(badgeData, { localZone: 'America/New_York', hour12: false }, NOW, options.width === undefined ? undefined : options.width >= 80 ? 'wide' : 'narrow');
  if (options.fill) (badge as unknown as { fillDetails(): void }).fillDetails();
  return { badge, root: host.shadowRoot! };
}

describe('the ticket badge', () => {
  it('in German: the button, severity, details table, Copy row and an unknown account', () => {
    german();
    const unseen = evaluated({ account: { tool: 'salesforce', recordId: '001A', name: 'Globex', url: 'https://acme.my.salesforce.com/001A', known: false } });
    const { root } = draw(data({ evaluated: unseen }), { fill: true });
    expect(root.querySelector('.el-badge__main')!.getAttribute('title')).toBe('SLA-Details');
    expect(root.querySelector('.el-badge__sev')!.textContent).toBe('Sev 1');
    expect(root.querySelector('.el-chip--unknown')!.textContent).toBe('? Account unbekannt');
    expect(root.querySelector('.el-chip--unknown')!.getAttribute('title')).toBe(
      'Lens kennt diesen Account noch nicht: Öffnen Sie ihn einmal oder synchronisieren Sie das Verzeichnis',
    );
    expect(root.querySelector('.el-badge__details')!.getAttribute('aria-label')).toBe('SLA-Ziele für Ticket 1042');
    expect([...root.querySelectorAll('.el-targets thead th')].map((th) => th.textContent)).toEqual(['Ziel', 'Status', 'Fällig (Ihre Zeit)', 'Fällig (Kalender)']);
    expect(root.querySelector('.el-badge__unknown-account')!.textContent).toBe(
      'Globex: Lens noch nicht bekannt. Öffnen Sie den Account einmal oder synchronisieren Sie das Verzeichnis.',
    );
    expect(root.querySelector('.el-badge__unknown-account a')!.textContent).toBe('Öffnen Sie den Account einmal');
    const copy = root.querySelector('.el-badge__copy')!;
    expect(copy.getAttribute('aria-label')).toBe('Zusammenfassung von Ticket 1042 kopieren');
    expect([...copy.querySelectorAll('button')].map((b) => [b.textContent, b.getAttribute('title')])).toEqual([
      ['Kopieren', 'Zusammenfassung von Ticket 1042 als reinen Text kopieren'],
      ['Als Markdown kopieren', 'Zusammenfassung von Ticket 1042 als Markdown kopieren'],
    ]);
  });

  it('in Japanese: a Salesforce Case row is named as a ケース, its accessible name in Japanese', () => {
    japanese();
    const { badge, root } = draw(data({ evaluated: evaluated({ account: { tool: 'salesforce', recordId: '001A', name: null, url: null, known: false } }) }), {
      compact: true,
      noun: 'Case',
      width: 86,
    });
    expect(badge.name).toBe('ケース 1042');
    const label = root.querySelector('.el-badge__main')!.getAttribute('title')!;
    const parts = label.split(' · ');
    expect(parts[0]).toBe('ケース 1042');
    expect(parts[1]).toBe('重大度 1');
    // "<metric>: <state>、残り 7h 00m": the time left to the minute, in the row's Japanese sentence.
    expect(parts[2]).toMatch(/^.+: .+、残り 7h 00m$/);
    expect(parts[3]).toBe('アカウント未確認: Slack と契約内容は不明');
    expect(root.querySelector('.el-chip--icon')!.getAttribute('title')).toBe('アカウント不明: Slack と契約内容は不明');
  });

  it('a row without data, in German, then the same in English again (the cached words follow the language)', () => {
    german();
    const none = data({ evaluated: null, loading: true });
    expect(draw(none, { compact: true, width: 30 }).root.querySelector('.el-badge__main')!.getAttribute('title')).toBe('Ticket 1042 · SLA wird geladen');
    const missing = draw(data({ evaluated: evaluated({ sla: [], missing: ['Date/Time Opened', 'Priority'] }) }), { compact: true, width: 30 }).root;
    expect(missing.querySelector('.el-badge__time')!.textContent).toBe('+Sp.');
    expect(missing.querySelector('.el-badge__main')!.getAttribute('title')).toContain('Fügen Sie Date/Time Opened und Priority zu dieser Listenansicht hinzu, um SLAs zu sehen');
    setMessageSource(catalogSource('en'));
    expect(draw(none, { compact: true, width: 30 }).root.querySelector('.el-badge__main')!.getAttribute('title')).toBe('Ticket 1042 · loading SLA');
  });

  it('in English, as before: a row’s accessible name and a tool’s own due time beside the handbook’s', () => {
    const unseen = evaluated({ account: { tool: 'salesforce', recordId: '001A', name: null, url: null, known: false } });
    const row = draw(data({ evaluated: unseen }), { compact: true, width: 86 }).root;
    expect(row.querySelector('.el-badge__main')!.getAttribute('title')).toBe(
      'Ticket 1042 · Sev 1 · First response: On track, 7h 00m left · account not known yet: Slack and entitlements unknown',
    );
    const toolDue = {
      metric: 'first-response' as const,
      toolName: 'HubSpot',
      dueAt: '2026-11-19T19:00:00.000Z',
      status: null,
      handbookDueAt: '2026-11-19T17:30:00.000Z',
      comparison: { differenceMs: -90 * MINUTE, differs: true, handbookIs: 'earlier' as const },
    };
    const line = (root: ShadowRoot) => root.querySelector('.el-badge__tool-due')!.textContent;
    expect(line(draw(data({ evaluated: evaluated({ toolDue: [toolDue] }) }), { fill: true }).root)).toBe(
      'HubSpot’s SLA: first response due Thu, Nov 19, 14:00 EST; the handbook’s: due Thu, Nov 19, 12:30 EST: 1h 30m earlier.',
    );
    german();
    const de = draw(data({ evaluated: evaluated({ toolDue: [toolDue] }) }), { fill: true }).root;
    expect(line(de)).toMatch(/^SLA von HubSpot: erste Antwort fällig .+; laut Handbuch: fällig .+: 1h 30m früher\.$/);
    expect(de.querySelector('.el-chip--differs')!.textContent).toBe('≠ HubSpot-SLA weicht ab');
  });

  it('a page badge with no data and a Retry, in Japanese', () => {
    japanese();
    const { root } = draw(data({ evaluated: null, problem: { kind: 'network', message: 'Netzwerkfehler', status: null, retryAt: null }, onRetry: () => {} }));
    expect(root.querySelector('.el-badge__sev')!.textContent).toBe('SLA ?');
    expect(root.querySelector('.el-badge__problem')!.textContent).toBe('Netzwerkfehler再試行');
    expect(root.querySelector('.el-link')!.textContent).toBe('再試行');
  });
});

describe('the copied summary', () => {
  const live = (d: (typeof sla)[number]) => countdown(d, sourcegraph.sla!.calendars, NOW);

  it('in German: severity, the account note, the account’s labels and the warning count in the right form', () => {
    german();
    const text = ticketSummary({ ticketLabel: 'Ticket 1042', decisions: sla, live }, null, { format: 'text', now: NOW, accountNote: null });
    expect(text.split('\n')[0]).toBe('Ticket 1042 · Sev 1');
    expect(text.split('\n').at(-1)).toBe('Account: Lens nicht bekannt: Slack und Ansprüche unbekannt');
    expect(text).toContain(' · fällig ');
    const accountText = accountSummary(evaluateAt(account({ name: null, segment: null, deployment: null, packages: null }), sourcegraph, NOW), { format: 'text', now: NOW });
    const lines = accountText.split('\n');
    expect(lines[0]).toMatch(/^Accountname unbekannt · Segment unbekannt · ARR .+ · Bereitstellung unbekannt$/);
    expect(lines).toContain('Pakete: unbekannt (nicht lesbar)');
    expect(lines.some((l) => l.startsWith('Rabatt: '))).toBe(true);
    const warned = accountSummary(evaluateAt(account({ infrastructure: { kubernetes: true, externalServices: false } }), sourcegraph, NOW), { format: 'text', now: NOW });
    expect(warned.split('\n').at(-1)).toBe('Richtlinie: Sourcegraph v1.0.0 · ⚠ 1 Warnung');
  });

  it('in Japanese: the ticket’s heading, the due time label, and an unseen account quoted the Japanese way', () => {
    japanese();
    const unseen = evaluated({ account: { tool: 'salesforce', recordId: '001A', name: 'Globex', url: null, known: false } });
    const { badge } = draw(data({ evaluated: unseen }));
    const text = (badge as unknown as { summary(format: 'text' | 'markdown'): string }).summary('markdown');
    expect(text.split('\n')[0]).toBe('**チケット 1042** · 重大度 1');
    expect(text).toContain('期限 ');
    expect(text.split('\n').at(-1)).toBe('- **アカウント:** 「Globex」は Lens にまだ登録されていません: Slack と契約内容は不明');
  });
});

describe('notifications and the toolbar', () => {
  const T0 = Date.parse('2026-11-25T19:45:00Z');
  const alert = (remainingMs: number, id = '1001', level: Alert['level'] = 15): Alert => {
    const t = watched(id, { readAt: T0 - 42 * MINUTE, stale: true });
    return { id: `el|${t.key}|first-response|${level}`, ticket: t, target: t.targets[0]!, level, remainingMs };
  };

  it('in German: the headline, the time left in business time, the data’s age, and a group title in the plural', () => {
    german();
    expect(alertHeadline(alert(15 * MINUTE))).toBe('Severity 1 first response (24 business hours): fällig in 15 Min.');
    expect(alertHeadline(alert(2 * HOUR + 30 * MINUTE))).toBe('Severity 1 first response (24 business hours): fällig in 2 Std. 30 Min.');
    const text = alertText(alert(15 * MINUTE), 'Zendesk', T0, { zone: 'UTC', hour12: false });
    expect(text.contextMessage).toMatch(/^noch 15m 00s \(Geschäftszeit\) · fällig .+ · berechnet aus 42 Min\. alten Daten \(Zendesk hat das letzte Lesen abgelehnt\)$/);
    expect(alertText(alert(15 * MINUTE), 'Zendesk', T0).message).toBe('Zendesk #1001 · Acme\nSearch is down');
    const four = ['1', '2', '3', '4'].map((id) => alert(10 * MINUTE, id));
    expect(groupText(four, T0)).toMatchObject({ title: '4 Tickets erfordern Aufmerksamkeit', message: '4 aus Daten älter als 10 Min. berechnet' });
  });

  it('in Japanese: breached and past due, and the toolbar tooltip’s count', () => {
    japanese();
    expect(alertHeadline(alert(-MINUTE, '1', 'breach'))).toBe('Severity 1 first response (24 business hours): 期限超過');
    expect(alertHeadline(alert(-MINUTE))).toBe('Severity 1 first response (24 business hours): 期限切れ');
    const NOW2 = Date.parse('2026-11-25T19:00:00Z');
    const dueIn = (ms: number) => [target({ dueAt: NOW2 + ms })];
    expect(toolbarSummary(stateOf(watched('1', { targets: dueIn(9 * HOUR) })), CALENDARS, NOW2).title).toBe(
      'Entitlement Lens: リスクのある監視中チケットはありません（1 件を監視中）',
    );
    const six = stateOf(...[50, 10, 40, 20, 30, 5].map((m) => watched(String(m), { targets: dueIn(m * MINUTE) })));
    const lines = toolbarSummary(six, CALENDARS, NOW2).title.split('\n');
    expect(lines[0]).toBe('Entitlement Lens: 6 件のチケットがリスクあり・期限超過');
    expect(lines.at(-1)).toBe('ほか 2 件');
  });

  it('in German, one ticket at risk is said in the singular, two in the plural', () => {
    german();
    const NOW2 = Date.parse('2026-11-25T19:00:00Z');
    const dueIn = (ms: number) => [target({ dueAt: NOW2 + ms })];
    expect(toolbarSummary(stateOf(watched('1', { targets: dueIn(30 * MINUTE) })), CALENDARS, NOW2).title.split('\n')[0]).toBe('Entitlement Lens: 1 Ticket gefährdet oder verletzt');
    expect(toolbarSummary(stateOf(watched('1', { targets: dueIn(30 * MINUTE) }), watched('2', { targets: dueIn(20 * MINUTE) })), CALENDARS, NOW2).title.split('\n')[0]).toBe(
      'Entitlement Lens: 2 Tickets gefährdet oder verletzt',
    );
  });
});
