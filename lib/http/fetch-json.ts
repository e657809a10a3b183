import type { FetchProblem } from './problem';

export type FetchResult = { ok: true; json: unknown } | { ok: false; problem: FetchProblem };

export interface FetchJsonOptions {
  now: () => number;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

/**
 * GETs JSON with the user's session for that site (credentials included) and turns every failure into a
 * problem the UI can explain: what happened and what to do.
 * @example await fetchJson('https://acme.zendesk.com/api/v2/tickets/1.json', { now: Date.now })
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<FetchResult> {
  const { now, timeoutMs = 10_000, fetchImpl = fetch } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'include', headers: { Accept: 'application/json' }, signal: controller.signal });
  } catch (error) {
    clearTimeout(timer);
    if ((error as Error).name === 'AbortError') {
      return fail('timeout', `The request timed out after ${Math.round(timeoutMs / 1000)} s. Check your connection, then retry.`, null, null);
    }
    return fail('network', 'The tool could not be reached. Check your connection, then retry.', null, null);
  }
  try {
    const status = response.status;
    if (status === 401) return fail('session-expired', 'Your session has expired. Sign in again in this tab, then retry.', status, null);
    if (status === 403) return fail('forbidden', 'Your account may not read this data (403). Ask your admin for access.', status, null);
    if (status === 404) return fail('not-found', 'Not found (404): it may have been deleted or merged.', status, null);
    if (status === 429) {
      const retryAt = retryAfter(response.headers.get('Retry-After'), now()) ?? now() + 60_000;
      return fail('rate-limited', `The tool is rate-limiting requests (429). Retrying after ${new Date(retryAt).toISOString().slice(11, 19)} UTC.`, status, retryAt);
    }
    if (status >= 500) return fail('server-error', `The tool answered with an error (${status}). It will be retried shortly.`, status, null);
    if (!response.ok) return fail('server-error', `Unexpected answer (${status}).`, status, null);
    const text = await response.text();
    try {
      return { ok: true, json: JSON.parse(text) };
    } catch {
      return fail('malformed', 'The answer was not valid JSON. It will be retried; if it persists, tell your admin.', status, null);
    }
  } catch (error) {
    if ((error as Error).name === 'AbortError') return fail('timeout', 'The request timed out. Retry in a moment.', null, null);
    return fail('network', 'The answer could not be read. Retry in a moment.', null, null);
  } finally {
    clearTimeout(timer);
  }
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return now + Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(now, date);
}

function fail(kind: FetchProblem['kind'], message: string, status: number | null, retryAt: number | null): FetchResult {
  return { ok: false, problem: { kind, message, status, retryAt } };
}
