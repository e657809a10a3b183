/** Words shared by several surfaces: the product, the manifest, states every surface names the same way. */
import { defineMessages } from '../define';

export const common = defineMessages({
  extName: { en: 'Entitlement Lens', de: 'Entitlement Lens', ja: 'Entitlement Lens' },
  extDescription: {
    en: 'Entitlements, discount rules, Slack rights and live SLA countdowns for the account or ticket you are looking at.',
    de: 'Ansprüche, Rabattregeln, Slack-Rechte und laufende SLA-Countdowns für den Account oder das Ticket, das Sie gerade ansehen.',
    ja: '表示中のアカウントやチケットについて、契約内容・割引ルール・Slack の利用可否・SLA の残り時間を表示します。',
  },
  cmdTogglePanel: {
    en: 'Show or hide the Entitlement Lens panel',
    de: 'Entitlement-Lens-Bereich ein- oder ausblenden',
    ja: 'Entitlement Lens パネルの表示/非表示',
  },
});
