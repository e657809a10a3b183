import { describe, expect, it } from 'vitest';
import { pruneAccounts } from '../../lib/background/account-cache';
import { Backoff } from '../../lib/http/backoff';
import { evaluateRecord } from '../../lib/background/evaluate-record';
import { fetchJson, retryAfter } from '../../lib/http/fetch-json';
import { PRESETS } from '../../lib/policy';
import { readHubspotCompany } from '../../lib/sites/hubspot/read-page';
import { readSalesforceAccount } from '../../lib/sites/salesforce/read-page';
import { loadFixtureDocument, readAtUrl } from '../fixtures/dom';
import { DEFAULT_FIELD_MAPPINGS } from '../../lib/sites/registry';

const NOW = Date.parse('2024-03-04T17:30:00Z'); // Mon 09:30 PST
const policy = PRESETS.sourcegraph;

describe('reading a Salesforce account page end to end', () => {
  it('turns the fixture page into decisions through the default field mapping', () => {
    const url = new URL('https://acme.lightning.force.com/lightning/r/Account/001Dn00000AbCdEIAZ/view');
    const record = readAtUrl(readSalesforceAccount, loadFixtureDocument('salesforce/account.html'), url)!;
    const view = evaluateRecord(record, policy, DEFAULT_FIELD_MAPPINGS.salesforce, NOW, 'page');
    expect(view.key).toBe('salesforce:001Dn00000AbCdEIAZ');
    expect(view.evaluation.account).toMatchObject({ name: 'Acme Corp', segment: 'Enterprise', arr: 1_250_000, deployment: 'managed' });
    expect(view.evaluation.purchased?.map((p) => p.id)).toEqual(['slack-support', 'support-24x7']);
    expect(view.evaluation.discount.status).toBe('available');
    expect(view.evaluation.slack.support).toMatchObject({ allowed: true, via: 'slack-support' });
  });
});

describe('reading a HubSpot company page end to end', () => {
  it('turns a German page into the same decisions as the English one, through the internal names', () => {
    const url = new URL('https://app.hubspot.com/contacts/4815162/record/0-2/9876543210');
    const [en, de] = ['hubspot/company.html', 'hubspot/company-de.html'].map((page) => {
      const record = readAtUrl(readHubspotCompany, loadFixtureDocument(page), url)!;
      return evaluateRecord(record, policy, DEFAULT_FIELD_MAPPINGS.hubspot, NOW, 'page');
    });
    expect(de!.evaluation.account).toMatchObject({ name: 'Acme Corp', segment: 'Enterprise', arr: 1_250_000, deployment: 'managed' });
    expect(de!.evaluation.purchased?.map((p) => p.id)).toEqual(['slack-support', 'support-24x7']);
    expect(de!.evaluation).toEqual(en!.evaluation);
  });
});

describe('fetchJson turns every failure into a problem the agent can act on', () => {
  const respond =
    (status: number, body = '{}', headers: Record<string, string> = {}) =>
    async () =>
      new Response(body, { status, headers });
  it.each([
    [401, 'session-expired'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [500, 'server-error'],
    [503, 'server-error'],
  ] as const)('%i is %s', async (status, kind) => {
    const r = await fetchJson('https://acme.zendesk.com/x', { now: () => NOW, fetchImpl: respond(status) as typeof fetch });
    expect(r).toMatchObject({ ok: false, problem: { kind, status } });
  });
  it('429 waits for Retry-After', async () => {
    const r = await fetchJson('https://a.zendesk.com/x', { now: () => NOW, fetchImpl: respond(429, '', { 'Retry-After': '30' }) as typeof fetch });
    expect(r).toMatchObject({ ok: false, problem: { kind: 'rate-limited', retryAt: NOW + 30_000 } });
  });
  it('malformed JSON is malformed, not a crash', async () => {
    const r = await fetchJson('https://a.zendesk.com/x', { now: () => NOW, fetchImpl: respond(200, '{"tickets": [') as typeof fetch });
    expect(r).toMatchObject({ ok: false, problem: { kind: 'malformed' } });
  });
  it('a request that hangs times out', async () => {
    const hang = ((_: string, init: RequestInit) =>
      new Promise((_r, reject) => init.signal!.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' }))))) as typeof fetch;
    const r = await fetchJson('https://a.zendesk.com/x', { now: () => NOW, fetchImpl: hang, timeoutMs: 20 });
    expect(r).toMatchObject({ ok: false, problem: { kind: 'timeout' } });
  });
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfter('120', NOW)).toBe(NOW + 120_000);
    expect(retryAfter(new Date(NOW + 5_000).toUTCString(), NOW)).toBe(NOW + 5_000);
    expect(retryAfter('soon', NOW)).toBeNull();
  });
});

describe('back-off', () => {
  it('doubles after server errors and honours Retry-After; an explicit retry never goes through a 429', () => {
    const b = new Backoff();
    b.failed('o', { kind: 'server-error', message: '', status: 500, retryAt: null }, 0);
    expect(b.blocked('o', 4_999)).not.toBeNull();
    expect(b.blocked('o', 5_000)).toBeNull();
    b.failed('o', { kind: 'server-error', message: '', status: 500, retryAt: null }, 5_000);
    expect(b.blocked('o', 14_999)).not.toBeNull(); // 10 s the second time
    expect(b.blocked('o', 6_000, true)).toBeNull(); // the Retry button may try again
    b.failed('o', { kind: 'rate-limited', message: '', status: 429, retryAt: 60_000 }, 20_000);
    expect(b.blocked('o', 30_000, true)?.kind).toBe('rate-limited');
    b.succeeded('o');
    expect(b.blocked('o', 30_000)).toBeNull();
  });
});

describe('the account cache', () => {
  it('keeps the most recently read accounts', () => {
    const view = (i: number) => ({ key: `k${i}`, readAt: i }) as never;
    const cache = Object.fromEntries([1, 2, 3, 4].map((i) => [`k${i}`, view(i)]));
    expect(Object.keys(pruneAccounts(cache, 2)).sort()).toEqual(['k3', 'k4']);
  });
});
