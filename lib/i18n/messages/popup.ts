/** The popup's words. */
import { defineMessages } from '../define';

export const popup = defineMessages({
  // The header: where the policy in force came from.
  popup_policyByAdmin: { en: 'set by your administrator', de: 'von Ihrem Administrator festgelegt', ja: '管理者が設定' },
  popup_policyImported: { en: 'imported policy', de: 'importierte Richtlinie', ja: 'インポートしたポリシー' },
  popup_policyPreset: { en: 'preset', de: 'Voreinstellung', ja: 'プリセット' },

  // An account's card.
  popup_back: { en: 'Back', de: 'Zurück', ja: '戻る' },
  popup_arr: { en: 'ARR {amount}', de: 'ARR {amount}', ja: 'ARR {amount}' },
  popup_openIn: { en: 'Open in {tool}', de: 'In {tool} öffnen', ja: '{tool} で開く' },
  popup_thisAccount: { en: 'This account', de: 'Dieser Account', ja: 'このアカウント' },

  // The current tab's account and the search.
  popup_onThisPage: { en: 'On this page', de: 'Auf dieser Seite', ja: 'このページ' },
  popup_segmentUnknownInline: { en: 'segment unknown', de: 'Segment unbekannt', ja: 'セグメント不明' },
  popup_searchPlaceholder: {
    en: 'Find a customer: name, domain or CRM id',
    de: 'Kunden suchen: Name, Domain oder CRM-ID',
    ja: '顧客を検索: 名前、ドメイン、CRM ID',
  },
  popup_searchLabel: { en: 'Find a customer', de: 'Kunden suchen', ja: '顧客を検索' },
  popup_noMatch: { en: 'No customer matches “{query}”.', de: 'Kein Kunde passt zu „{query}“.', ja: '「{query}」に一致する顧客はありません。' },
  popup_resultsLabel: { en: 'Matching customers', de: 'Passende Kunden', ja: '一致する顧客' },
  popup_segmentShort: { en: 'Segment?', de: 'Segment?', ja: 'セグメント?' },

  // The footer: the directory's freshness.
  popup_directoryUnavailable: { en: 'Directory unavailable: {error}', de: 'Verzeichnis nicht verfügbar: {error}', ja: 'ディレクトリを利用できません: {error}' },
  popup_directoryAccounts_one: { en: 'Directory: {count} account', de: 'Verzeichnis: {count} Account', ja: 'ディレクトリ: {count} 件のアカウント' },
  popup_directoryAccounts_other: { en: 'Directory: {count} accounts', de: 'Verzeichnis: {count} Accounts', ja: 'ディレクトリ: {count} 件のアカウント' },
  popup_directorySynced: { en: 'synced {age}', de: 'synchronisiert {age}', ja: '同期: {age}' },
  popup_directoryNeverSynced: {
    en: 'never synced from a source; accounts seen while browsing',
    de: 'nie aus einer Quelle synchronisiert; beim Surfen gesehene Accounts',
    ja: 'ソースから未同期（閲覧中に表示したアカウントのみ）',
  },
  popup_directoryLoading: { en: 'Loading the directory…', de: 'Verzeichnis wird geladen…', ja: 'ディレクトリを読み込み中…' },

  // The Due-soon list.
  popup_dueTitle: { en: 'Due soon', de: 'Bald fällig', ja: 'まもなく期限' },
  popup_dueWatched_one: { en: '{count} watched', de: '{count} Ticket beobachtet', ja: '{count} 件を監視中' },
  popup_dueWatched_other: { en: '{count} watched', de: '{count} Tickets beobachtet', ja: '{count} 件を監視中' },
  popup_dueUpdated: { en: 'updated {age}', de: 'aktualisiert {age}', ja: '更新: {age}' },
  popup_dueNoRunningTarget: { en: 'No running target', de: 'Kein laufendes Ziel', ja: '進行中の目標なし' },
  popup_dueNoRunningTargetInline: { en: 'no running target', de: 'kein laufendes Ziel', ja: '進行中の目標なし' },
  popup_dueNoTarget: { en: 'no target', de: 'kein Ziel', ja: '目標なし' },
  popup_dueOverdue: { en: '{time} overdue', de: '{time} überfällig', ja: '{time} 超過' },
  popup_dueLeft: { en: '{time} left', de: 'noch {time}', ja: '残り {time}' },
  popup_dueAt: { en: 'due {time}', de: 'fällig {time}', ja: '期限 {time}' },
  popup_dueCustomerUnknown: { en: 'customer unknown', de: 'Kunde unbekannt', ja: '顧客不明' },
  popup_dueWhyOpened: { en: 'opened', de: 'geöffnet', ja: '閲覧済み' },
  popup_dueWhyList: { en: 'seen in a list', de: 'in einer Liste gesehen', ja: '一覧で表示' },
  popup_dueWhyMine: { en: 'yours', de: 'Ihnen zugewiesen', ja: '自分の担当' },
  popup_dueMuted: { en: 'muted', de: 'stummgeschaltet', ja: 'ミュート中' },
  popup_dueDataAge: { en: 'data {minutes} min old', de: 'Daten {minutes} Min. alt', ja: 'データは {minutes} 分前のもの' },
  popup_dueNotifyAgain: { en: 'Notify for this ticket again', de: 'Für dieses Ticket wieder benachrichtigen', ja: 'このチケットの通知を再開' },
  popup_dueStopNotifying: {
    en: 'Not for this ticket: no more notifications',
    de: 'Nicht für dieses Ticket: keine Benachrichtigungen mehr',
    ja: 'このチケットの通知を停止',
  },
  popup_dueUnmute: { en: 'Unmute {ticket}', de: 'Stummschaltung für {ticket} aufheben', ja: '{ticket} のミュートを解除' },
  popup_dueMute: { en: 'Mute {ticket}', de: '{ticket} stummschalten', ja: '{ticket} をミュート' },
  popup_showFewer: { en: 'Show fewer', de: 'Weniger anzeigen', ja: '表示を減らす' },
  popup_showAll_one: { en: 'Show all {count}', de: '{count} Ticket anzeigen', ja: 'すべて表示（{count} 件）' },
  popup_showAll_other: { en: 'Show all {count}', de: 'Alle {count} Tickets anzeigen', ja: 'すべて表示（{count} 件）' },
});
