/**
 * The background's side of alerts ahead of a breach (the rules are pure, in lib/alerts/): it keeps the watch list in
 * storage, shows the notifications the plan says are due, keeps the toolbar's count, and sets its one `alerts` alarm
 * for the next instant anything changes. No polling: between two changes nothing runs.
 *
 * Once and only once, across restarts and tabs: every change is one read–change–write of `local:watch`, one at a
 * time. Alerts due are written to the state's outbox in the same write that records them as sent, shown, then
 * removed from the outbox; a worker stopped between the two writes shows what is left in the outbox when it starts
 * again, unless the browser still has that notification. So a restart neither repeats nor loses one.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { TicketLookup } from '../messaging/answers';
import { planAlerts, type Alert } from '../alerts/plan';
import { dueSoon, toolbarSummary, type WatchList } from '../alerts/overview';
import type { AlertSettings } from '../alerts/settings';
import { alertText, groupText, GROUP_OVER } from '../alerts/text';
import { t } from '../i18n/t';
import { EMPTY_WATCH, forgetMine, snooze, trim, watchLookup, type SeenContext, type WatchState } from '../alerts/watch';
import type { Calendar } from '../sla/types';
import { matchPage, toolById, type CustomHosts } from '../sites/registry';

export const ALERTS_ALARM = 'alerts';
/** Notification ids are `el|…` (one alert) or `el-group|<first alert's id>` (several at once). */
const GROUP = 'el-group|';

/** The stored watch list with its outbox: alerts recorded as sent whose notification is not yet known to be shown. */
interface StoredWatch extends WatchState {
  outbox: Array<{ id: string; ticketKey: string; title: string; message: string; contextMessage: string; items?: Array<{ title: string; message: string }> }>;
}

/** Version 1; a later change of shape adds a migration here (WXT's versioned items). */
export const watchItem = storage.defineItem<StoredWatch>('local:watch', { fallback: { ...EMPTY_WATCH, outbox: [] }, version: 1 });

/**
 * Where a lookup was seen: the tool, the tab, the ticket its page shows (opened; the others were in a list), and how
 * to name each ticket's page (the tool's `ticketUrl`). Null for a page that is no tool's ticket page or list.
 * @example seenContext(new URL('https://acme.zendesk.com/agent/tickets/7'), 3, new Map())?.openedTicketId // '7'
 */
export function seenContext(senderUrl: URL, tabId: number | undefined, customHosts: CustomHosts, reason?: 'mine'): SeenContext | null {
  const match = matchPage(senderUrl, customHosts);
  const adapter = match ? toolById(match.tool)?.tickets : undefined;
  if (!match || !adapter) return null;
  return {
    tool: match.tool,
    origin: senderUrl.origin,
    tabId: tabId ?? null,
    openedTicketId: match.kind === 'ticket' ? match.recordId : null,
    ...(reason ? { reason } : {}),
    ticketUrl: (id) => adapter.ticketUrl(id, senderUrl),
  };
}

export interface WatcherDeps {
  alertSettings: () => Promise<AlertSettings>;
  /** The policy's calendars with the admin's holidays: time left is business time. */
  calendars: () => Promise<Calendar[]>;
  display: () => Promise<{ zone: string | null; hour12: boolean | null }>;
  toolName: (tool: string) => string;
  /** Asks a tab's content script what it shows (`describePage`), null when it has none of ours. */
  describeTab: (tabId: number) => Promise<{ origin: string; kind: string; recordId: string | null } | null>;
  now: () => number;
  warn: (what: string, error: unknown) => void;
}

/**
 * @example const watcher = createWatcher(deps); await watcher.seen(lookup, context);
 */
export function createWatcher(deps: WatcherDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  /** One change at a time, in order: two tabs' lookups never interleave their read and write. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => {});
    return run;
  };

  const iconUrl = browser.runtime.getURL('/icon/128.png');

  async function show(entry: StoredWatch['outbox'][number]): Promise<void> {
    const common = { iconUrl, title: entry.title, message: entry.message, priority: 2 };
    // Firefox has neither list notifications nor buttons: a basic one there, whose click still opens the ticket.
    const firefox = import.meta.env.FIREFOX;
    await browser.notifications.create(
      entry.id,
      entry.items && !firefox
        ? { ...common, type: 'list', items: entry.items }
        : { ...common, type: 'basic', contextMessage: entry.contextMessage, ...(firefox ? {} : { buttons: [{ title: t('alerts_notForThisTicket') }] }) },
    );
  }

  /** Reads, changes and writes the state, then shows what the plan fired and sets the badge and the alarm. */
  function change(transform: (state: WatchState, now: number, settings: AlertSettings) => WatchState): Promise<void> {
    return serial(async () => {
      const [stored, settings, calendars, display] = await Promise.all([watchItem.getValue(), deps.alertSettings(), deps.calendars(), deps.display()]);
      const now = deps.now();
      const next = trim(transform(stored, now, settings), now, settings);
      const plan = planAlerts(next, settings, calendars, now);
      const outbox = [...stored.outbox, ...toOutbox(plan.fire, now, display)];
      // A worker's start and an alarm with nothing to record write nothing: the list can be a megabyte, and every wake
      // of the worker re-plans it. (`trim` and the transforms return the very objects they were given when they change
      // nothing; the sent record is small enough to compare.)
      const unchanged = next.tickets === stored.tickets && next.snoozed === stored.snoozed && plan.fire.length === 0 && JSON.stringify(plan.sent) === JSON.stringify(stored.sent);
      if (!unchanged) await watchItem.setValue({ tickets: next.tickets, sent: plan.sent, snoozed: next.snoozed, outbox });
      await flush(outbox);
      await paint(next, calendars, now);
      await schedule(plan.nextAt, now);
    });
  }

  function toOutbox(fire: Alert[], now: number, display: { zone: string | null; hour12: boolean | null }): StoredWatch['outbox'] {
    const words = (a: Alert) => alertText(a, deps.toolName(a.ticket.tool), now, { zone: display.zone ?? undefined, hour12: display.hour12 });
    if (fire.length > GROUP_OVER) {
      const group = groupText(fire, now);
      return [{ id: GROUP + fire[0]!.id, ticketKey: fire[0]!.ticket.key, contextMessage: '', ...group }];
    }
    return fire.map((a) => ({ id: a.id, ticketKey: a.ticket.key, ...words(a) }));
  }

  /** Shows the outbox's notifications (not one the browser already has), then empties it. */
  async function flush(outbox: StoredWatch['outbox']): Promise<void> {
    if (outbox.length === 0) return;
    const present = await browser.notifications.getAll().catch(() => ({}));
    for (const entry of outbox) {
      if (entry.id in present) continue;
      await show(entry).catch((error) => deps.warn('a notification could not be shown', error));
    }
    const shown = new Set(outbox.map((e) => e.id));
    const now = await watchItem.getValue();
    await watchItem.setValue({ ...now, outbox: now.outbox.filter((e) => !shown.has(e.id)) });
  }

  async function paint(state: WatchState, calendars: Calendar[], now: number): Promise<void> {
    const summary = toolbarSummary(state, calendars, now, deps.toolName);
    await Promise.all([
      browser.action.setBadgeText({ text: summary.count ? String(summary.count) : '' }),
      // Red for a breach, amber for at risk; the count and the tooltip say it in words too.
      browser.action.setBadgeBackgroundColor({ color: summary.worst === 'breached' ? '#b3261e' : '#8a5a00' }),
      browser.action.setTitle({ title: summary.title }),
    ]).catch((error) => deps.warn('the toolbar count could not be set', error));
  }

  async function schedule(nextAt: number | null, now: number): Promise<void> {
    if (nextAt === null) await browser.alarms.clear(ALERTS_ALARM);
    // A little after the instant, so the plan then sees it crossed.
    else await browser.alarms.create(ALERTS_ALARM, { when: Math.max(nextAt, now) + 500 });
  }

  const key = (origin: string, ticketId: string) => `${origin}#${ticketId}`;

  return {
    /** A lookup a tab received: its tickets are (re)watched. */
    seen(lookup: TicketLookup, seen: SeenContext): Promise<void> {
      return change((state, now, settings) => watchLookup(state, lookup, seen, now, settings));
    },
    /** The agent's own open tickets at `origin` as the tool lists them now: those it no longer lists stop being "theirs". */
    mine(origin: string, ticketIds: readonly string[]): Promise<void> {
      return change((state) => forgetMine(state, origin, new Set(ticketIds)));
    },
    /** The alarm rang, the worker started, or a setting changed: re-plan from the stored list. */
    refresh(): Promise<void> {
      return change((state) => state);
    },
    snooze(ticketKey: string, on: boolean): Promise<void> {
      return change((state) => snooze(state, ticketKey, on));
    },
    async list(): Promise<WatchList> {
      const [state, settings, calendars] = await Promise.all([watchItem.getValue(), deps.alertSettings(), deps.calendars()]);
      const now = deps.now();
      return { rows: dueSoon(trim(state, now, settings), calendars, now), now, settings };
    },
    /** A notification (or its button) was clicked: which ticket it names. */
    ticketOfNotification(notificationId: string): string | null {
      const id = notificationId.startsWith(GROUP) ? notificationId.slice(GROUP.length) : notificationId;
      const parts = id.split('|');
      return parts[0] === 'el' && parts[1] ? parts[1] : null;
    },
    /**
     * Opens a watched ticket: focuses a tab that shows it (the one it was seen in first; each tab's content script says
     * what it shows, as no "tabs" permission lets us read URLs), else opens its page in a new tab.
     */
    async open(ticketKey: string): Promise<void> {
      const ticket = (await watchItem.getValue()).tickets[ticketKey];
      if (!ticket) return;
      const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined);
      tabs.sort((a, b) => Number(b.id === ticket.tabId) - Number(a.id === ticket.tabId));
      const answers = await Promise.all(tabs.map(async (tab) => ({ tab, page: await deps.describeTab(tab.id!).catch(() => null) })));
      const showing = answers.find(({ page }) => page && key(page.origin, page.recordId ?? '') === ticketKey && page.kind === 'ticket');
      if (showing) {
        await browser.tabs.update(showing.tab.id!, { active: true });
        if (showing.tab.windowId !== undefined) await browser.windows.update(showing.tab.windowId, { focused: true });
      } else await browser.tabs.create({ url: ticket.url });
    },
  };
}

export type Watcher = ReturnType<typeof createWatcher>;
