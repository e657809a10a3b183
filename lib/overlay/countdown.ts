import type { SlaDecision } from '../policy';

// The countdown itself is pure and lives in the policy core (lib/policy/sla-countdown.ts), so the copied summary
// counts a target as the badge does; re-exported here for the overlay's existing importers.
export { countdown, nextTarget, type Countdown, type CountdownTone } from '../policy/sla-countdown';

const HOUR = 3_600_000;

/** Whether a countdown needs second-by-second ticks (under an hour of wall time either side of due). */
export const needsSeconds = (decision: SlaDecision | null, now: number): boolean => decision?.dueAt != null && Math.abs(Date.parse(decision.dueAt) - now) < HOUR;
