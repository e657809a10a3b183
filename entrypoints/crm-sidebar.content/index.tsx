import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
// Inline CSS rather than a web-accessible file: the panel must style itself on custom domains too, where the
// manifest's web_accessible_resources matches do not reach.
import styles from '@/components/styles.css?inline';
import { uiLanguage } from '@/lib/i18n/t';
import { createQueryClient } from '@/lib/overlay/queries';
import { THEME_ATTRIBUTE, watchTheme } from '@/lib/overlay/theme';
import { contentCustomHosts } from '@/lib/settings/content-hosts';
import { surfaceMatches } from '@/lib/sites/registry';
import { SidebarApp } from './SidebarApp';

/** Mounts the sidebar once per page, in a shadow root; the app inside follows the record the user is on. */
export default defineContentScript({
  // The hosts of every tool whose pages the sidebar serves (lib/sites/registry.ts); custom domains are registered at run time.
  matches: surfaceMatches('crm-sidebar'),
  cssInjectionMode: 'manual',
  async main(ctx) {
    const queryClient = createQueryClient();
    const customHosts = await contentCustomHosts();
    const ui = await createShadowRootUi<{ root: Root; stopTheme: () => void }>(ctx, {
      name: 'entitlement-lens-panel',
      css: styles,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container, shadow, host) {
        // Light or dark as the CRM shows itself (lib/overlay/theme.ts), and the UI's language for the panel's text.
        host.setAttribute('lang', uiLanguage());
        const stopTheme = watchTheme((theme) => host.setAttribute(THEME_ATTRIBUTE, theme));
        const root = createRoot(container);
        root.render(
          <QueryClientProvider client={queryClient}>
            <SidebarApp ctx={ctx} customHosts={customHosts} shadow={shadow} />
          </QueryClientProvider>,
        );
        return { root, stopTheme };
      },
      onRemove(mounted) {
        mounted?.stopTheme();
        mounted?.root.unmount();
      },
    });
    ui.autoMount();
  },
});
