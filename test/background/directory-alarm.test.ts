import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isDirectoryAlarm, scheduleDirectoryRefresh } from '../../lib/background/directory-alarm';

const URL_A = 'https://intranet.example/a.csv';
const URL_B = 'https://intranet.example/b.csv';
const directoryAlarms = async () => (await fakeBrowser.alarms.getAll()).filter((a) => isDirectoryAlarm(a.name)).map((a) => [a.name, a.periodInMinutes, a.scheduledTime]);

describe('the directory refresh alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a directory URL gets one alarm, repeating at its interval', async () => {
    await scheduleDirectoryRefresh({ url: URL_A, refreshMinutes: 60 });
    expect((await directoryAlarms()).map(([name, period]) => [name, period])).toEqual([[`directory-sync ${URL_A}`, 60]]);
  });

  it('a wake of the service worker with the same settings leaves the running alarm as it is', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const clear = vi.spyOn(fakeBrowser.alarms, 'clear');
    await scheduleDirectoryRefresh({ url: URL_A, refreshMinutes: 60 });
    const before = await directoryAlarms();
    await scheduleDirectoryRefresh({ url: URL_A, refreshMinutes: 60 });
    expect(create).toHaveBeenCalledTimes(1);
    expect(clear).not.toHaveBeenCalled();
    expect(await directoryAlarms()).toEqual(before);
  });

  it('a new URL or interval replaces it; no URL clears it', async () => {
    await scheduleDirectoryRefresh({ url: URL_A, refreshMinutes: 60 });
    await scheduleDirectoryRefresh({ url: URL_B, refreshMinutes: 60 });
    expect((await directoryAlarms()).map(([name]) => name)).toEqual([`directory-sync ${URL_B}`]);
    await scheduleDirectoryRefresh({ url: URL_B, refreshMinutes: 15 });
    expect((await directoryAlarms()).map(([, period]) => period)).toEqual([15]);
    await scheduleDirectoryRefresh({ url: null, refreshMinutes: 15 });
    expect(await directoryAlarms()).toEqual([]);
  });
});
