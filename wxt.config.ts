import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Entitlement Lens',
    description:
      'Entitlements, discount rules, Slack rights and live SLA countdowns for the account or ticket you are looking at.',
    // storage: settings and cache; alarms: the directory refresh; activeTab: the popup reads the current tab;
    // scripting: content scripts on admin-added custom domains.
    permissions: ['storage', 'alarms', 'activeTab', 'scripting'],
    // The background reads tickets from the Zendesk the agent is on (same account, the agent's own session).
    host_permissions: ['https://*.zendesk.com/*'],
    // Custom domains are asked for one host at a time, from the options page's click; nothing is granted up front.
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy (Chrome 3rdparty / Firefox policies.json) is read through storage.managed.
    storage: { managed_schema: 'managed_schema.json' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Show or hide the Entitlement Lens panel',
      },
    },
  },
});
