import { browser } from 'wxt/browser';
import { z } from 'zod';
import { recallAccount, rememberAccounts } from '@/lib/background/account-cache';
import { evaluateRecord } from '@/lib/background/evaluate-record';
import { fetchJson } from '@/lib/background/fetch-json';
import { MessageGuard } from '@/lib/background/guard';
import { activePolicy, extraHolidays, fieldMapping, zendeskSeverityField } from '@/lib/background/settings';
import { TicketService } from '@/lib/background/ticket-service';
import { EvaluateAccountRequest, GetCachedAccountRequest, LookupTicketsRequest, onMessage, sendMessage } from '@/lib/messaging';
import { matchPage } from '@/lib/sites/urls';
import { accountKey } from '@/lib/views';

// MV3 forbids eval; zod must not compile validators with `new Function`.
z.config({ jitless: true });

/** Wires messages to lib/: the background owns fetching, caching and evaluation, and holds no rules itself. */
export default defineBackground(() => {
  const guard = new MessageGuard({ extensionId: browser.runtime.id, isSupportedPage: (url) => matchPage(url) !== null });
  const tickets = new TicketService({
    fetchJson: (url) => fetchJson(url, { now: Date.now }),
    now: Date.now,
    policy: activePolicy,
    mapping: () => fieldMapping('zendesk'),
    holidays: extraHolidays,
    severityFieldId: zendeskSeverityField,
  });

  onMessage('evaluateAccount', async ({ data, sender }) => {
    const request = guard.check(EvaluateAccountRequest, data, sender);
    const view = evaluateRecord(request, await activePolicy(), await fieldMapping(request.tool), Date.now(), 'page');
    await rememberAccounts([view]);
    return view;
  });

  onMessage('getCachedAccount', async ({ data, sender }) => {
    const request = guard.check(GetCachedAccountRequest, data, sender);
    return recallAccount(accountKey(request.tool, request.recordId));
  });

  onMessage('lookupTickets', async ({ data, sender }) => {
    const request = guard.check(LookupTicketsRequest, data, sender);
    // Ask only the tool the agent is on: a page may not direct us to another origin.
    if (request.origin !== request.senderUrl.origin) throw new Error('Entitlement Lens only reads tickets from the page’s own Zendesk');
    const lookup = await tickets.lookup(request.origin, request.ticketIds, request.fresh);
    await rememberAccounts(Object.values(lookup.organizations));
    return lookup;
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command === 'toggle-panel' && tab?.id !== undefined) await sendMessage('togglePanel', undefined, tab.id).catch(() => {});
  });
});
