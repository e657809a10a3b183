/**
 * What Lens knows of an account it is not looking at: a Case's account, a HubSpot ticket's company, the popup's card
 * for a ticket. First the account as last read in the CRM (the paint-at-once cache), else the directory's entry
 * (synced from the admin's export, or seen while browsing), evaluated with the policy in force.
 */
import { entryKey } from '../directory/entry';
import { evaluateEntry } from '../directory/loaded';
import { salesforceId18 } from '../directory/salesforce-id';
import { openDirectory } from '../directory/store';
import type { Policy } from '../policy';
import type { Tool } from '../sites/types';
import { accountKey, type EvaluatedAccount } from '../messaging/answers';
import { recallAccount } from './account-cache';

/**
 * The ids one Salesforce record goes by: the page's, its 18-character form and its 15-character form (a list view
 * links the 18-character id, a report export gives the 15-character one). Other tools' ids are one.
 */
function idForms(tool: Tool, recordId: string): string[] {
  if (tool !== 'salesforce') return [recordId];
  const long = salesforceId18(recordId.slice(0, 15));
  return [...new Set([recordId, long, long.slice(0, 15)])];
}

/**
 * The account as Lens knows it, or null. Never throws: a directory that cannot be opened is as good as empty.
 * @example await knownAccount('salesforce', '001…', policy, Date.now()) // { source: 'page', … } or null
 */
export async function knownAccount(tool: Tool, recordId: string, policy: Policy, now: number): Promise<EvaluatedAccount | null> {
  const ids = idForms(tool, recordId);
  for (const id of ids) {
    const cached = await recallAccount(accountKey(tool, id)).catch(() => null);
    if (cached) return cached;
  }
  const directory = await openDirectory().catch(() => null);
  if (!directory) return null;
  for (const id of ids) {
    const entry = await directory.get(entryKey({ name: '', domain: null, crm: { tool, recordId: id, url: null } })).catch(() => undefined);
    if (!entry) continue;
    return {
      key: accountKey(tool, recordId),
      tool,
      recordId,
      url: entry.crm?.url ?? null,
      evaluation: evaluateEntry(entry, policy, now),
      unrecognizedPackages: [],
      readAt: entry.updatedAt,
      source: 'directory',
    };
  }
  return null;
}
