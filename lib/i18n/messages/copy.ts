/** The words of "Copy as text" (issue 14): the Copy buttons of the badges, and the labels of the copied summary itself. */
import { defineMessages } from '../define';

export const copy = defineMessages({
  // The badge's Copy row ({what}: "a summary of Ticket 1042").

  // The copied account: its heading and its facts' labels.
  copy_account: { en: 'Account', de: 'Account', ja: 'アカウント' },
  copy_accountNameUnknown: { en: 'Account name unknown', de: 'Accountname unbekannt', ja: 'アカウント名不明' },
  copy_arr: { en: 'ARR {amount}', de: 'ARR {amount}', ja: 'ARR {amount}' },
  copy_via: { en: 'via {package}', de: 'über {package}', ja: '{package} 経由' },
  copy_until: { en: 'until {date}', de: 'bis {date}', ja: '{date} まで' },
  copy_discount: { en: 'Discount', de: 'Rabatt', ja: '割引' },
  copy_approval: { en: 'Approval: {approvers}', de: 'Freigabe: {approvers}', ja: '承認: {approvers}' },
  copy_packages: { en: 'Packages', de: 'Pakete', ja: 'パッケージ' },
  copy_packagesUnreadable: { en: 'unknown (could not be read)', de: 'unbekannt (nicht lesbar)', ja: '不明（読み取れませんでした）' },
  copy_packagesNone: { en: 'none', de: 'keine', ja: 'なし' },
  copy_withPackage: { en: '{name} (with {package})', de: '{name} (mit {package})', ja: '{name}（{package} に付属）' },
  copy_withPackageUntil: { en: '{name} (with {package} until {date})', de: '{name} (mit {package} bis {date})', ja: '{name}（{package} に付属、{date} まで）' },
  copy_implementation: { en: 'Implementation', de: 'Implementierung', ja: '導入' },
  copy_dedicatedTa: { en: 'Dedicated TA', de: 'Dedizierter TA', ja: '専任 TA' },
  copy_overdue: { en: 'overdue', de: 'überfällig', ja: '期限超過' },
  copy_policy: { en: 'Policy', de: 'Richtlinie', ja: 'ポリシー' },
  copy_noWarnings: { en: 'no warnings', de: 'keine Warnungen', ja: '警告なし' },
  copy_warnings_one: { en: '{count} warning', de: '{count} Warnung', ja: '警告 {count} 件' },
  copy_warnings_other: { en: '{count} warnings', de: '{count} Warnungen', ja: '警告 {count} 件' },

  // The copied ticket: its severity and targets.
  copy_sev: { en: 'Sev {severity}', de: 'Sev {severity}', ja: '重大度 {severity}' },
  copy_severityUnknown: { en: 'severity unknown', de: 'Schweregrad unbekannt', ja: '重大度不明' },
  copy_noTargets: { en: 'no targets in this policy', de: 'keine Ziele in dieser Richtlinie', ja: 'このポリシーに目標はありません' },
  copy_due: { en: 'due {time}', de: 'fällig {time}', ja: '期限 {time}' },

  // The copied ticket's account when Lens has no evaluation of it.
  copy_accountNotKnown: {
    en: 'not known to Lens: Slack and entitlements unknown',
    de: 'Lens nicht bekannt: Slack und Ansprüche unbekannt',
    ja: 'Lens に未登録: Slack と契約内容は不明',
  },
  copy_noteNone: { en: 'none on this ticket: entitlements unknown', de: 'keiner an diesem Ticket: Ansprüche unbekannt', ja: 'このチケットにはなし: 契約内容は不明' },
  copy_quoted: { en: '“{name}”', de: '„{name}“', ja: '「{name}」' },
  copy_noteCandidates_one: {
    en: 'organization {name}: {count} directory account fits, none is chosen: Slack and entitlements unknown',
    de: 'Organisation {name}: {count} Account im Verzeichnis passt, keiner ist ausgewählt: Slack und Ansprüche unbekannt',
    ja: '組織{name}: ディレクトリの {count} 件のアカウントが該当し、どれも選ばれていません: Slack と契約内容は不明',
  },
  copy_noteCandidates_other: {
    en: 'organization {name}: {count} directory accounts fit, none is chosen: Slack and entitlements unknown',
    de: 'Organisation {name}: {count} Accounts im Verzeichnis passen, keiner ist ausgewählt: Slack und Ansprüche unbekannt',
    ja: '組織{name}: ディレクトリの {count} 件のアカウントが該当し、どれも選ばれていません: Slack と契約内容は不明',
  },
  copy_noteNoMatch: {
    en: 'organization {name}: no match in the directory: Slack and entitlements unknown',
    de: 'Organisation {name}: kein Treffer im Verzeichnis: Slack und Ansprüche unbekannt',
    ja: '組織{name}: ディレクトリに一致なし: Slack と契約内容は不明',
  },
  copy_noteNotKnown: {
    en: '{name} not known to Lens yet: Slack and entitlements unknown',
    de: '{name} Lens noch nicht bekannt: Slack und Ansprüche unbekannt',
    ja: '{name}は Lens にまだ登録されていません: Slack と契約内容は不明',
  },
});
