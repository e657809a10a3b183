import { browser } from 'wxt/browser';
import type { CustomDomain } from '../settings/managed-config';
import { toolById, toolSurfaces } from '../sites/registry';
import type { Surface } from '../sites/types';
import { originPattern } from '../settings/host-name';

const PREFIX = 'custom-domain:';

/** Each surface's content script, and the stylesheet injected with it (the badges' hosts: entrypoints/ticket-badges.content/host.css). */
const SURFACE_FILES: Record<Surface, { js: string[]; css?: string[] }> = {
  'crm-sidebar': { js: ['content-scripts/crm-sidebar.js'] },
  'ticket-badges': { js: ['content-scripts/ticket-badges.js'], css: ['content-scripts/ticket-badges.css'] },
};

/** One registered content script, as `scripting` reports and takes it (the fields Lens sets). */
export interface DomainScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The script a granted custom domain needs, or null for a tool the registry does not know. */
export function domainScript(domain: CustomDomain): DomainScript | null {
  const tool = toolById(domain.tool);
  if (!tool) return null;
  // Every content script the tool's pages need (Salesforce: the sidebar on accounts, the badges on cases), in one registration.
  const files = toolSurfaces(tool).map((surface) => SURFACE_FILES[surface]);
  const css = files.flatMap((f) => f.css ?? []);
  return {
    id: `${PREFIX}${domain.host}`,
    matches: [originPattern(domain.host)],
    js: files.flatMap((f) => f.js),
    ...(css.length ? { css } : {}),
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

const same = (a: DomainScript, b: DomainScript) => JSON.stringify([a.matches, a.js, a.css ?? [], a.runAt]) === JSON.stringify([b.matches, b.js, b.css ?? [], b.runAt]);

/**
 * What to change so that our registered scripts are exactly `wanted`: scripts already registered as wanted stay
 * untouched (registrations persist across sessions, and unregistering one while its page loads could miss that page),
 * changed ones are replaced, and ours that are no longer wanted go. Scripts not ours (no prefix) are never touched.
 * @example planScripts([], [script]) // { unregister: [], register: [script] }
 */
export function planScripts(registered: readonly DomainScript[], wanted: readonly DomainScript[]): { unregister: string[]; register: DomainScript[] } {
  const ours = new Map(registered.filter((s) => s.id.startsWith(PREFIX)).map((s) => [s.id, s]));
  const wantedIds = new Set(wanted.map((s) => s.id));
  const keep = (s: DomainScript) => {
    const now = ours.get(s.id);
    return now !== undefined && same(now, s);
  };
  return {
    unregister: [...ours.keys()].filter((id) => !wantedIds.has(id) || !keep(wanted.find((s) => s.id === id)!)),
    register: wanted.filter((s) => !keep(s)),
  };
}

/**
 * Registers our content scripts on every custom domain whose permission the user granted (asked for from the
 * options page's click), and unregisters the rest. Idempotent and minimal: run at start-up, at every wake of the
 * service worker and whenever the list or the granted hosts change; it changes only what differs.
 */
export async function syncCustomDomainScripts(domains: readonly CustomDomain[]): Promise<string[]> {
  const wanted: DomainScript[] = [];
  for (const d of domains) {
    if (!(await browser.permissions.contains({ origins: [originPattern(d.host)] }))) continue;
    const script = domainScript(d);
    if (script) wanted.push(script);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()) as DomainScript[];
  const plan = planScripts(registered, wanted);
  if (plan.unregister.length) await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  // Every script has its `js` (SURFACE_FILES); the API's type wants `js` or `css` to be known present.
  if (plan.register.length) await browser.scripting.registerContentScripts(plan.register as Parameters<typeof browser.scripting.registerContentScripts>[0]);
  return wanted.map((s) => s.id);
}
