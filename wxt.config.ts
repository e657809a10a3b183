import { defineConfig } from 'wxt';
import { CATALOG } from './lib/i18n/catalog';
import { LANGUAGES, localeMessages } from './lib/i18n/define';
import { apiHostPermissions } from './lib/sites/registry';

// See https://wxt.dev/api/config.html
/**
 * The public half of the extension's signing key: it pins the Chromium extension id to
 * `dkjnfglnaadgmcifbenpilnblbbnggbi` for unpacked and self-hosted installs, so an administrator's policy (ExtensionSettings,
 * 3rdparty managed storage) can name it before the extension is ever loaded. A store listing assigns its own id.
 */
const CHROMIUM_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEArqZCvHmRLvj/qxanA28vBZNyLuiDhmUPpaRpmuF47RtGuOPq/1uVwW6YwYYcMMtB8xIsi7VKNDHr9yl/jWcBY2QTN6SmKAAJM5sOO09jxAOHAzUE1K+prMmWYIl5vP7fOIEEHIkUH5Poi415O3p5BHRa5tdaKYsSfC0QNbU/wQc0mr579Tpq6pzSwYsmATYMdVEmPP7dIWAe7qhBomdLbgpVa1ieqe93r5F7fdRoSG5bDCL1YFy0DEC/QBxFBNbV+/cpLyRnlsjW5B0QpPvYB3SXSWfFD/dn28gSOKis5QT+Dg75CuuEJBFTa017Zy2Um3R9baaR6Cjl6sDq46dfhQIDAQAB';

export default defineConfig({
  // Every name a file uses is imported where a reader sees it (conventions §11).
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources archive (for add-on review) holds what builds the extension; not the demo's screenshots (gitignored).
  zip: { excludeSources: ['demo-output/**', 'test-results/**'] },
  hooks: {
    // Every surface's words, one messages.json a language, written from lib/i18n/catalog.ts (the source of truth).
    'build:publicAssets': (_wxt, files) => {
      for (const lang of LANGUAGES) files.push({ relativeDest: `_locales/${lang}/messages.json`, contents: JSON.stringify(localeMessages(CATALOG, lang), null, 1) });
    },
  },
  manifest: ({ browser }) => ({
    ...(browser === 'firefox' ? {} : { key: CHROMIUM_KEY }),
    // The browser shows them in its UI language (lib/i18n/messages/common.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings, cache and the watch list; alarms: the directory refresh and the next alert; activeTab: the popup
    // reads the current tab; scripting: content scripts on admin-added custom domains; notifications: alerts before an
    // SLA target is due (lib/background/watch.ts).
    permissions: ['storage', 'alarms', 'activeTab', 'scripting', 'notifications'],
    // None: every tool's API is read by its own page's content script with the agent's session (lib/overlay/session-api.ts).
    // Derived from the registry (lib/sites/registry.ts `apiHostAccess`), so a tool that needs one says so there.
    host_permissions: apiHostPermissions(),
    // Custom domains are asked for one host at a time, from the options page's click; nothing is granted up front.
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy (Chrome 3rdparty / Firefox policies.json) is read through storage.managed. The schema is
    // generated from lib/settings/managed-schema.ts (its tools from the registry); a test keeps public/ equal to it.
    storage: { managed_schema: 'managed_schema.json' },
    // Only the extension's own packaged scripts run on its pages: no remote code, no eval, no plugins.
    // test/e2e/hardening-manifest.e2e.test.ts fails if this (or any permission) widens.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // Firefox MV3 requires an add-on id, and policies.json's "3rdparty" managed storage is keyed by it. Nothing is
    // sent to us or to third parties: the extension reads the agent's own tools with the agent's own session.
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'entitlement-lens@example.com', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } }
      : {}),
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_cmdTogglePanel__',
      },
    },
  }),
});
