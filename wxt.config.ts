import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Entitlement Lens',
    description:
      'Entitlements, discount rules, Slack rights and live SLA countdowns for the account or ticket you are looking at.',
    permissions: ['storage'],
    // The background reads tickets from the Zendesk the agent is on (same account, the agent's own session).
    host_permissions: ['https://*.zendesk.com/*'],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Show or hide the Entitlement Lens panel',
      },
    },
  },
});
