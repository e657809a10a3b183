/**
 * Alert settings (lib/alerts/settings.ts): the defaults of issue 14 (60 and 15 minutes before, and at breach), what
 * the agent saves and the administrator pushes (managed key `alerts`), each value checked, layered key by key.
 */
import { describe, expect, it } from 'vitest';
import { AlertSettingsInput, alertSettingsInForce, DEFAULT_ALERT_SETTINGS, thresholdsFor } from '../../lib/alerts/settings';
import { MAX_WATCH_LIMIT } from '../../lib/alerts/watch';
import { parseManaged } from '../../lib/settings/managed-config';

/** The first problem with an input, named by its key as the options page names the field: `key.path: message`. */
function problem(input: unknown): string | null {
  const parsed = AlertSettingsInput.safeParse(input);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('the settings in force', () => {
  it('by default: 60 and 15 minutes before for every severity, at breach, no quiet hours, 24 hours, 500 tickets', () => {
    expect(alertSettingsInForce()).toEqual({
      enabled: true,
      thresholds: { sev1: [60, 15], sev2: [60, 15], other: [60, 15] },
      atBreach: true,
      quietHours: null,
      watchHours: 24,
      watchLimit: 500,
    });
    expect(alertSettingsInForce(null, undefined, {})).toEqual(DEFAULT_ALERT_SETTINGS);
  });

  it('the administrator’s over the agent’s over the defaults, key by key; a severity’s thresholds as one value', () => {
    const agent: AlertSettingsInput = { thresholds: { sev1: [30], sev2: [120, 60] }, quietHours: { start: '22:00', end: '07:00' }, watchHours: 8 };
    const admin: AlertSettingsInput = { thresholds: { sev2: [240] }, atBreach: false, watchHours: 48 };
    expect(alertSettingsInForce(agent, admin)).toEqual({
      enabled: true,
      thresholds: { sev1: [30], sev2: [240], other: [60, 15] },
      atBreach: false,
      quietHours: { start: '22:00', end: '07:00' },
      watchHours: 48,
      watchLimit: 500,
    });
  });

  it('quiet hours switched off by a later layer (null) stay off', () => {
    expect(alertSettingsInForce({ quietHours: { start: '22:00', end: '07:00' } }, { quietHours: null }).quietHours).toBeNull();
  });

  it('never changes the defaults it starts from', () => {
    alertSettingsInForce({ thresholds: { sev1: [5] } });
    expect(DEFAULT_ALERT_SETTINGS.thresholds.sev1).toEqual([60, 15]);
  });

  it.each([
    { severity: 1 as const, expected: [30] },
    { severity: 2 as const, expected: [120, 60] },
    { severity: null, expected: [60, 15] },
  ])('severity $severity alerts at $expected minutes', ({ severity, expected }) => {
    expect(thresholdsFor(alertSettingsInForce({ thresholds: { sev1: [30], sev2: [120, 60] } }), severity)).toEqual(expected);
  });
});

describe('what may be saved or pushed', () => {
  it('thresholds are deduplicated and sorted, most distant first (the order the planner reads them in)', () => {
    expect(AlertSettingsInput.parse({ thresholds: { sev1: [15, 60, 15, 240] } }).thresholds).toEqual({ sev1: [240, 60, 15] });
    expect(AlertSettingsInput.parse({ thresholds: { other: [] } }).thresholds).toEqual({ other: [] }); // at breach only
  });

  it('every key is optional; a whole valid setting passes as it is', () => {
    expect(problem({})).toBeNull();
    const whole = { enabled: false, thresholds: { sev1: [30], sev2: [60], other: [10] }, atBreach: false, quietHours: null, watchHours: 168, watchLimit: MAX_WATCH_LIMIT };
    expect(AlertSettingsInput.parse(whole)).toEqual(whole);
  });

  it.each([
    { input: { thresholds: { sev1: [0] } }, message: 'thresholds.sev1.0: Too small: expected number to be >=1' },
    { input: { thresholds: { sev2: [7 * 24 * 60 + 1] } }, message: 'thresholds.sev2.0: Too big: expected number to be <=10080' },
    { input: { thresholds: { other: [1.5] } }, message: 'thresholds.other.0: Invalid input: expected int, received number' },
    { input: { thresholds: { other: [1, 2, 3, 4, 5, 6] } }, message: 'thresholds.other: at most 5 thresholds' },
    { input: { quietHours: { start: '7:00', end: '08:00' } }, message: 'quietHours.start: expected HH:MM' },
    { input: { quietHours: { start: '22:00', end: '24:00' } }, message: 'quietHours.end: expected HH:MM' },
    { input: { quietHours: { start: '22:00', end: '07:60' } }, message: 'quietHours.end: expected HH:MM' },
    { input: { watchLimit: MAX_WATCH_LIMIT + 1 }, message: 'watchLimit: Too big: expected number to be <=1000' },
    { input: { watchLimit: 9 }, message: 'watchLimit: Too small: expected number to be >=10' },
    { input: { watchHours: 0 }, message: 'watchHours: Too small: expected number to be >=1' },
    { input: { watchHours: 169 }, message: 'watchHours: Too big: expected number to be <=168' },
    { input: { enabled: 'yes' }, message: 'enabled: Invalid input: expected boolean, received string' },
    { input: { snoozeAll: true }, message: ': Unrecognized key: "snoozeAll"' },
  ])('refused, naming the key: $message', ({ input, message }) => {
    expect(problem(input)).toBe(message);
  });

  it('an administrator’s invalid `alerts` is refused whole, and named', () => {
    const read = parseManaged({ alerts: { watchLimit: 5000 }, lockLocalChanges: true });
    expect(read.config).toEqual({ lockLocalChanges: true });
    expect(read.problems).toEqual(['Managed key "alerts": watchLimit: Too big: expected number to be <=1000']);
    expect(parseManaged({ alerts: { thresholds: { sev1: [30, 30] } } }).config.alerts).toEqual({ thresholds: { sev1: [30] } });
  });
});
