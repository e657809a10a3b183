/**
 * What Lens knows of an account it is not looking at: a Case's account, a HubSpot ticket's company, the popup's card
 * for a ticket. First the account as last read in the CRM (the paint-at-once cache), else the directory's entry
 * (synced from the admin's export, or seen while browsing), evaluated with the policy in force.
 */
import { entryKey, type DirectoryEntry } from '../directory/entry';
import { evaluateEntry } from '../directory/loaded';
import { salesforceId18 } from '../directory/salesforce-id';
import { openDirectory } from '../directory/store';
import { evaluate, type Evaluation, type Policy } from '../policy';
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
 * The account as Lens knows it, or null: the newer of the account as last read in the CRM and the directory's entry,
 * evaluated with the policy in force at `now` (never an evaluation cached under an older policy or date: a package
 * dropped from Slack, or a contract that ended since, shows as it is now). Never throws: a directory that cannot be
 * opened is as good as empty.
 * @example await knownAccount('salesforce', '001…', policy, Date.now()) // { source: 'page', … } or null
 */
export async function knownAccount(tool: Tool, recordId: string, policy: Policy, now: number, untranslated = 0): Promise<EvaluatedAccount | null> {
  const ids = idForms(tool, recordId);
  let cached: EvaluatedAccount | null = null;
  for (const id of ids) {
    cached = await recallAccount(accountKey(tool, id)).catch(() => null);
    if (cached) break;
  }
  let entry: DirectoryEntry | undefined;
  const directory = await openDirectory().catch(() => null);
  for (const id of directory ? ids : []) {
    entry = await directory!.get(entryKey({ name: '', domain: null, crm: { tool, recordId: id, url: null } })).catch(() => undefined);
    if (entry) break;
  }
  const fromCache = cached !== null && (!entry || cached.readAt >= entry.updatedAt);
  if (!fromCache && !entry) return null;
  return {
    key: accountKey(tool, recordId),
    tool,
    recordId,
    url: fromCache ? cached!.url : (entry!.crm?.url ?? null),
    evaluation: fromCache ? reevaluate(cached!, policy, now, untranslated) : evaluateEntry(entry!, policy, now, untranslated),
    unrecognizedPackages: fromCache ? cached!.unrecognizedPackages : [],
    readAt: fromCache ? cached!.readAt : entry!.updatedAt,
    source: fromCache ? cached!.source : entry!.source === 'seen' ? 'page' : 'directory',
  };
}

/**
 * A cached account evaluated again with the policy in force at `now`: its canonical attributes as read, and the
 * warnings of that reading (an unreadable field stays named); the evaluation's own warnings are not repeated.
 */
function reevaluate(cached: EvaluatedAccount, policy: Policy, now: number, untranslated: number): Evaluation {
  const evaluation = evaluate(cached.evaluation.account, policy, { now, warnings: cached.evaluation.warnings, untranslated });
  return { ...evaluation, warnings: [...new Set(evaluation.warnings)] };
}

/**
 * A directory entry found another way than by its CRM id (a JSM organization matched by name or domain), as an
 * account: the CRM's own reading where the entry has a CRM record Lens knows (`knownAccount`), else the entry itself
 * under the name the ticket's tool gives it (`tool:recordId`, the organization), evaluated with the policy in force.
 * @example await matchedAccount(entry, 'jsm', '101', policy, Date.now())
 */
export async function matchedAccount(entry: DirectoryEntry, tool: Tool, recordId: string, policy: Policy, now: number): Promise<EvaluatedAccount> {
  const known = entry.crm ? await knownAccount(entry.crm.tool, entry.crm.recordId, policy, now) : null;
  return (
    known ?? {
      key: accountKey(tool, recordId),
      tool,
      recordId,
      url: entry.crm?.url ?? null,
      evaluation: evaluateEntry(entry, policy, now),
      unrecognizedPackages: [],
      readAt: entry.updatedAt,
      source: entry.source === 'seen' ? 'page' : 'directory',
    }
  );
}
