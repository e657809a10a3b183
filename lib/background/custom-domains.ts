import { browser } from 'wxt/browser';
import type { CustomDomain } from '../settings/managed-config';
import { toolById } from '../sites/registry';
import type { Surface } from '../sites/types';

const PREFIX = 'custom-domain:';

/** Each surface's content script, and the stylesheet injected with it (the badges' hosts: entrypoints/ticket-badges.content/host.css). */
const SURFACE_FILES: Record<Surface, { js: string[]; css?: string[] }> = {
  'crm-sidebar': { js: ['content-scripts/crm-sidebar.js'] },
  'ticket-badges': { js: ['content-scripts/ticket-badges.js'], css: ['content-scripts/ticket-badges.css'] },
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
    const tool = toolById(d.tool);
    if (!tool) continue;
    scripts.push({ id: `${PREFIX}${d.host}`, matches: [originPattern(d.host)], ...SURFACE_FILES[tool.surface], runAt: 'document_idle' as const, persistAcrossSessions: true });
  }
  if (scripts.length) await browser.scripting.registerContentScripts(scripts);
  return scripts.map((s) => s.id);
}
