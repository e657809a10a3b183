/** The ticket badges' words: the badge on a ticket page, a row's chip, its details popover and the screen-reader announcements. */
import { defineMessages } from '../define';

export const badges = defineMessages({
  // The badge itself.
  badges_retry: { en: 'Retry', de: 'Erneut versuchen', ja: '再試行' },
  badges_slaUnknownShort: { en: 'SLA ?', de: 'SLA ?', ja: 'SLA ?' },
  badges_slaDetails: { en: 'SLA details', de: 'SLA-Details', ja: 'SLA の詳細' },
  badges_sev: { en: 'Sev {severity}', de: 'Sev {severity}', ja: '重大度 {severity}' },
  badges_sevUnknown: { en: 'Sev ?', de: 'Sev ?', ja: '重大度 ?' },
  badges_severityUnknown: { en: 'severity unknown', de: 'Schweregrad unbekannt', ja: '重大度不明' },
  badges_stale: { en: 'stale', de: 'veraltet', ja: '古いデータ' },
  badges_late: { en: 'late', de: 'überf.', ja: '超過' },
  badges_addColumnShort: { en: '+col', de: '+Sp.', ja: '+列' },
  badges_loading: { en: 'Loading…', de: 'Wird geladen…', ja: '読み込み中…' },
  badges_noSlaData: { en: 'No SLA data for this ticket.', de: 'Keine SLA-Daten für dieses Ticket.', ja: 'このチケットの SLA データはありません。' },
  badges_loadingSla: { en: 'loading SLA', de: 'SLA wird geladen', ja: 'SLA を読み込み中' },
  badges_noSlaDataShort: { en: 'no SLA data', de: 'keine SLA-Daten', ja: 'SLA データなし' },
  badges_detailsLabel: { en: 'SLA targets for {name}', de: 'SLA-Ziele für {name}', ja: '{name} の SLA 目標' },

  // Where there is no countdown: the targets are not ours to count, unknown, met, or there are none.
  badges_slaSeeContract: { en: 'SLA: see contract', de: 'SLA: siehe Vertrag', ja: 'SLA: 契約を参照' },
  badges_slaUnknown: { en: 'SLA unknown', de: 'SLA unbekannt', ja: 'SLA 不明' },
  badges_slasMet: { en: 'SLAs met', de: 'SLAs erfüllt', ja: 'SLA 達成' },
  badges_noSla: { en: 'No SLA', de: 'Kein SLA', ja: 'SLA なし' },

  // A row's accessible name and tooltip.
  badges_rowTarget: { en: '{metric}: {state}, {time}', de: '{metric}: {state}, {time}', ja: '{metric}: {state}、{time}' },
  badges_noTarget: { en: 'no target', de: 'kein Ziel', ja: '目標なし' },
  badges_met: { en: 'met', de: 'erfüllt', ja: '達成' },
  badges_overdue: { en: '{time} overdue', de: '{time} überfällig', ja: '{time} 超過' },
  badges_left: { en: '{time} left', de: 'noch {time}', ja: '残り {time}' },

  // The details popover.
  badges_organization: { en: 'Organization', de: 'Organisation', ja: '組織' },
  badges_segmentUnknown: { en: 'segment unknown', de: 'Segment unbekannt', ja: 'セグメント不明' },
  badges_entitlement: { en: 'Entitlement: {name}', de: 'Anspruch: {name}', ja: '契約: {name}' },
  badges_colTarget: { en: 'Target', de: 'Ziel', ja: '目標' },
  badges_colState: { en: 'State', de: 'Status', ja: '状態' },
  badges_colDueYours: { en: 'Due (yours)', de: 'Fällig (Ihre Zeit)', ja: '期限（あなたの時刻）' },
  badges_colDueCalendar: { en: 'Due (calendar)', de: 'Fällig (Kalender)', ja: '期限（カレンダー）' },
  badges_copyWhat: { en: 'a summary of {name}', de: 'Zusammenfassung von {name}', ja: '{name} の概要' },
  badges_readFromPage: { en: 'Read from the page: {problem}', de: 'Von der Seite gelesen: {problem}', ja: 'ページから読み取り: {problem}' },
  badges_timesUnreadable: {
    en: 'The ticket’s times could not be read from the tool',
    de: 'Die Zeiten des Tickets konnten nicht aus dem Tool gelesen werden',
    ja: 'ツールからチケットの日時を読み取れませんでした',
  },

  // What the page lacks for the SLA: a list view's column, or a record page's field ({fields} is the tool's own words).
  badges_missingList: {
    en: 'Add {fields} to this list view for SLAs',
    de: 'Fügen Sie {fields} zu dieser Listenansicht hinzu, um SLAs zu sehen',
    ja: 'SLA を表示するには、このリストビューに {fields} を追加してください',
  },
  badges_missingLayout: {
    en: "Add {fields} to this page's layout for SLAs",
    de: 'Fügen Sie {fields} zum Layout dieser Seite hinzu, um SLAs zu sehen',
    ja: 'SLA を表示するには、このページのレイアウトに {fields} を追加してください',
  },
  badges_fieldsAnd: { en: ' and ', de: ' und ', ja: ' と ' },

  // An account Lens does not know: what is unknown is said, never "not allowed".
  badges_unmatchedLabel: {
    en: 'organization: no match in the directory: Slack and entitlements unknown',
    de: 'Organisation: kein Treffer im Verzeichnis: Slack und Ansprüche unbekannt',
    ja: '組織: ディレクトリに一致なし: Slack と契約内容は不明',
  },
  badges_unknownAccountLabel: {
    en: 'account not known yet: Slack and entitlements unknown',
    de: 'Account noch nicht bekannt: Slack und Ansprüche unbekannt',
    ja: 'アカウント未確認: Slack と契約内容は不明',
  },
  badges_unmatchedTitle: {
    en: 'No account in the directory matches this organization: sync the directory',
    de: 'Kein Account im Verzeichnis passt zu dieser Organisation: Synchronisieren Sie das Verzeichnis',
    ja: 'この組織に一致するアカウントがディレクトリにありません: ディレクトリを同期してください',
  },
  badges_unknownAccountTitle: {
    en: 'Lens has not seen this account: open it once, or sync the directory',
    de: 'Lens kennt diesen Account noch nicht: Öffnen Sie ihn einmal oder synchronisieren Sie das Verzeichnis',
    ja: 'Lens はこのアカウントをまだ読み込んでいません: 一度開くか、ディレクトリを同期してください',
  },
  badges_noMatch: { en: 'No match', de: 'Kein Treffer', ja: '一致なし' },
  badges_accountUnknown: { en: 'Account unknown', de: 'Account unbekannt', ja: 'アカウント不明' },
  badges_accountUnknownTitle: {
    en: 'Account unknown: Slack and entitlements unknown',
    de: 'Account unbekannt: Slack und Ansprüche unbekannt',
    ja: 'アカウント不明: Slack と契約内容は不明',
  },
  badges_noAccount: {
    en: 'No account on this ticket: entitlements unknown',
    de: 'Kein Account an diesem Ticket: Ansprüche unbekannt',
    ja: 'このチケットにはアカウントがありません: 契約内容は不明',
  },
  badges_thisAccount: { en: 'this account', de: 'dieser Account', ja: 'このアカウント' },
  badges_orgCandidates_one: {
    en: 'Organization “{name}”: {count} directory account fits, none is chosen. Entitlements unknown.',
    de: 'Organisation „{name}“: {count} Account im Verzeichnis passt, keiner ist ausgewählt. Ansprüche unbekannt.',
    ja: '組織「{name}」: ディレクトリの {count} 件のアカウントが該当し、どれも選ばれていません。契約内容は不明です。',
  },
  badges_orgCandidates_other: {
    en: 'Organization “{name}”: {count} directory accounts fit, none is chosen. Entitlements unknown.',
    de: 'Organisation „{name}“: {count} Accounts im Verzeichnis passen, keiner ist ausgewählt. Ansprüche unbekannt.',
    ja: '組織「{name}」: ディレクトリの {count} 件のアカウントが該当し、どれも選ばれていません。契約内容は不明です。',
  },
  badges_orgNoMatch: {
    en: 'Organization “{name}”: no match in the directory. Entitlements unknown; sync the directory or check the name.',
    de: 'Organisation „{name}“: kein Treffer im Verzeichnis. Ansprüche unbekannt; synchronisieren Sie das Verzeichnis oder prüfen Sie den Namen.',
    ja: '組織「{name}」: ディレクトリに一致なし。契約内容は不明です。ディレクトリを同期するか、名前を確認してください。',
  },
  // One sentence in three parts, the middle one a link: each language keeps its own spaces.
  badges_notKnownYet: { en: '{name}: not known to Lens yet. ', de: '{name}: Lens noch nicht bekannt. ', ja: '{name}: Lens にまだ登録されていません。' },
  badges_openAccountOnce: { en: 'Open the account once', de: 'Öffnen Sie den Account einmal', ja: 'アカウントを一度開く' },
  badges_orSyncDirectory: { en: ' or sync the directory.', de: ' oder synchronisieren Sie das Verzeichnis.', ja: 'か、ディレクトリを同期してください。' },
  badges_matchedByName: {
    en: 'Organization “{name}” matched in the directory by name',
    de: 'Organisation „{name}“ im Verzeichnis über den Namen zugeordnet',
    ja: '組織「{name}」を名前でディレクトリと照合',
  },
  badges_matchedByDomain: {
    en: 'Organization “{name}” matched in the directory by domain',
    de: 'Organisation „{name}“ im Verzeichnis über die Domain zugeordnet',
    ja: '組織「{name}」をドメインでディレクトリと照合',
  },

  // A tool's own due time beside the handbook's.
  badges_metricFirstResponse: { en: 'first response', de: 'erste Antwort', ja: '初回応答' },
  badges_metricNextResponse: { en: 'next response', de: 'nächste Antwort', ja: '次回応答' },
  badges_metricResolution: { en: 'resolution', de: 'Lösung', ja: '解決' },
  badges_metricInternalFirstResponse: { en: 'internal first response', de: 'interne erste Antwort', ja: '社内初回応答' },
  badges_toolDue: { en: '{tool}’s SLA: {metric} due {time}', de: 'SLA von {tool}: {metric} fällig {time}', ja: '{tool} の SLA: {metric}の期限 {time}' },
  badges_toolDueNoHandbook: {
    en: '{toolDue}; the handbook sets no {metric} target.',
    de: '{toolDue}; das Handbuch legt kein Ziel für {metric} fest.',
    ja: '{toolDue}。ハンドブックには{metric}の目標がありません。',
  },
  badges_handbookDue: { en: 'the handbook’s: due {time}', de: 'laut Handbuch: fällig {time}', ja: 'ハンドブック: 期限 {time}' },
  badges_handbookSame: { en: 'they agree', de: 'stimmen überein', ja: '一致' },
  badges_handbookEarlier: { en: '{time} earlier', de: '{time} früher', ja: '{time} 早い' },
  badges_handbookLater: { en: '{time} later', de: '{time} später', ja: '{time} 遅い' },
  badges_toolDueCompared: { en: '{toolDue}; {handbook}: {by}.', de: '{toolDue}; {handbook}: {by}.', ja: '{toolDue}。{handbook}: {by}。' },
  badges_differsLabel: { en: '{tool}’s SLA differs from the handbook', de: 'SLA von {tool} weicht vom Handbuch ab', ja: '{tool} の SLA がハンドブックと異なります' },
  badges_differsTitle: {
    en: '{tool}’s own SLA due time differs from the handbook’s: see the details',
    de: 'Die SLA-Fälligkeit von {tool} weicht von der des Handbuchs ab: siehe Details',
    ja: '{tool} 独自の SLA 期限がハンドブックと異なります: 詳細を参照',
  },
  badges_differsChip: { en: '{tool} SLA differs', de: '{tool}-SLA weicht ab', ja: '{tool} SLA 相違' },

  // Announced (politely, once) when a badge crosses a threshold.
  badges_announceBreached: { en: '{name}: {metric} breached', de: '{name}: {metric} verletzt', ja: '{name}: {metric}が期限超過' },
  badges_announceAtRisk: { en: '{name}: {metric} at risk', de: '{name}: {metric} gefährdet', ja: '{name}: {metric}が期限間近' },
});
