import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Entitlement Lens',
    description:
      'Entitlements, discount rules, Slack rights and live SLA countdowns for the account or ticket you are looking at.',
  },
});
