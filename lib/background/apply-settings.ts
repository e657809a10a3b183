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
  let appliedDomains: string | null = null;
  let appliedDirectory: string | null = null;
  const run = async (permissionsChanged: boolean) => {
    const s = await read();
    effects.recogniseHosts(s.customDomains);
    const domains = JSON.stringify(s.customDomains);
    if (permissionsChanged || domains !== appliedDomains) {
      try {
        await effects.syncCustomDomains(s.customDomains);
        appliedDomains = domains;
      } catch (error) {
        appliedDomains = null;
        effects.warn('custom domains', error);
      }
    }
    const directory = JSON.stringify(s.directory);
    if (directory !== appliedDirectory) {
      try {
        await effects.scheduleDirectory(s.directory);
        appliedDirectory = directory;
      } catch (error) {
        appliedDirectory = null;
        effects.warn('directory refresh', error);
      }
    }
  };
  return (options: { permissions?: boolean } = {}): Promise<void> => {
    queue = queue.then(() => run(options.permissions === true)).catch((error) => effects.warn('settings', error));
    return queue;
  };
}
