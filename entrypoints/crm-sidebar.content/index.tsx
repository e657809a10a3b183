import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import { z } from 'zod';
import '@/components/styles.css';
import { createQueryClient } from '@/lib/queries';
import { SidebarApp } from './SidebarApp';

// MV3 forbids eval; zod must not compile validators with `new Function`.
z.config({ jitless: true });

/** Mounts the sidebar once per page, in a shadow root; the app inside follows the record the user is on. */
export default defineContentScript({
  matches: ['https://*.lightning.force.com/*', 'https://*.my.salesforce.com/*', 'https://app.hubspot.com/*', 'https://app-eu1.hubspot.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const queryClient = createQueryClient();
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'entitlement-lens-panel',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = createRoot(container);
        root.render(
          <QueryClientProvider client={queryClient}>
            <SidebarApp ctx={ctx} />
          </QueryClientProvider>,
        );
        return root;
      },
      onRemove(root) {
        root?.unmount();
      },
    });
    ui.autoMount();
  },
});
