import { browser } from 'wxt/browser';
import type { CustomDomain } from '../settings/managed-config';

const PREFIX = 'custom-domain:';

/** The content script a tool's pages need. */
const SCRIPT: Record<CustomDomain['tool'], string> = {
  salesforce: 'content-scripts/crm-sidebar.js',
  hubspot: 'content-scripts/crm-sidebar.js',
  zendesk: 'content-scripts/ticket-badges.js',
};

/** The stylesheet injected with it, if any (the Zendesk badges' hosts, entrypoints/ticket-badges.content/host.css). */
const STYLES: Partial<Record<CustomDomain['tool'], string[]>> = {
  zendesk: ['content-scripts/ticket-badges.css'],
};

export const originPattern = (host: string) => `https://${host}/*`;

/**
 * Registers our content scripts on every custom domain whose permission the user granted (asked for from the
 * options page's click), and unregisters the rest. Idempotent: run at start-up and whenever the list changes.
 */
export async function syncCustomDomainScripts(domains: readonly CustomDomain[]): Promise<string[]> {
  const registered = await browser.scripting.getRegisteredContentScripts();
  const ours = registered.filter((s) => s.id.startsWith(PREFIX)).map((s) => s.id);
  if (ours.length) await browser.scripting.unregisterContentScripts({ ids: ours });
  const scripts = [];
  for (const d of domains) {
    if (!(await browser.permissions.contains({ origins: [originPattern(d.host)] }))) continue;
    scripts.push({ id: `${PREFIX}${d.host}`, matches: [originPattern(d.host)], js: [SCRIPT[d.tool]], ...(STYLES[d.tool] ? { css: STYLES[d.tool] } : {}), runAt: 'document_idle' as const, persistAcrossSessions: true });
  }
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
  return scripts.map((s) => s.id);
}
