import { memo, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { TicketBadge } from '@/components/TicketBadge';
import { countdown, needsSeconds, nextTarget } from '@/lib/overlay/countdown';
import type { Ticker } from '@/lib/overlay/ticker';
import { formatDuration } from '@/lib/sla/format-duration';
import type { TicketLookup, TicketView } from '@/lib/views';

export interface LiveBadgeProps {
  ticketId: string;
  /** The shadow root it renders into: a badge whose row left the page is kept, detached, and stays quiet. */
  root: ShadowRoot;
  lookup: TicketLookup | undefined;
  ticker: Ticker;
  announce: (text: string) => void;
  onRetry: () => void;
  loading: boolean;
  hour12: boolean | null;
  /** The agent's zone for due times (undefined: the browser's). */
  localZone?: string;
  /** What the page itself shows, for when the API refused and nothing is known yet (given the ticket and the refusal's message). */
  fromPage?: (ticketId: string, problem: string) => TicketView | null;
}

/**
 * A badge bound to the page's one shared ticker. Its snapshot is the text it would show, so a tick that
 * changes nothing visible re-renders nothing; threshold changes are announced once. Memoised: the board
 * passes stable props, so only badges whose batch answered (or whose text changed) re-render.
 */
export const LiveBadge = memo(function LiveBadge({ ticketId, root, lookup, ticker, announce, onRetry, loading, hour12, localZone, fromPage }: LiveBadgeProps) {
  const view = lookup?.tickets[ticketId] ?? (lookup?.problem && fromPage ? fromPage(ticketId, lookup.problem.message) : null);
  const next = view ? nextTarget(view.sla) : null;
  const calendars = lookup?.calendars ?? [];
  const snapshot = useSyncExternalStore(ticker.subscribe, () => {
    if (!next) return 'none';
    const live = countdown(next, calendars, ticker.now());
    return `${live.tone}|${formatDuration(live.remainingMs)}`;
  });
  const tone = snapshot.split('|')[0]!;

  useEffect(() => (next ? ticker.demandSeconds(() => root.host.isConnected && needsSeconds(next, ticker.now())) : undefined), [next, ticker, root]);

  const previous = useRef(tone);
  useEffect(() => {
    if (previous.current !== tone && (tone === 'at-risk' || tone === 'breached') && next && root.host.isConnected) {
      announce(`Ticket ${ticketId}: ${next.metric.replace(/-/g, ' ')} ${tone === 'breached' ? 'breached' : 'at risk'}`);
    }
    previous.current = tone;
  }, [tone, ticketId, next, announce, root]);

  const [expanded, setExpanded] = useState(false);
  const organization = view?.organizationKey ? lookup?.organizations[view.organizationKey] ?? null : null;
  return (
    <TicketBadge
      ticketId={ticketId}
      view={view}
      organization={organization}
      calendars={calendars}
      now={ticker.now()}
      expanded={expanded}
      onToggle={() => setExpanded((e) => !e)}
      hour12={hour12}
      localZone={localZone}
      problem={lookup?.problem ?? null}
      staleSince={lookup?.problem && lookup.tickets[ticketId] ? lookup.fetchedAt : null}
      onRetry={onRetry}
      loading={loading}
    />
  );
});
