/**
 * The background's side of alerts ahead of a breach (lib/background/watch.ts), on WXT's fake browser: the watch list
 * in `local:watch`, its notifications shown once and only once (across restarts, a worker stopped between two writes,
 * and several tabs at once), the toolbar's count, the one `alerts` alarm, and a notification's click.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertSettingsInForce, DEFAULT_ALERT_SETTINGS, type AlertSettings } from '../../lib/alerts/settings';
import { ALERTS_ALARM, createWatcher, watchItem, type WatcherDeps } from '../../lib/background/watch';
import { CALENDARS, HOUR, MINUTE, ORIGIN, lookupOf, organization, rawTicket, seenIn, watched } from '../alerts/helpers';

/** The ticket's first response is due Tue 24 Nov 2026 17:30 UTC (24/7 Support SLAs: around the clock). */
const DUE = Date.parse('2026-11-24T17:30:00Z');
const KEY = `${ORIGIN}#1001`;
const AMBER = [138, 90, 0, 255]; // #8a5a00
const RED = [179, 38, 30, 255]; // #b3261e

const clock = { now: 0 };
let settings: AlertSettings = DEFAULT_ALERT_SETTINGS;
let warn = vi.fn();

function deps(overrides: Partial<WatcherDeps> = {}): WatcherDeps {
  return {
    alertSettings: async () => settings,
    calendars: async () => CALENDARS,
    display: async () => ({ zone: 'America/Los_Angeles', hour12: true }),
    toolName: (tool) => (tool === 'zendesk' ? 'Zendesk' : tool),
    describeTab: async () => null,
    now: () => clock.now,
    warn,
    ...overrides,
  };
}

/** What a Zendesk tab's lookup answers at `now`: tickets of organization 77, which holds 24/7 Support SLAs. */
const lookup = (ids: string[] = ['1001'], now = clock.now) =>
  lookupOf(
    ids.map((ticketId) => rawTicket({ ticketId })),
    now,
    organization(['support-24x7'], now),
  );

const notifications = async () => (await fakeBrowser.notifications.getAll()) as unknown as Record<string, Record<string, unknown>>;
const toolbar = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: await fakeBrowser.action.getBadgeBackgroundColor({}),
  title: await fakeBrowser.action.getTitle({}),
});

describe('the watcher', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    settings = DEFAULT_ALERT_SETTINGS;
    warn = vi.fn();
    vi.restoreAllMocks();
  });

  describe('notifications, the toolbar and the alarm', () => {
    it('a ticket seen with 10 minutes left: one notification, the count, and the alarm at the breach', async () => {
      clock.now = DUE - 10 * MINUTE;
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      const watcher = createWatcher(deps());
      await watcher.seen(lookup(), seenIn({ openedTicketId: '1001' }));

      expect(await notifications()).toEqual({
        [`el|${KEY}|first-response|15`]: {
          type: 'basic',
          iconUrl: 'chrome-extension://test-extension-id/icon/128.png',
          title: 'Severity 1 first response (24 business hours): due in 10 min',
          message: 'Zendesk #1001 · Acme\nSearch is down',
          contextMessage: '10m 00s left (business time) · due Tue, Nov 24, 09:30 AM PST',
          priority: 2,
          buttons: [{ title: 'Not for this ticket' }],
        },
      });
      expect(await toolbar()).toEqual({ text: '1', color: AMBER, title: 'Entitlement Lens: 1 ticket at risk or breached\nAt risk: Zendesk #1001 (Acme)' });
      expect(await fakeBrowser.alarms.get(ALERTS_ALARM)).toMatchObject({ scheduledTime: DUE + 1 + 500 });

      // Planned again (a setting changed, the worker woke): nothing repeats, even after the agent closed it.
      await watcher.refresh();
      await fakeBrowser.notifications.clear(`el|${KEY}|first-response|15`);
      await watcher.refresh();
      expect(create).toHaveBeenCalledTimes(1);
      expect(await notifications()).toEqual({});
      expect((await watchItem.getValue()).outbox).toEqual([]);
      expect(warn).not.toHaveBeenCalled();
    });

    it('driven by its alarm: the 60-minute alert, then the breach in red', async () => {
      clock.now = DUE - 2 * HOUR;
      const watcher = createWatcher(deps());
      await watcher.seen(lookup(), seenIn());
      expect(await notifications()).toEqual({});
      // Two hours left of 24: at risk already (under a quarter); the next change is the 60-minute crossing.
      expect(await toolbar()).toMatchObject({ text: '1', color: AMBER });
      const sixty = await fakeBrowser.alarms.get(ALERTS_ALARM);
      expect(sixty?.scheduledTime).toBe(DUE - 60 * MINUTE + 500);

      clock.now = sixty!.scheduledTime;
      await watcher.refresh(); // the alarm rang
      expect(Object.keys(await notifications())).toEqual([`el|${KEY}|first-response|60`]);
      expect((await fakeBrowser.alarms.get(ALERTS_ALARM))?.scheduledTime).toBe(DUE - 15 * MINUTE + 500);

      clock.now = DUE + 1 + 500;
      await watcher.refresh();
      expect(Object.keys(await notifications())).toEqual([`el|${KEY}|first-response|60`, `el|${KEY}|first-response|breach`]);
      expect((await notifications())[`el|${KEY}|first-response|breach`]).toMatchObject({
        title: 'Severity 1 first response (24 business hours): breached',
        // No tab read the ticket again since: the alert says how old its data is.
        contextMessage: '0m 00s past due · due Tue, Nov 24, 09:30 AM PST · computed from data 120 min old',
      });
      expect(await toolbar()).toEqual({ text: '1', color: RED, title: 'Entitlement Lens: 1 ticket at risk or breached\nBreached: Zendesk #1001 (Acme)' });
      // The resolution (due Thu 17:30 UTC) turns at risk 18 hours before: the alarm is set for it.
      expect((await fakeBrowser.alarms.get(ALERTS_ALARM))?.scheduledTime).toBe(Date.parse('2026-11-25T23:30:00Z') + 500);
    });

    it('more than three at once become one list notification', async () => {
      clock.now = DUE - 10 * MINUTE;
      await createWatcher(deps()).seen(lookup(['1', '2', '3', '4']), seenIn());
      const shown = await notifications();
      expect(Object.keys(shown)).toHaveLength(1);
      const [id, options] = Object.entries(shown)[0]!;
      expect(id).toMatch(/^el-group\|el\|https:\/\/acme\.zendesk\.com#[1-4]\|first-response\|15$/);
      expect(options).toMatchObject({ type: 'list', title: '4 tickets need attention', message: 'Click to open the most urgent' });
      expect(options.items).toHaveLength(4);
    });

    it('a finished ticket is unwatched: no count, no alarm', async () => {
      clock.now = DUE - 2 * HOUR;
      const watcher = createWatcher(deps());
      await watcher.seen(lookup(), seenIn());
      expect(await fakeBrowser.alarms.get(ALERTS_ALARM)).toBeDefined();
      await watcher.seen(lookupOf([rawTicket({ status: 'solved' })], clock.now), seenIn());
      expect((await watchItem.getValue()).tickets).toEqual({});
      expect(await fakeBrowser.alarms.get(ALERTS_ALARM)).toBeUndefined();
      expect(await toolbar()).toEqual({ text: '', color: AMBER, title: 'Entitlement Lens: no watched ticket at risk (0 watched)' });
    });

    it('alerts switched off: no notification, but the count and its alarm go on', async () => {
      settings = alertSettingsInForce({ enabled: false });
      clock.now = DUE - 10 * MINUTE;
      await createWatcher(deps()).seen(lookup(), seenIn());
      expect(await notifications()).toEqual({});
      expect((await toolbar()).text).toBe('1');
      expect((await fakeBrowser.alarms.get(ALERTS_ALARM))?.scheduledTime).toBe(DUE + 1 + 500);
    });
  });

  describe('once and only once', () => {
    it('a restarted worker (a new watcher on the same storage) repeats nothing', async () => {
      clock.now = DUE - 10 * MINUTE;
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      await createWatcher(deps()).seen(lookup(), seenIn());
      expect(create).toHaveBeenCalledTimes(1);

      const restarted = createWatcher(deps());
      await restarted.refresh();
      clock.now += MINUTE;
      await restarted.refresh();
      expect(create).toHaveBeenCalledTimes(1);
    });

    it('a start or an alarm with nothing to record writes nothing; one that records a crossing writes it', async () => {
      clock.now = DUE - 2 * HOUR;
      await createWatcher(deps()).seen(lookup(), seenIn());
      const writes = vi.spyOn(watchItem, 'setValue');
      const restarted = createWatcher(deps());
      await restarted.refresh();
      clock.now += MINUTE;
      await restarted.refresh();
      expect(writes).not.toHaveBeenCalled();
      clock.now = DUE - 59 * MINUTE; // the 60-minute level crossed: recorded and shown
      await restarted.refresh();
      expect(writes).toHaveBeenCalled();
      expect((await watchItem.getValue()).sent[KEY]).toContain('first-response|60');
    });

    it('a worker stopped between its two writes: what the outbox holds is shown at the next start, once', async () => {
      clock.now = DUE - 50 * MINUTE;
      const ticket = watched('1001', { seenAt: DUE - 2 * HOUR, targets: [{ ...watched('1001').targets[0]!, dueAt: DUE }] });
      const id = `el|${KEY}|first-response|60`;
      // Recorded as sent and put in the outbox in one write; the worker stopped before showing it.
      await watchItem.setValue({
        tickets: { [KEY]: ticket },
        sent: { [KEY]: ['first-response|60'] },
        snoozed: [],
        outbox: [{ id, ticketKey: KEY, title: 'Severity 1 first response: due in 60 min', message: 'Zendesk #1001 · Acme', contextMessage: '60m 00s left' }],
      });
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      const watcher = createWatcher(deps());
      await watcher.refresh();
      expect(create).toHaveBeenCalledTimes(1);
      expect((await notifications())[id]).toMatchObject({ type: 'basic', title: 'Severity 1 first response: due in 60 min', contextMessage: '60m 00s left' });
      expect((await watchItem.getValue()).outbox).toEqual([]);
      await watcher.refresh();
      expect(create).toHaveBeenCalledTimes(1);
    });

    it('an outbox entry the browser still shows is not shown again, and leaves the outbox', async () => {
      clock.now = DUE - 50 * MINUTE;
      const id = `el|${KEY}|first-response|60`;
      await watchItem.setValue({
        tickets: { [KEY]: watched('1001', { seenAt: DUE - 2 * HOUR }) },
        sent: { [KEY]: ['first-response|60'] },
        snoozed: [],
        outbox: [{ id, ticketKey: KEY, title: 'due in 60 min', message: 'Zendesk #1001', contextMessage: '' }],
      });
      await fakeBrowser.notifications.create(id, { type: 'basic', title: 'shown before the worker stopped', message: '', iconUrl: '' });
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      await createWatcher(deps()).refresh();
      expect(create).not.toHaveBeenCalled();
      expect((await notifications())[id]).toMatchObject({ title: 'shown before the worker stopped' });
      expect((await watchItem.getValue()).outbox).toEqual([]);
    });

    it('several tabs’ lookups at once never show one twice', async () => {
      clock.now = DUE - 10 * MINUTE;
      const create = vi.spyOn(fakeBrowser.notifications, 'create');
      const watcher = createWatcher(deps());
      await Promise.all([1, 2, 3, 4, 5].map((tabId) => watcher.seen(lookup(['1001', '1002']), seenIn({ tabId, openedTicketId: tabId === 3 ? '1001' : null }))));
      expect(create).toHaveBeenCalledTimes(2);
      expect(Object.keys(await notifications()).sort()).toEqual([`el|${ORIGIN}#1001|first-response|15`, `el|${ORIGIN}#1002|first-response|15`]);
      const stored = await watchItem.getValue();
      expect(stored.tickets[KEY]).toMatchObject({ why: 'opened', tabId: 5 });
      expect(stored.sent[KEY]).toEqual(['first-response|60', 'first-response|15']);
    });
  });

  describe('the agent’s say', () => {
    it('“Not for this ticket”: no more notifications for it, though it is still counted; undone, the most urgent shows', async () => {
      clock.now = DUE - 2 * HOUR;
      const watcher = createWatcher(deps());
      await watcher.seen(lookup(), seenIn());
      await watcher.snooze(KEY, true);
      clock.now = DUE - 59 * MINUTE;
      await watcher.refresh();
      clock.now = DUE - 14 * MINUTE;
      await watcher.refresh();
      expect(await notifications()).toEqual({});
      expect((await toolbar()).text).toBe('1');
      expect((await watcher.list()).rows[0]).toMatchObject({ key: KEY, snoozed: true });

      await watcher.snooze(KEY, false);
      expect(Object.keys(await notifications())).toEqual([`el|${KEY}|first-response|15`]);
    });

    it('the agent’s own tickets no longer listed as theirs stay watched as seen in a list', async () => {
      clock.now = DUE - 2 * HOUR;
      const watcher = createWatcher(deps());
      await watcher.seen(lookup(['1001', '1002']), seenIn({ reason: 'mine' }));
      await watcher.mine(ORIGIN, ['1002']);
      const { rows, now, settings: inForce } = await watcher.list();
      expect(now).toBe(clock.now);
      expect(inForce).toEqual(DEFAULT_ALERT_SETTINGS);
      expect(rows.map((r) => `${r.label}:${r.why}`).sort()).toEqual(['#1001:list', '#1002:mine']);
    });
  });

  describe('a notification’s click', () => {
    it('names the ticket of a notification, or of a group’s first', () => {
      const watcher = createWatcher(deps());
      expect(watcher.ticketOfNotification(`el|${KEY}|first-response|15`)).toBe(KEY);
      expect(watcher.ticketOfNotification(`el-group|el|${KEY}|resolution|breach`)).toBe(KEY);
      expect(watcher.ticketOfNotification('directory-sync')).toBeNull();
      expect(watcher.ticketOfNotification('el|')).toBeNull();
    });

    it('focuses a tab whose page says it shows the ticket, asking the tab it was seen in first', async () => {
      const list = await fakeBrowser.tabs.create({ url: `${ORIGIN}/agent/filters/1` });
      const other = await fakeBrowser.tabs.create({ url: `${ORIGIN}/agent/tickets/1002` });
      const showing = await fakeBrowser.tabs.create({ url: `${ORIGIN}/agent/tickets/1001` });
      const pages: Record<number, { origin: string; kind: string; recordId: string | null }> = {
        [list.id!]: { origin: ORIGIN, kind: 'ticket-list', recordId: '1001' }, // a view whose id happens to be 1001
        [other.id!]: { origin: ORIGIN, kind: 'ticket', recordId: '1002' },
        [showing.id!]: { origin: ORIGIN, kind: 'ticket', recordId: '1001' },
      };
      const describeTab = vi.fn(async (tabId: number) => pages[tabId] ?? null);
      const update = vi.spyOn(fakeBrowser.tabs, 'update');
      const focus = vi.spyOn(fakeBrowser.windows, 'update');
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      clock.now = DUE - 2 * HOUR;
      const watcher = createWatcher(deps({ describeTab }));
      await watcher.seen(lookup(), seenIn({ tabId: other.id! }));

      await watcher.open(KEY);
      expect(describeTab.mock.calls[0]).toEqual([other.id]);
      expect(update).toHaveBeenCalledWith(showing.id, { active: true });
      expect(focus).toHaveBeenCalledWith(showing.windowId, { focused: true });
      expect(create).not.toHaveBeenCalled();
    });

    it('opens the ticket’s page in a new tab when no tab shows it (or a tab does not answer)', async () => {
      await fakeBrowser.tabs.create({ url: `${ORIGIN}/agent/tickets/1001` });
      const describeTab = vi.fn(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      });
      clock.now = DUE - 2 * HOUR;
      const watcher = createWatcher(deps({ describeTab }));
      await watcher.seen(lookup(), seenIn({ tabId: null }));
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      const update = vi.spyOn(fakeBrowser.tabs, 'update');
      await watcher.open(KEY);
      expect(create).toHaveBeenCalledWith({ url: `${ORIGIN}/agent/tickets/1001` });
      expect(update).not.toHaveBeenCalled();
      // A ticket no longer watched: nothing opens.
      await watcher.open(`${ORIGIN}#9999`);
      expect(create).toHaveBeenCalledTimes(1);
    });
  });
});
