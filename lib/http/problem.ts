/** What went wrong with a request to a tool, in words the agent can act on (lib/http/fetch-json.ts makes them). */
export type FetchErrorKind = 'session-expired' | 'forbidden' | 'not-found' | 'rate-limited' | 'server-error' | 'timeout' | 'malformed' | 'network';

export interface FetchProblem {
  kind: FetchErrorKind;
  /** What happened and what to do, in a sentence the agent can act on. */
  message: string;
  status: number | null;
  /** When a retry makes sense (epoch ms), e.g. from `Retry-After`. */
  retryAt: number | null;
}
