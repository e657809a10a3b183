import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AccountPanel } from '@/components/AccountPanel';
import type { CopyHandle } from '@/components/CopyButton';
import { toEvaluateRequest } from '@/lib/messaging/limits';
import { onMessage } from '@/lib/messaging/protocol';
import { answerDescribePage } from '@/lib/overlay/describe-page';
import { isLeftover, readAccount, recordElement, type LastRead } from '@/lib/overlay/read-account';
import { lifecycleInterval, quietly } from '@/lib/overlay/lifecycle';
import { watchRecord } from '@/lib/overlay/record-watcher';
import { shownTicketPlace } from '@/lib/overlay/leftover-ticket';
import { useCachedAccount, useEvaluatedAccount, useKnownAccount } from '@/lib/overlay/queries';
import { matchPage, toolById, toolOfHost, type CustomHosts } from '@/lib/sites/registry';
import type { PageMatch, RawPageTicket, RawRecord, Tool } from '@/lib/sites/types';
import { formatAge, ticketNoun } from '@/lib/domain/format';
import { panelCollapsedItem } from '@/lib/settings/storage';
import { contentTicketFields, watchContentTicketFields } from '@/lib/settings/content-ticket-fields';
import type { TicketFieldMapping } from '@/lib/parse/ticket-fields';
import { t } from '../../lib/i18n/t';
import { COPY_SHORTCUT, useCopyShortcut } from './copy-shortcut';
import { createPanelFocus } from './panel-focus';

// i18n-exempt: key names as the manifest and the browser's shortcut settings write them, the same in every language
const SHORTCUT = 'Alt+Shift+E';

/** Follows single-page navigation: one panel, re-keyed by record so nothing of A survives onto B. */
export function SidebarApp({ ctx, customHosts, shadow }: { ctx: ContentScriptContext; customHosts: CustomHosts; shadow: ShadowRoot }) {
  const [href, setHref] = useState(location.href);
  const collapsed = useCollapsed(ctx, shadow);
  // One shortcut for the page; whichever panel shows an account holds the ref.
  const copyRef = useCopyShortcut(ctx);
  // One tool per host: a ticket page of it is read with its ticket field mapping, live.
  const [tool] = useState(() => toolOfHost(new URL(location.href), customHosts));
  const ticketFields = useTicketFields(ctx, tool);
  // The describePage answer, registered once below, reads the mapping of the moment.
  const fieldsNow = useRef(ticketFields);
  useEffect(() => {
    fieldsNow.current = ticketFields;
  }, [ticketFields]);
  useEffect(() => {
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => setHref(newUrl.href));
    // The options page's mapping preview asks what this page shows.
    const remove = onMessage('readPageFields', () => {
      const m = matchPage(new URL(location.href), customHosts);
      return m ? readAccount(m, document, new URL(location.href)) : null;
    });
    const removeDescribe = answerDescribePage(customHosts, () => fieldsNow.current);
    // After an extension reload or update these throw "Extension context invalidated": removed quietly.
    const stop = () => quietly(remove, removeDescribe);
    ctx.onInvalidated(stop);
    return stop;
  }, [ctx, customHosts]);
  const lastRead = useRef<LastRead | null>(null);
  const match = matchPage(new URL(href), customHosts);
  if (!match || !match.recordId) return null;
  // A ticket read off the page (a Salesforce Case, a HubSpot ticket): the panel shows its account's entitlements.
  if (match.kind === 'ticket' && toolById(match.tool)?.tickets?.source === 'page')
    return <TicketAccountPanel key={`${match.tool}:${match.recordId}`} ctx={ctx} match={match} fields={ticketFields} copyRef={copyRef} {...collapsed} />;
  if (match.kind !== 'account') return null;
  return <RecordPanel key={`${match.tool}:${match.recordId}`} ctx={ctx} match={match} recordId={match.recordId} lastRead={lastRead} copyRef={copyRef} {...collapsed} />;
}

interface RecordPanelProps {
  ctx: ContentScriptContext;
  match: PageMatch;
  recordId: string;
  lastRead: { current: LastRead | null };
  collapsed: boolean;
  toggle: () => void;
  copyRef: React.Ref<CopyHandle>;
}

function RecordPanel({ ctx, match, recordId, lastRead, collapsed, toggle, copyRef }: RecordPanelProps) {
  const [record, setRecord] = useState<RawRecord | null>(null);
  const now = useNow(ctx);
  useEffect(
    () =>
      watchRecord(
        ctx,
        () => {
          const r = readAccount(match, document, new URL(location.href));
          // Only ever keep fields read for THIS record: Lightning keeps the previous record's DOM in hidden tabs,
          // and changes the URL before the new record's DOM arrives.
          if (!r || r.recordId !== recordId || (!Object.keys(r.fields).length && !Object.keys(r.names ?? {}).length)) return null;
          const element = recordElement(match, document);
          const fields = JSON.stringify([r.fields, r.names ?? {}]);
          if (isLeftover(recordId, element, fields, lastRead.current)) return null;
          lastRead.current = { recordId, element, fields };
          return r;
        },
        setRecord,
      ),
    [ctx, match, recordId],
  );

  const cached = useCachedAccount(match.tool, recordId);
  // Clipped to what the background accepts: a customer's 3,000-character name must not cost the whole panel.
  const request = record && toEvaluateRequest(record);
  const fresh = useEvaluatedAccount(request, match.tool, recordId);
  const candidate = fresh.data ?? cached.data ?? null;
  const account = candidate && candidate.recordId === recordId && candidate.tool === match.tool ? candidate : null;
  const staleSince = !fresh.data && account ? account.readAt : null;
  const error = fresh.error ? t('panel_evaluateFailed', { error: (fresh.error as Error).message }) : null;
  return (
    <AccountPanel
      account={account}
      staleSince={staleSince}
      now={now}
      loading={!fresh.data && (record === null || fresh.isFetching)}
      error={error}
      collapsed={collapsed}
      onToggle={toggle}
      shortcut={SHORTCUT}
      copyRef={copyRef}
      copyShortcut={COPY_SHORTCUT}
    />
  );
}

type TicketAccountRef = NonNullable<RawPageTicket['account']>;

/** Stands for the link in a sentence whose words come from `t`, so each language puts the link where it reads. */
const LINK = '\uE000';

/** An account the ticket links but Lens does not know: says so, and how to fix it, with the link when it is safe. */
export function notKnownYet(ref: TicketAccountRef) {
  const [before, after] = t('panel_unknownAccount', { name: ref.name ?? t('panel_thisAccount'), link: LINK }).split(LINK);
  return (
    <p className="el-empty">
      {before}
      {ref.url?.startsWith('https://') ? (
        <a className="el-link" href={ref.url} target="_top">
          {t('panel_openAccountOnce')}
        </a>
      ) : (
        t('panel_openAccountOnce')
      )}
      {after}
    </p>
  );
}

/**
 * A ticket's account: its segment, ARR and packages are not on the ticket's page, so the panel shows what Lens knows
 * of the account the page links (seen in the CRM, or the directory), says where that comes from, and, knowing
 * nothing, says how to fix that, with the link. Never "not allowed" for lack of data.
 */
function TicketAccountPanel({
  ctx,
  match,
  fields,
  collapsed,
  toggle,
  copyRef,
}: {
  ctx: ContentScriptContext;
  match: PageMatch;
  /** The ticket field mapping in force: a change re-reads the page. */
  fields: TicketFieldMapping | undefined;
  collapsed: boolean;
  toggle: () => void;
  copyRef: React.Ref<CopyHandle>;
}) {
  // undefined: the page has not rendered the ticket yet; null: it links no account.
  const [ref, setRef] = useState<TicketAccountRef | null | undefined>(undefined);
  const now = useNow(ctx);
  useEffect(
    () =>
      watchRecord(
        ctx,
        () => {
          // Not while the page still shows the previous ticket under this URL (the console swaps workspaces after it).
          const ticket = shownTicketPlace(toolById(match.tool)?.tickets, match, new URL(location.href), fields)?.ticket;
          return ticket ? { account: ticket.account } : null;
        },
        (read) => setRef(read === null ? undefined : read.account),
      ),
    [ctx, match, fields],
  );
  const known = useKnownAccount(ref ?? null);
  const account = known.data ?? null;
  const tool = toolById(match.tool);
  const noun = ticketNoun(tool?.tickets?.noun);
  const age = account ? formatAge(now - account.readAt) : '';
  const context = account
    ? account.source === 'directory'
      ? t('panel_contextDirectory', { noun: noun.name, age })
      : tool?.name
        ? t('panel_contextRead', { noun: noun.name, tool: tool.name, age })
        : t('panel_contextReadCrm', { noun: noun.name, age })
    : null;
  const empty = ref === null ? <p className="el-empty">{t('panel_noLinkedAccount', { noun: noun.lower })}</p> : ref && known.isFetched && !account ? notKnownYet(ref) : undefined;
  return (
    <AccountPanel
      account={account}
      staleSince={null}
      now={now}
      loading={ref === undefined || known.isFetching}
      error={known.error ? t('panel_lookupFailed', { error: (known.error as Error).message }) : null}
      collapsed={collapsed}
      onToggle={toggle}
      shortcut={SHORTCUT}
      context={context}
      empty={empty}
      copyRef={copyRef}
      copyShortcut={COPY_SHORTCUT}
    />
  );
}

/**
 * The ticket field mapping in force for the page's tool (lib/settings/content-ticket-fields.ts), followed live;
 * undefined (the tool's defaults) until storage answers, and for a tool whose tickets are not read from its pages.
 */
function useTicketFields(ctx: ContentScriptContext, tool: Tool | null): TicketFieldMapping | undefined {
  const [fields, setFields] = useState<TicketFieldMapping | undefined>(undefined);
  useEffect(() => {
    if (!tool || toolById(tool)?.tickets?.source !== 'page') return;
    void contentTicketFields(tool).then(setFields, () => {});
    const unwatch = watchContentTicketFields(tool, setFields);
    const stop = () => quietly(unwatch);
    ctx.onInvalidated(stop);
    return stop;
  }, [ctx, tool]);
  return fields;
}

/**
 * The time a panel's ages ("read 2 min ago") are counted to, moved every 30 s. Not ctx.setInterval: that leaves an
 * invalidation listener behind for every record visited.
 */
function useNow(ctx: ContentScriptContext): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => lifecycleInterval(ctx, () => setNow(Date.now()), 30_000), [ctx]);
  return now;
}

/**
 * The collapsed state lives in extension storage (remembered across pages); the shortcut, the panel's Hide button and
 * its collapsed tab toggle it. Showing the panel puts focus in it; hiding it, or Esc inside it, gives focus back
 * (entrypoints/crm-sidebar.content/panel-focus.ts).
 */
function useCollapsed(ctx: ContentScriptContext, shadow: ShadowRoot) {
  const [collapsed, setCollapsed] = useState(false);
  const focus = useMemo(() => createPanelFocus(shadow), [shadow]);
  const toggle = useCallback(
    () =>
      panelCollapsedItem.getValue().then((wasCollapsed) => {
        if (wasCollapsed) focus.take();
        else focus.giveBack(true);
        return panelCollapsedItem.setValue(!wasCollapsed);
      }),
    [focus],
  );
  useEffect(() => {
    panelCollapsedItem.getValue().then(setCollapsed);
    const unwatch = panelCollapsedItem.watch((value) => setCollapsed(value));
    const removeMessage = onMessage('togglePanel', toggle);
    ctx.addEventListener(window, 'keydown', (event) => {
      if (event.altKey && event.shiftKey && event.code === 'KeyE') {
        event.preventDefault();
        void toggle();
      }
    });
    // Esc inside the panel: back to the page, the panel stays open. Key events from the shadow root reach it here.
    const onEscape = (event: Event) => {
      if ((event as KeyboardEvent).key === 'Escape' && focus.inside() && focus.giveBack(false)) event.stopPropagation();
    };
    shadow.addEventListener('keydown', onEscape);
    const stop = () => quietly(unwatch, removeMessage, focus.cancel, () => shadow.removeEventListener('keydown', onEscape));
    ctx.onInvalidated(stop);
    return stop;
  }, [ctx, shadow, focus, toggle]);
  return { collapsed, toggle: () => void toggle() };
}
