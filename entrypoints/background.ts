import { defineBackground } from 'wxt/utils/define-background';
import { QueryClient } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { z } from '@/lib/domain/zod';
import { rememberAccounts } from '@/lib/background/account-cache';
import { syncCustomDomainScripts } from '@/lib/background/custom-domains';
import { evaluateRecord } from '@/lib/background/evaluate-record';
import { MessageGuard } from '@/lib/background/guard';
import { settingsApplier } from '@/lib/background/apply-settings';
import { isDirectoryAlarm, scheduleDirectoryRefresh } from '@/lib/background/directory-alarm';
import { activePolicy, extraHolidays, untranslatedTexts, fieldMapping, onSettingsChanged, settings, zendeskSeverityField } from '@/lib/background/settings';
import { knownAccount } from '@/lib/background/known-account';
import { evaluatePageTickets, onTheirPage } from '@/lib/background/page-tickets';
import { ApiTicketMemory, evaluateApiTickets, onTheirOrigin } from '@/lib/background/api-tickets';
import { organizationMatcher } from '@/lib/background/organization-match';
import { matchedAccount } from '@/lib/background/known-account';
import { openDirectory } from '@/lib/directory/store';
import { rememberSeen, syncDirectoryUrl } from '@/lib/directory/sync';
import {
  AskApiGateRequest,
  EvaluateAccountRequest,
  EvaluateApiTicketsRequest,
  EvaluatePageTicketsRequest,
  GetCachedAccountRequest,
  OpenWatchedTicketRequest,
  SnoozeTicketRequest,
} from '@/lib/messaging/schemas';
import { ALERTS_ALARM, createWatcher, seenContext } from '@/lib/background/watch';
import { MineTabs } from '@/lib/background/mine-tabs';
import { calendarsWithHolidays } from '@/lib/background/evaluate-record';
import { askTab } from '@/lib/messaging/ask-tab';
import type { TicketLookup } from '@/lib/messaging/answers';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { seenEntry } from '@/lib/directory/seen';
import { toCustomHosts } from '@/lib/settings/custom-hosts';
import { matchPage, toolById, type CustomHosts } from '@/lib/sites/registry';

/** How often the agent's own open tickets are asked for, through an open page of their tool. */
const MINE_ALARM = 'watch-mine';
const MINE_MINUTES = 5;

/** Wires messages to lib/: the background owns fetching, caching and evaluation, and holds no rules itself. */
export default defineBackground(() => {
  let customHosts: CustomHosts = new Map();
  const guard = new MessageGuard({
    extensionId: browser.runtime.id,
    extensionHost: new URL(browser.runtime.getURL('/')).host,
    isSupportedPage: (url) => matchPage(url, customHosts) !== null,
    // Counted and logged (a warning, not an error: the sender gets the refusal as its answer).
    onReject: (reason, rejected) => console.warn(`${reason} (${rejected} rejected since the background started)`),
  });
  // The tools whose API the content scripts read (Zendesk, Freshdesk, JSM): their back-off and last good tickets, per origin.
  const apiMemory = new ApiTicketMemory();
  // JSM organizations → directory accounts: the directory's name and domain index, rebuilt when it changes.
  const matchOrganization = organizationMatcher({
    entries: async () => (await openDirectory()).all(),
    version: async () => {
      const db = await openDirectory();
      const [count, lastSync] = await Promise.all([db.count(), db.getMeta<{ at?: number }>('lastSync')]);
      return `${count}:${lastSync?.at ?? ''}`;
    },
  });
  // Alerts ahead of a breach: the watch list, its notifications, the toolbar count (lib/background/watch.ts).
  const watcher = createWatcher({
    alertSettings: async () => (await settings()).alerts,
    calendars: async () => {
      const { policy, holidays } = await settings();
      return calendarsWithHolidays(policy.policy, holidays);
    },
    display: async () => (await settings()).display,
    toolName: (tool) => toolById(tool)?.name ?? tool,
    describeTab: (tabId) => askTab(tabId, 'describePage'),
    now: Date.now,
    warn: (what, error) => console.warn(`Entitlement Lens: ${what}`, error),
  });
  // The tabs of tools that list the agent's own tickets (Zendesk), asked for them at each `watch-mine` alarm.
  const mineTabs = new MineTabs();
  const watch = (lookup: TicketLookup, senderUrl: URL, tabId: number | undefined, reason?: 'mine') => {
    const seen = seenContext(senderUrl, tabId, customHosts, reason);
    if (seen) void watcher.seen(lookup, seen).catch((error) => console.warn('Entitlement Lens: the watch list could not be updated', error));
  };
  const askForMine = () => mineTabs.askEach((tabId) => sendMessage('refreshMine', undefined, tabId).catch(() => null));

  // The directory URL is fetched through TanStack Query: one fetch at a time, fresh for the refresh interval.
  const queries = new QueryClient();

  // What follows from a change of settings: custom-domain scripts and the directory refresh, from the newest
  // settings, one run at a time.
  const applySettings = settingsApplier(settings, {
    recogniseHosts: (domains) => {
      customHosts = toCustomHosts(domains);
    },
    syncCustomDomains: syncCustomDomainScripts,
    scheduleDirectory: (directory) => scheduleDirectoryRefresh(directory),
    warn: (what, error) => console.warn(`Entitlement Lens: ${what}`, error),
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (isDirectoryAlarm(alarm.name)) void syncDirectory();
    else if (alarm.name === ALERTS_ALARM) void watcher.refresh();
    else if (alarm.name === MINE_ALARM) void askForMine();
  });
  onSettingsChanged(() => {
    void applySettings();
    void watcher.refresh();
  });
  // A worker (re)started: what the outbox still holds is shown, the toolbar count and the alarm set from storage.
  void watcher.refresh();
  // Created once: re-created at every start of the worker (which stops when idle, and a message wakes it), it would
  // start its 5 minutes over each time and might never ring.
  void browser.alarms.get(MINE_ALARM).then(async (alarm) => {
    if (!alarm) await browser.alarms.create(MINE_ALARM, { periodInMinutes: MINE_MINUTES });
  });
  browser.notifications.onClicked.addListener((id) => {
    const key = watcher.ticketOfNotification(id);
    if (key) void watcher.open(key);
    void browser.notifications.clear(id);
  });
  // The one button: "Not for this ticket".
  browser.notifications.onButtonClicked?.addListener((id) => {
    const key = watcher.ticketOfNotification(id);
    if (key) void watcher.snooze(key, true);
    void browser.notifications.clear(id);
  });
  // A host granted or withdrawn outside the options page (the extensions page's "Site access") changes which
  // custom domains may have scripts, without any change of settings.
  browser.permissions.onAdded.addListener(() => void applySettings({ permissions: true }));
  browser.permissions.onRemoved.addListener(() => void applySettings({ permissions: true }));
  // A message can be what woke the service worker: its sender is checked against the custom hosts once they are read.
  const firstApplied = applySettings();

  onMessage('evaluateAccount', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(EvaluateAccountRequest, data, sender);
    const evaluated = evaluateRecord(request, await activePolicy(), await fieldMapping(request.tool), Date.now(), 'page', await untranslatedTexts());
    await rememberAccounts([evaluated]);
    await rememberSeen([seenEntry(evaluated)]).catch(() => {});
    return evaluated;
  });

  onMessage('getCachedAccount', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(GetCachedAccountRequest, data, sender);
    return knownAccount(request.tool, request.recordId, await activePolicy(), Date.now(), await untranslatedTexts());
  });

  onMessage('evaluatePageTickets', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(EvaluatePageTicketsRequest, data, sender);
    const [policy, holidays] = await Promise.all([activePolicy(), extraHolidays()]);
    const now = Date.now();
    const lookup = await evaluatePageTickets(onTheirPage(request.tickets, request.senderUrl.origin), {
      now,
      // The browser's zone, the one the CRM page's date-times are taken to be in (said on each ticket).
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      locale: request.locale,
      policy,
      holidays,
      findAccount: (tool, recordId) => knownAccount(tool, recordId, policy, now),
    });
    watch(lookup, request.senderUrl, sender.tab?.id);
    return lookup;
  });

  onMessage('askApiGate', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(AskApiGateRequest, data, sender);
    return apiMemory.gate(request.senderUrl.origin, Date.now(), request.fresh);
  });

  onMessage('evaluateApiTickets', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(EvaluateApiTicketsRequest, data, sender);
    const origin = request.senderUrl.origin;
    const now = Date.now();
    const settled = apiMemory.settle(origin, request.ticketIds, onTheirOrigin(request.tickets, origin), request.outcome, now);
    const [policy, holidays, severityFieldId] = await Promise.all([activePolicy(), extraHolidays(), zendeskSeverityField()]);
    const lookup = await evaluateApiTickets(settled.items, {
      now,
      policy,
      holidays,
      severityFieldId,
      mapping: fieldMapping,
      matchOrganization: async (org, tool) => {
        const match = await matchOrganization(org).catch(() => ({ entry: null, by: null, candidates: 0 }) as const);
        return { ...match, account: match.entry ? await matchedAccount(match.entry, tool, org.id, policy, now) : null };
      },
    });
    // Companies read from the tool's API are accounts Lens has seen, as Zendesk's organizations are.
    const read = Object.values(lookup.organizations).filter((a) => a.source === 'api');
    if (request.outcome.kind === 'read') {
      await rememberAccounts(read);
      await rememberSeen(read.map(seenEntry)).catch(() => {});
    }
    const answer: TicketLookup = { ...lookup, missing: settled.missing, problem: settled.problem, fetchedAt: settled.fetchedAt, source: settled.problem ? 'cache' : 'api' };
    // Watched: what a page showed, or the agent's own tickets it fetched when asked. Its tab is asked for those next time.
    watch(answer, request.senderUrl, sender.tab?.id, request.mine ? 'mine' : undefined);
    if (request.mine) void watcher.mine(origin, request.mine);
    const tool = matchPage(request.senderUrl, customHosts)?.tool;
    // Asked at the next `watch-mine` alarm (every 5 minutes), not at once: a page's own requests come first.
    if (sender.tab?.id !== undefined && tool && toolById(tool)?.tickets?.client?.fetchMine) mineTabs.seen(origin, sender.tab.id);
    return answer;
  });

  onMessage('getWatchList', async ({ sender }) => {
    await firstApplied;
    guard.check(z.undefined(), undefined, sender);
    return watcher.list();
  });

  onMessage('openWatchedTicket', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(OpenWatchedTicketRequest, data, sender);
    await watcher.open(request.key);
  });

  onMessage('snoozeTicket', async ({ data, sender }) => {
    await firstApplied;
    const request = guard.check(SnoozeTicketRequest, data, sender);
    await watcher.snooze(request.key, request.on);
  });

  onMessage('syncDirectory', async ({ sender }) => {
    await firstApplied;
    guard.check(z.undefined(), undefined, sender);
    return syncDirectory(true);
  });

  async function syncDirectory(force = false) {
    const { directory, policy } = await settings();
    if (!directory.url) return null;
    const url = directory.url;
    if (force) await queries.invalidateQueries({ queryKey: ['directory', url] });
    return queries.fetchQuery({
      queryKey: ['directory', url],
      queryFn: () => syncDirectoryUrl(url, policy.policy, Date.now()),
      staleTime: directory.refreshMinutes * 60_000,
    });
  }

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) await sendMessage('togglePanel', undefined, tab.id).catch(() => {});
  });
});
