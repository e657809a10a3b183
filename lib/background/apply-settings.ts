import type { Settings } from '../settings/load';

export interface SettingsEffects {
  /** Which hosts are the tools' pages, for checking senders (synchronous; runs first). */
  recogniseHosts(domains: Settings['customDomains']): void;
  /** Registers our content scripts on the granted custom domains (idempotent). */
  syncCustomDomains(domains: Settings['customDomains']): Promise<unknown>;
  /** Starts, changes or stops the directory refresh. */
  scheduleDirectory(directory: Settings['directory']): Promise<unknown>;
  /** Reports an effect that failed; the others still apply. */
  warn(what: string, error: unknown): void;
}

/**
 * Applies what follows from the settings, one run at a time and always from the newest settings: each run reads
 * `read()` when it starts, so runs queued behind a slow one apply the latest change, never an older one. The
 * custom-domain scripts are re-registered only when the domains changed or `apply({ permissions: true })` says
 * the granted hosts did (unregistering and registering on every change would race a page that is loading).
 * @example const apply = settingsApplier(settings, effects); onSettingsChanged(() => void apply());
 */
export function settingsApplier(read: () => Promise<Settings>, effects: SettingsEffects) {
  let queue: Promise<void> = Promise.resolve();
  /** What each effect last applied, as JSON; dropped when it failed, so the next run tries again. */
  const applied = new Map<string, string>();
  const applyChanged = async (what: string, value: unknown, force: boolean, effect: () => Promise<unknown>) => {
    const json = JSON.stringify(value);
    if (!force && applied.get(what) === json) return;
    try {
      await effect();
      applied.set(what, json);
    } catch (error) {
      applied.delete(what);
      effects.warn(what, error);
    }
  };
  const run = async (permissionsChanged: boolean) => {
    const s = await read();
    effects.recogniseHosts(s.customDomains);
    await applyChanged('custom domains', s.customDomains, permissionsChanged, () => effects.syncCustomDomains(s.customDomains));
    await applyChanged('directory refresh', s.directory, false, () => effects.scheduleDirectory(s.directory));
  };
  return (options: { permissions?: boolean } = {}): Promise<void> => {
    queue = queue.then(() => run(options.permissions === true)).catch((error) => effects.warn('settings', error));
    return queue;
  };
}
