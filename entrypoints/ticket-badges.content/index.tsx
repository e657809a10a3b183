import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot, type Root } from 'react-dom/client';
import styles from '@/components/styles.css?inline';
import { COUNTDOWN_CSS } from '@/components/TicketBadge';
import { lifecycleTimeout } from '@/lib/overlay/lifecycle';
import { createTicker } from '@/lib/overlay/ticker';
import { createQueryClient } from '@/lib/queries';
import { contentCustomHosts } from '@/lib/settings/content-hosts';
import { onMessage } from '@/lib/messaging';
import { matchPage } from '@/lib/sites/urls';
import { BadgeBoard } from './BadgeBoard';
import { listAnchors, ticketPageAnchors, watchSlots, type FindAnchors } from './slots';

/**
 * Zendesk: a badge on the ticket page and on every row of a ticket view. One React root and one ticker per
 * page; the set of anchors follows single-page navigation.
 */
export default defineContentScript({
  matches: ['https://*.zendesk.com/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    const queryClient = createQueryClient();
    const customHosts = await contentCustomHosts();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles + COUNTDOWN_CSS);
    // lifecycleTimeout, not ctx.setTimeout: WXT's adds an invalidation listener per call and never removes it,
    // which a ticker calling once a second would turn into thousands of listeners an hour.
    const ticker = createTicker((fn, ms) => lifecycleTimeout(ctx, fn, ms));

    let find: FindAnchors | null = null;
    let findFor = '';
    const routeListeners = new Set<() => void>();
    const route = (url: URL) => {
      const match = matchPage(url, customHosts);
      const ticket = match?.tool === 'zendesk' && match.kind === 'ticket' && match.recordId ? match.recordId : null;
      const list = match?.tool === 'zendesk' && match.kind === 'ticket-list';
      // From one view to another the same finder applies, and the watcher follows the rows the page swaps in
      // (keeping the badges of rows that come back); only a change of finder restarts it.
      const next = ticket ? `ticket:${ticket}` : list ? 'list' : '';
      if (next === findFor && find !== null) return;
      findFor = next;
      find = ticket ? ticketPageAnchors(ticket) : list ? listAnchors : null;
      routeListeners.forEach((l) => l());
    };
    route(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => route(newUrl));
    const removeDescribe = onMessage('describePage', () => {
      const m = matchPage(new URL(location.href), customHosts);
      return m ? { ...m, origin: location.origin } : null;
    });
    ctx.onInvalidated(removeDescribe);

    // Slots follow both the route and the DOM: on a route change the watcher restarts with the new finder.
    const watch = (onSlots: Parameters<typeof watchSlots>[3]) => {
      let stop = () => {};
      const restart = () => {
        stop();
        onSlots([]);
        stop = find ? watchSlots(ctx, find, sheet, onSlots) : () => {};
      };
      routeListeners.add(restart);
      restart();
      return () => {
        routeListeners.delete(restart);
        stop();
      };
    };

    const host = document.createElement('entitlement-lens-board');
    host.style.display = 'contents';
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const container = document.createElement('div');
    shadow.append(container);
    document.body.append(host);
    const root: Root = createRoot(container);
    root.render(
      <QueryClientProvider client={queryClient}>
        <BadgeBoard ctx={ctx} origin={location.origin} ticker={ticker} watchSlots={watch} />
      </QueryClientProvider>,
    );
    ctx.onInvalidated(() => {
      root.unmount();
      host.remove();
    });
  },
});
