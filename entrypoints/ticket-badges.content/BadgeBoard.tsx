import { useQueries } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '@/lib/messaging';
import type { Ticker } from '@/lib/overlay/ticker';
import { ZENDESK_SHOW_MANY_LIMIT } from '@/lib/sites/zendesk';
import type { TicketLookup } from '@/lib/views';
import { parseTicket } from '@/lib/parse/ticket';
import { readZendeskTicketFromPage } from '@/lib/sites/zendesk';
import type { TicketView } from '@/lib/views';
import { quietly } from '@/lib/overlay/lifecycle';
import { displayItem } from '@/lib/storage';
import { LiveBadge } from './LiveBadge';
import type { Slot } from './slots';

const REFRESH_MS = 60_000;

export interface BadgeBoardProps {
  ctx: ContentScriptContext;
  origin: string;
  ticker: Ticker;
  /** Subscribes to the page's badge slots (one per ticket row, or the ticket header). */
  watchSlots: (onSlots: (slots: Slot[]) => void) => () => void;
}

/**
 * One React root for every badge on the page, rendered through portals into each row's own shadow root.
 * Ticket ids are fetched in fixed batches of 100 (one request per batch, never one per row); a batch keeps
 * its ids as rows come and go, so a scroll that adds rows does not refetch the ones already shown.
 */
export function BadgeBoard({ origin, ticker, watchSlots }: BadgeBoardProps) {
  // The agent's display choices (options page): the zone shown beside the calendar's, and the clock style.
  const [display, setDisplay] = useState<{ zone: string | null; hour12: boolean | null }>({ zone: null, hour12: null });
  useEffect(() => {
    void displayItem.getValue().then(setDisplay, () => {});
    const unwatch = displayItem.watch(setDisplay);
    // After an extension update the old storage listener is gone and removing it throws: quietly.
    return () => quietly(unwatch);
  }, []);
  const [slots, setSlots] = useState<Slot[]>([]);
  useEffect(() => {
    // Slots found later (rows the page inserts) render synchronously, from the watcher's frame callback, so
    // a row's badge is painted in the same frame as the row; the first report comes from this effect, where
    // React cannot flush synchronously, and renders as usual.
    let inEffect = true;
    const stop = watchSlots((next) => (inEffect ? setSlots(next) : flushSync(() => setSlots(next))));
    inEffect = false;
    return stop;
  }, [watchSlots]);

  const batches = useRef<string[][]>([]);
  const ids = useMemo(() => {
    const known = new Set(batches.current.flat());
    for (const slot of slots) {
      if (known.has(slot.ticketId)) continue;
      known.add(slot.ticketId);
      let last = batches.current.at(-1);
      if (!last || last.length >= ZENDESK_SHOW_MANY_LIMIT) batches.current.push((last = []));
      last.push(slot.ticketId);
    }
    return batches.current.map((b) => b.join(','));
  }, [slots]);

  // The Retry button asks the background to skip its back-off (never a 429's Retry-After) for that batch.
  const retryFresh = useRef(new Set<string>());
  const results = useQueries({
    queries: ids.map((joined) => ({
      queryKey: ['tickets', origin, joined],
      queryFn: () => sendMessage('lookupTickets', { origin, ticketIds: joined.split(','), fresh: retryFresh.current.delete(joined) }),
      refetchInterval: REFRESH_MS,
      staleTime: REFRESH_MS / 2,
    })),
  });
  // One entry per batch, and the SAME object (and retry function) while its data and fetching state stay the
  // same: badges are memoised on these props, so an answer for one batch re-renders that batch's 100 badges,
  // not all 1,000 (it used to re-render every badge on the page for each of the ten answers).
  const latest = useRef({ results, ids });
  latest.current = { results, ids };
  const entries = useRef<BatchEntry[]>([]);
  const lookupFor = new Map<string, BatchEntry>();
  batches.current.forEach((batch, i) => {
    const r = results[i];
    const lookup = r?.data;
    const loading = r?.isFetching ?? true;
    let entry = entries.current[i];
    if (!entry || entry.lookup !== lookup || entry.loading !== loading) {
      const retry =
        entry?.retry ??
        (() => {
          // The batch's ids and query as they are when clicked (the last batch grows as rows come).
          retryFresh.current.add(latest.current.ids[i]!);
          void latest.current.results[i]?.refetch();
        });
      entry = entries.current[i] = { lookup, loading, retry };
    }
    for (const id of batch) lookupFor.set(id, entry);
  });

  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((text: string) => setAnnouncement(text), []);

  return (
    <>
      <div className="el-sr" role="status" aria-live="polite">
        {announcement}
      </div>
      {slots.map((slot) => {
        const entry = lookupFor.get(slot.ticketId);
        return createPortal(
          <LiveBadge
            ticketId={slot.ticketId}
            root={slot.root}
            lookup={entry?.lookup}
            loading={entry?.loading ?? true}
            onRetry={entry?.retry ?? noRetry}
            ticker={ticker}
            announce={announce}
            hour12={display.hour12}
            localZone={display.zone ?? undefined}
            fromPage={slot.ticketPage ? ticketFromPage : undefined}
          />,
          slot.root,
          slot.key,
        );
      })}
    </>
  );
}

export type { Slot };

interface BatchEntry {
  lookup: TicketLookup | undefined;
  loading: boolean;
  retry: () => void;
}

const noRetry = () => {};

/** When Zendesk's API refuses, the ticket page still shows its priority: severity from that, SLA unknown. */
function ticketFromPage(ticketId: string, problem: string): TicketView | null {
  const read = readZendeskTicketFromPage(document, new URL(location.href));
  if (!read || read.ticket.ticketId !== ticketId) return null;
  const { ticket, warnings } = parseTicket({ id: ticketId, subject: read.ticket.subject, priority: read.ticket.priority });
  return {
    ticketId,
    ticket,
    warnings: [`Read from the page: ${problem}`, ...warnings.filter((w) => !w.startsWith('Created'))],
    organizationKey: null,
    sla: [{ metric: 'first-response', severity: ticket.severity, label: 'SLA', internal: false, calendar: null, calendarZone: null, targetHours: null, dueAt: null, state: 'unknown', businessRemainingMs: null, wallRemainingMs: null, reasons: ['The ticket’s times could not be read from Zendesk'] }],
  };
}
