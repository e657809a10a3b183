import type { FetchProblem } from './problem';

/**
 * Per-origin back-off: after a 429 wait for `Retry-After`; after a server error, timeout or malformed answer
 * wait 5 s, doubling up to 5 min. Errors the user must fix (session, access) wait for the next explicit retry.
 */
export class Backoff {
  private readonly state = new Map<string, { failures: number; until: number; problem: FetchProblem }>();

  /** The problem to answer with instead of calling, while the origin is backing off. */
  blocked(origin: string, now: number, fresh = false): FetchProblem | null {
    const s = this.state.get(origin);
    if (!s || now >= s.until) return null;
    if (fresh && s.problem.kind !== 'rate-limited') return null; // an explicit retry may try again, but never through a 429
    return { ...s.problem, retryAt: s.until };
  }

  failed(origin: string, problem: FetchProblem, now: number): void {
    const failures = (this.state.get(origin)?.failures ?? 0) + 1;
    const transient = ['server-error', 'timeout', 'malformed', 'network'].includes(problem.kind);
    const until = problem.retryAt ?? (transient ? now + Math.min(5_000 * 2 ** (failures - 1), 300_000) : now);
    this.state.set(origin, { failures, until, problem });
  }

  succeeded(origin: string): void {
    this.state.delete(origin);
  }
}
