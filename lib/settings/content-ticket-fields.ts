/**
 * The ticket field mapping a content script reads tickets with, read without the settings machinery (zod, the policy
 * engine) so content scripts stay small, by the same rule as the settings (./ticket-fields.ts), and followed live.
 */
import { browser } from 'wxt/browser';
import type { TicketFieldMapping } from '../parse/ticket-fields';
import type { Tool } from '../sites/types';
import { ticketFieldMappingsItem } from './storage';
import { ticketFieldMappingsInForce } from './ticket-fields';

/** The managed keys the mapping depends on. */
const MANAGED_KEYS = ['ticketFieldMappings', 'lockLocalChanges'];

/**
 * The mapping in force for `tool` (undefined for a tool whose tickets are not read from its pages): the
 * administrator's where they set one, else the user's unless the administrator locked local changes, over the defaults.
 * @example await contentTicketFields('salesforce') // { number: ['CaseNumber', 'Case Number'], …, opened: ['CreatedDate', 'Datum/Uhrzeit geöffnet'], … }
 */
export async function contentTicketFields(tool: Tool): Promise<TicketFieldMapping | undefined> {
  let managed: Record<string, unknown> = {};
  try {
    managed = ((await browser.storage.managed?.get(MANAGED_KEYS)) ?? {}) as Record<string, unknown>;
  } catch {
    // No managed store (Firefox without policies, a developer profile): not an error.
  }
  const user = managed.lockLocalChanges === true ? {} : await ticketFieldMappingsItem.getValue();
  return ticketFieldMappingsInForce(user, managed.ticketFieldMappings)[tool];
}

/**
 * Calls `onChange` with the mapping in force for `tool` after each change of the user's mapping (the options page) or
 * of the administrator's (a managed push). Returns the function that stops watching.
 * @example const stop = watchContentTicketFields('salesforce', (fields) => restartBoard(fields));
 */
export function watchContentTicketFields(tool: Tool, onChange: (fields: TicketFieldMapping | undefined) => void): () => void {
  const reread = () => void contentTicketFields(tool).then(onChange, () => {});
  const unwatch = ticketFieldMappingsItem.watch(reread);
  const onManaged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' && MANAGED_KEYS.some((key) => key in changes)) reread();
  };
  browser.storage.onChanged.addListener(onManaged);
  return () => {
    unwatch();
    browser.storage.onChanged.removeListener(onManaged);
  };
}
