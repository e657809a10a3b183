import { browser } from 'wxt/browser';
import { isTool, type CustomHosts } from '../sites/registry';
import type { Tool } from '../sites/types';
import { customDomainsItem } from './storage';
import { HOST_NAME } from './host-name';

function readDomains(raw: unknown): Array<[string, Tool]> {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d) => (d && typeof d.host === 'string' && HOST_NAME.test(d.host) && isTool(d.tool) ? [[d.host, d.tool] as [string, Tool]] : []));
}

/**
 * The custom-domain hosts a content script must recognise, read without the settings machinery (zod, the
 * policy engine) so content scripts stay small: the admin's list when set, else the user's (none when locked).
 */
export async function contentCustomHosts(): Promise<CustomHosts> {
  let managed: Record<string, unknown> = {};
  try {
    managed = ((await browser.storage.managed?.get(['customDomains', 'lockLocalChanges'])) ?? {}) as Record<string, unknown>;
  } catch {
    // No managed store (Firefox without policies, a developer profile): not an error.
  }
  if (managed.customDomains !== undefined) return new Map(readDomains(managed.customDomains));
  if (managed.lockLocalChanges === true) return new Map();
  return new Map(readDomains(await customDomainsItem.getValue()));
}
