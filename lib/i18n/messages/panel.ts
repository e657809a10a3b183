/** The panel's words: the CRM sidebar (components/AccountPanel.tsx and the sections it shows, also on the popup card). */
import { defineMessages } from '../define';

export const panel = defineMessages({
  // components/AccountPanel.tsx
  panel_showTitle: { en: 'Show Entitlement Lens ({shortcut})', de: 'Entitlement Lens einblenden ({shortcut})', ja: 'Entitlement Lens を表示 ({shortcut})' },
  panel_tabLabel: { en: 'Entitlements', de: 'Ansprüche', ja: '契約内容' },
  panel_readingAccount: { en: 'Reading account…', de: 'Account wird gelesen…', ja: 'アカウントを読み取り中…' },
  panel_account: { en: 'Account', de: 'Account', ja: 'アカウント' },
  panel_arr: { en: 'ARR {amount}', de: 'ARR {amount}', ja: 'ARR {amount}' },
  panel_warningCount_one: { en: '{count} warning', de: '{count} Warnung', ja: '警告 {count} 件' },
  panel_warningCount_other: { en: '{count} warnings', de: '{count} Warnungen', ja: '警告 {count} 件' },
  panel_hideTitle: { en: 'Hide ({shortcut})', de: 'Ausblenden ({shortcut})', ja: '非表示 ({shortcut})' },
  panel_hideLabel: { en: 'Hide Entitlement Lens', de: 'Entitlement Lens ausblenden', ja: 'Entitlement Lens を非表示' },
  panel_staleBanner: {
    en: 'Showing saved data from {age} while the page loads.',
    de: 'Gespeicherte Daten ({age}) werden angezeigt, bis die Seite geladen ist.',
    ja: 'ページの読み込み中は、{age}の保存データを表示しています。',
  },
  panel_readingFromPage: { en: 'Reading the account from the page…', de: 'Account wird von der Seite gelesen…', ja: 'ページからアカウントを読み取り中…' },
  panel_noFields: {
    en: 'No account fields found on this page yet.',
    de: 'Auf dieser Seite wurden noch keine Account-Felder gefunden.',
    ja: 'このページにはまだアカウントの項目が見つかりません。',
  },
  panel_policy: { en: 'Policy: {name} v{version}', de: 'Richtlinie: {name} v{version}', ja: 'ポリシー: {name} v{version}' },
  panel_policyEnglish_one: { en: '{count} policy text in English only', de: '{count} Richtlinientext nur auf Englisch', ja: 'ポリシー文言 {count} 件は英語のみ' },
  panel_policyEnglish_other: { en: '{count} policy texts in English only', de: '{count} Richtlinientexte nur auf Englisch', ja: 'ポリシー文言 {count} 件は英語のみ' },
  panel_policyEnglishWhy: {
    en: 'Offering names, reasons and notes come from the policy file; it has no translation for these, so they show in its English.',
    de: 'Angebotsnamen, Begründungen und Hinweise stammen aus der Richtliniendatei; sie enthält für diese keine Übersetzung, daher erscheinen sie auf Englisch.',
    ja: '提供サービス名・理由・注記はポリシーファイルから表示されます。これらには翻訳がないため、英語のまま表示されます。',
  },
  panel_readAge: { en: 'read {age}', de: '{age} gelesen', ja: '{age}に読み取り' },
  panel_renews: { en: 'renews {date}', de: 'Verlängerung {date}', ja: '{date} 更新' },
  panel_shortcutToggles: { en: '{keys} toggles', de: '{keys} blendet ein/aus', ja: '{keys} で表示切替' },
  panel_shortcutCopies: { en: '{keys} copies', de: '{keys} kopiert', ja: '{keys} でコピー' },

  // components/AccountDetails.tsx
  panel_discountHeading: { en: 'Discount', de: 'Rabatt', ja: '割引' },
  panel_approval: { en: 'Approval: {approvers}', de: 'Freigabe: {approvers}', ja: '承認: {approvers}' },
  panel_managedServices: { en: 'Managed Services', de: 'Managed Services', ja: 'マネージドサービス' },
  panel_accessGranted: { en: 'Access granted', de: 'Gewährter Zugriff', ja: '付与されるアクセス' },
  panel_servicesPerformed: { en: 'Services performed', de: 'Erbrachte Leistungen', ja: '実施するサービス' },
  panel_neededFromCustomer: { en: 'Needed from the customer', de: 'Vom Kunden benötigt', ja: '顧客側で必要なもの' },
  panel_supportTerms: { en: 'Support terms', de: 'Supportbedingungen', ja: 'サポート条件' },
  panel_uptime: { en: '{percent}% uptime', de: '{percent} % Verfügbarkeit', ja: '稼働率 {percent}%' },
  panel_warningsHeading: { en: 'Warnings ({count})', de: 'Warnungen ({count})', ja: '警告 ({count})' },

  // components/Reasons.tsx
  panel_why: { en: 'Why?', de: 'Warum?', ja: '理由' },

  // components/SlackRights.tsx
  panel_via: { en: 'via {package}', de: 'über {package}', ja: '{package} 経由' },
  panel_until: { en: 'until {date}', de: 'bis {date}', ja: '{date} まで' },

  // components/OfferingList.tsx
  panel_offerings: { en: 'Offerings', de: 'Angebote', ja: '提供サービス' },
  panel_withPackage: { en: 'With {package}', de: 'Mit {package}', ja: '{package} に付属' },
  panel_withPackageUntil: { en: 'With {package} until {date}', de: 'Mit {package} bis {date}', ja: '{package} に付属 ({date} まで)' },

  // components/ImplementationSection.tsx
  panel_implementation: { en: 'Implementation', de: 'Implementierung', ja: '導入' },
  panel_dedicatedTa: { en: 'Dedicated TA', de: 'Dedizierter TA', ja: '専任 TA' },
  panel_kpiOverdue: { en: 'overdue', de: 'überfällig', ja: '期限超過' },
  panel_implementationDays: { en: 'Implementation days used', de: 'Verbrauchte Implementierungstage', ja: '導入の経過日数' },

  // entrypoints/crm-sidebar.content/SidebarApp.tsx
  panel_evaluateFailed: {
    en: 'Could not evaluate this account: {error}',
    de: 'Dieser Account konnte nicht ausgewertet werden: {error}',
    ja: 'このアカウントを評価できませんでした: {error}',
  },
  panel_lookupFailed: {
    en: 'Could not look up this account: {error}',
    de: 'Dieser Account konnte nicht nachgeschlagen werden: {error}',
    ja: 'このアカウントを検索できませんでした: {error}',
  },
  panel_contextDirectory: {
    en: '{noun}’s account, from the directory (updated {age})',
    de: 'Account zu diesem {noun}, aus dem Verzeichnis (aktualisiert {age})',
    ja: 'この{noun}のアカウント (ディレクトリより、{age}に更新)',
  },
  panel_contextRead: {
    en: '{noun}’s account, as last read in {tool} {age}',
    de: 'Account zu diesem {noun}, zuletzt {age} in {tool} gelesen',
    ja: 'この{noun}のアカウント ({tool} で{age}に読み取り)',
  },
  panel_contextReadCrm: {
    en: '{noun}’s account, as last read in the CRM {age}',
    de: 'Account zu diesem {noun}, zuletzt {age} im CRM gelesen',
    ja: 'この{noun}のアカウント (CRM で{age}に読み取り)',
  },
  panel_noLinkedAccount: {
    en: 'This {noun} links no account: its entitlements are unknown.',
    de: 'Mit diesem {noun} ist kein Account verknüpft, daher sind die Ansprüche unbekannt.',
    ja: 'この{noun}にはアカウントが紐付いていません。契約内容は不明です。',
  },
  panel_thisAccount: { en: 'This account', de: 'Dieser Account', ja: 'このアカウント' },
  panel_unknownAccount: {
    en: '{name} is not known to Lens yet. {link} or sync the directory. Its Slack rights, discount and entitlements are unknown until then.',
    de: '{name} ist Lens noch nicht bekannt. {link} oder synchronisieren Sie das Verzeichnis. Bis dahin sind Slack-Rechte, Rabatt und Ansprüche unbekannt.',
    ja: '{name} はまだ Lens に登録されていません。{link}か、ディレクトリを同期してください。それまで Slack の利用可否・割引・契約内容は不明です。',
  },
  panel_openAccountOnce: { en: 'Open the account once', de: 'Öffnen Sie den Account einmal', ja: 'アカウントを一度開く' },
});
