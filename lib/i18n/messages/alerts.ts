/** The alerts' words: notifications ahead of a breach, their button, and the toolbar's tooltip. */
import { defineMessages } from '../define';

export const alerts = defineMessages({
  // A notification's title: the target and what is true of it now.
  alerts_minutes: { en: '{minutes} min', de: '{minutes} Min.', ja: '{minutes} 分' },
  alerts_hoursMinutes: { en: '{hours} h {minutes} min', de: '{hours} Std. {minutes} Min.', ja: '{hours} 時間 {minutes} 分' },
  alerts_headlineBreached: { en: '{target}: breached', de: '{target}: verletzt', ja: '{target}: 期限超過' },
  alerts_headlinePastDue: { en: '{target}: past due', de: '{target}: überfällig', ja: '{target}: 期限切れ' },
  alerts_headlineDueIn: { en: '{target}: due in {time}', de: '{target}: fällig in {time}', ja: '{target}: あと {time}' },

  // Its message and the line beneath.
  alerts_customerUnknown: { en: 'customer unknown', de: 'Kunde unbekannt', ja: '顧客不明' },
  alerts_pastDue: { en: '{time} past due', de: '{time} überfällig', ja: '{time} 超過' },
  alerts_leftBusiness: { en: '{time} left (business time)', de: 'noch {time} (Geschäftszeit)', ja: '残り {time}（営業時間）' },
  alerts_due: { en: 'due {time}', de: 'fällig {time}', ja: '期限 {time}' },
  alerts_dataAge: { en: 'computed from data {minutes} min old', de: 'berechnet aus {minutes} Min. alten Daten', ja: '{minutes} 分前のデータから算出' },
  alerts_dataAgeRefused: {
    en: 'computed from data {minutes} min old ({tool} refused the last read)',
    de: 'berechnet aus {minutes} Min. alten Daten ({tool} hat das letzte Lesen abgelehnt)',
    ja: '{minutes} 分前のデータから算出（{tool} が直近の読み取りを拒否）',
  },
  alerts_notForThisTicket: { en: 'Not for this ticket', de: 'Nicht für dieses Ticket', ja: 'このチケットは通知しない' },

  // Several at once: one list notification.
  alerts_groupTitle_one: { en: '{count} ticket needs attention', de: '{count} Ticket erfordert Aufmerksamkeit', ja: '{count} 件のチケットに対応が必要です' },
  alerts_groupTitle_other: { en: '{count} tickets need attention', de: '{count} Tickets erfordern Aufmerksamkeit', ja: '{count} 件のチケットに対応が必要です' },
  alerts_groupStale_one: {
    en: '{count} computed from data older than 10 min',
    de: '{count} aus Daten älter als 10 Min. berechnet',
    ja: '{count} 件は 10 分以上前のデータから算出',
  },
  alerts_groupStale_other: {
    en: '{count} computed from data older than 10 min',
    de: '{count} aus Daten älter als 10 Min. berechnet',
    ja: '{count} 件は 10 分以上前のデータから算出',
  },
  alerts_groupOpen: { en: 'Click to open the most urgent', de: 'Klicken, um das dringendste Ticket zu öffnen', ja: 'クリックして最も緊急のチケットを開く' },

  // The toolbar button's tooltip.
  alerts_toolbarNone_one: {
    en: 'Entitlement Lens: no watched ticket at risk ({count} watched)',
    de: 'Entitlement Lens: kein beobachtetes Ticket gefährdet ({count} beobachtet)',
    ja: 'Entitlement Lens: リスクのある監視中チケットはありません（{count} 件を監視中）',
  },
  alerts_toolbarNone_other: {
    en: 'Entitlement Lens: no watched ticket at risk ({count} watched)',
    de: 'Entitlement Lens: kein beobachtetes Ticket gefährdet ({count} beobachtet)',
    ja: 'Entitlement Lens: リスクのある監視中チケットはありません（{count} 件を監視中）',
  },
  alerts_toolbarAtRisk_one: {
    en: 'Entitlement Lens: {count} ticket at risk or breached',
    de: 'Entitlement Lens: {count} Ticket gefährdet oder verletzt',
    ja: 'Entitlement Lens: {count} 件のチケットがリスクあり・期限超過',
  },
  alerts_toolbarAtRisk_other: {
    en: 'Entitlement Lens: {count} tickets at risk or breached',
    de: 'Entitlement Lens: {count} Tickets gefährdet oder verletzt',
    ja: 'Entitlement Lens: {count} 件のチケットがリスクあり・期限超過',
  },
  alerts_toolbarMore_one: { en: 'and {count} more', de: 'und {count} weiteres', ja: 'ほか {count} 件' },
  alerts_toolbarMore_other: { en: 'and {count} more', de: 'und {count} weitere', ja: 'ほか {count} 件' },
});
