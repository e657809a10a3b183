/**
 * What the agent (or the administrator, managed key `alerts`) sets for alerts ahead of a breach. Pure data: the
 * background reads it through lib/settings/load.ts, the options page edits it.
 */
import { z } from '../domain/zod';
import { MAX_WATCH_LIMIT } from './watch';

/** Minutes before a target is due at which to alert, per severity (`other`: severity unknown). */
export interface AlertThresholds {
  sev1: number[];
  sev2: number[];
  other: number[];
}

export interface AlertSettings {
  /** Whether notifications are shown at all (the watch list, toolbar count and Due-soon list work either way). */
  enabled: boolean;
  thresholds: AlertThresholds;
  /** One more notification when a target is breached. */
  atBreach: boolean;
  /** No notification between these local times (HH:MM, the browser's zone; `start` after `end` spans midnight). Null: off. */
  quietHours: { start: string; end: string } | null;
  /** A ticket seen (opened, or in a list) is watched this many hours after it was last seen. */
  watchHours: number;
  /** At most this many tickets are watched; the ones seen longest ago go first. */
  watchLimit: number;
}

/** 60 and 15 minutes before, and at breach: the defaults; quiet hours off. */
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  enabled: true,
  thresholds: { sev1: [60, 15], sev2: [60, 15], other: [60, 15] },
  atBreach: true,
  quietHours: null,
  watchHours: 24,
  watchLimit: 500,
};

const Minutes = z
  .array(
    z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60),
  )
  .max(5, 'at most 5 thresholds')
  .transform((list) => [...new Set(list)].sort((a, b) => b - a));
const Clock = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

/**
 * An alert setting as pushed by an administrator or saved by the options page: every key optional, each checked
 * (thresholds 1 minute to 7 days, at most 5 per severity, HH:MM clocks, 1–168 watch hours, 10–1,000 watched tickets).
 */
export const AlertSettingsInput = z
  .object({
    enabled: z.boolean(),
    thresholds: z.object({ sev1: Minutes, sev2: Minutes, other: Minutes }).partial(),
    atBreach: z.boolean(),
    quietHours: z.object({ start: Clock, end: Clock }).nullable(),
    watchHours: z.number().int().min(1).max(168),
    watchLimit: z.number().int().min(10).max(MAX_WATCH_LIMIT),
  })
  .partial()
  .strict();
export type AlertSettingsInput = z.infer<typeof AlertSettingsInput>;

/**
 * The settings in force: the defaults, then the agent's, then the administrator's, key by key (a severity's
 * thresholds as one value).
 * @example alertSettingsInForce({ thresholds: { sev1: [30] } }, { atBreach: false }).thresholds.sev2 // [60, 15]
 */
export function alertSettingsInForce(...layers: Array<AlertSettingsInput | null | undefined>): AlertSettings {
  let out: AlertSettings = { ...DEFAULT_ALERT_SETTINGS, thresholds: { ...DEFAULT_ALERT_SETTINGS.thresholds } };
  for (const layer of layers) {
    if (!layer) continue;
    const { thresholds, ...rest } = layer;
    out = { ...out, ...rest, thresholds: { ...out.thresholds, ...thresholds } };
  }
  return out;
}

/** The thresholds for a ticket's severity. */
export const thresholdsFor = (settings: AlertSettings, severity: number | null): number[] =>
  severity === 1 ? settings.thresholds.sev1 : severity === 2 ? settings.thresholds.sev2 : settings.thresholds.other;
