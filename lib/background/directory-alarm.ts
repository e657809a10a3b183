import { browser } from 'wxt/browser';

const PREFIX = 'directory-sync';

/** Whether an alarm is the directory refresh's. */
export const isDirectoryAlarm = (name: string): boolean => name.startsWith(PREFIX);

/**
 * Keeps one alarm per directory URL, repeating every `refreshMinutes`. An alarm that already runs for this URL and
 * period (a wake of the service worker) is left alone, or every wake would fetch the directory again a few seconds
 * later; a new URL or period gets a new alarm that fires soon; no URL, no alarm.
 * @example await scheduleDirectoryRefresh({ url: 'https://intranet.example/accounts.csv', refreshMinutes: 60 });
 */
export async function scheduleDirectoryRefresh(directory: { url: string | null; refreshMinutes: number }): Promise<void> {
  const name = directory.url ? `${PREFIX} ${directory.url}` : null;
  const alarms = (await browser.alarms.getAll()).filter((a) => isDirectoryAlarm(a.name));
  const current = (a: { name: string; periodInMinutes?: number }) => a.name === name && a.periodInMinutes === directory.refreshMinutes;
  for (const alarm of alarms) if (!current(alarm)) await browser.alarms.clear(alarm.name);
  if (name && !alarms.some(current)) await browser.alarms.create(name, { periodInMinutes: directory.refreshMinutes, delayInMinutes: 0.1 });
}
