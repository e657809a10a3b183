/**
 * A second opinion on a tool's own SLA: the due time the tool computed from the SLA policy someone configured in it,
 * against the due time the handbook gives. When the tool's configuration drifts from the contract (a wrong schedule,
 * a missing holiday, a wrong priority mapping), the two part.
 */

/** Five minutes: the tools round due times to the minute, and a policy may set its own tolerance. */
export const DEFAULT_DUE_TOLERANCE_MS = 5 * 60_000;

export interface DueComparison {
  /** The handbook's due minus the tool's (negative: the handbook wants it earlier). */
  differenceMs: number;
  /** They part by more than the tolerance. */
  differs: boolean;
  /** Where the handbook's due time stands against the tool's. */
  handbookIs: 'earlier' | 'later' | 'same';
}

/**
 * Compares the tool's due instant with the handbook's (epoch ms). Within the tolerance they agree ('same').
 * @example compareDue(Date.UTC(2026, 0, 5, 12), Date.UTC(2026, 0, 5, 10, 40)).handbookIs // 'earlier'
 */
export function compareDue(toolDueMs: number, handbookDueMs: number, toleranceMs: number = DEFAULT_DUE_TOLERANCE_MS): DueComparison {
  const differenceMs = handbookDueMs - toolDueMs;
  const differs = Math.abs(differenceMs) > toleranceMs;
  return { differenceMs, differs, handbookIs: !differs ? 'same' : differenceMs < 0 ? 'earlier' : 'later' };
}
