/**
 * Local HTTPS demo/test server that answers for the three SaaS tools under their real host names.
 *
 * Chromium is started with `--host-resolver-rules=<server.hostResolverRules>` and `--ignore-certificate-errors`, so
 * the address bar keeps e.g. https://acme.lightning.force.com/lightning/r/Account/…/view (the extension's URL
 * matchers accept only real hosts on the default port) while the request reaches this server on 127.0.0.1.
 * Requests are routed on the Host header (see routes.ts for the pages and API answers). Tests can slow down or
 * break answers with `setFault` (or `POST /__demo/fault`), move the tickets' clock with `setClock` (or
 * `POST /__demo/clock` `{ "now": <epoch ms> }`), and read what was asked in `requests`.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { generate } from 'selfsigned';
import { demoDirectoryCsv } from '../fixtures/demo/directory';
import { demoToday } from '../fixtures/demo/accounts';
import { DEMO_CUSTOM_HOSTS, demoData, route, zendeskError, type Reply } from './routes';

/** The hosts this server answers for, as Chromium host-resolver patterns (and certificate names). */
export const DEMO_HOST_PATTERNS = [
  '*.lightning.force.com',
  '*.my.salesforce.com',
  'app.hubspot.com',
  '*.zendesk.com',
  '*.freshdesk.com',
  '*.atlassian.net',
  ...Object.keys(DEMO_CUSTOM_HOSTS),
] as const;

/** Breaks or slows answers, for tests of the extension's retry and stale-data handling. */
export interface Fault {
  /** Answer with this status (an error JSON body on /api/, an error page elsewhere). `retryAfter` alone implies 429. */
  status?: number;
  /** `Retry-After` header value, e.g. '30' or an HTTP date. */
  retryAfter?: string;
  /** Hold the answer this long first (then answer normally unless status/malformed say otherwise). */
  delayMs?: number;
  /** Answer 200 (or `status`) with a body that is not valid JSON. */
  malformed?: boolean;
  /** How many matching requests it applies to; default: until cleared. */
  times?: number;
  /** Applies to request paths starting with this; default '/api/'. `/__demo/` paths are never faulted. */
  pathPrefix?: string;
}

export interface DemoServer {
  port: number;
  /** The origin a browser (with hostResolverRules) opens for `host`, e.g. 'https://acme.zendesk.com'. */
  origin(host: string): string;
  /** Value for Chromium's `--host-resolver-rules`. */
  hostResolverRules: string;
  close(): Promise<void>;
  setFault(fault: Fault | null): void;
  /**
   * Rebuilds the demo's data as of `now` (epoch ms): every ticket's created time moves with it, so its due instants do.
   * A clock ahead of the real one makes tickets younger (more time left); behind, older.
   */
  setClock(now: number): void;
  /** Every request, in arrival order: lower-case host without port, path with query, wall-clock ms. */
  requests: Array<{ host: string; path: string; at: number }>;
}

export interface DemoServerOptions {
  /** 0 (default) = a free port. */
  port?: number;
  /** The demo clock, read once at start: `today` and ticket ages derive from it. Default Date.now. */
  now?: () => number;
  /**
   * Serve a hostile dataset instead of the demo accounts: one account, organization and ticket per payload, with the
   * payload in every string field (test/fixtures/demo/hostile.ts). For injection tests.
   */
  hostile?: readonly string[];
}

const SPA_JS = readFileSync(new URL('./spa.js', import.meta.url), 'utf8');
const MAX_DELAY_MS = 30_000;
/** Error names for injected statuses, in the `{ error, description }` shape the Support API uses. */
const FAULT_ERRORS: Record<number, string> = {
  401: "Couldn't authenticate you",
  403: 'Forbidden',
  404: 'RecordNotFound',
  429: 'APIRateLimitExceeded',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A certificate for every demo host pattern (browsers are told to ignore it anyway; curl/Node need `-k`/rejectUnauthorized false). */
async function certificate(): Promise<{ key: string; cert: string }> {
  const altNames = [...DEMO_HOST_PATTERNS, 'localhost'].map((value) => ({ type: 2 as const, value }));
  const pems = await generate([{ name: 'commonName', value: 'Entitlement Lens demo server' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 86_400_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...altNames, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

function validFault(value: unknown): value is Fault | null {
  if (value === null) return true;
  if (typeof value !== 'object' || Array.isArray(value)) return false;
  const f = value as Record<string, unknown>;
  const optional = (key: string, type: string) => f[key] === undefined || typeof f[key] === type;
  return (
    optional('status', 'number') &&
    optional('retryAfter', 'string') &&
    optional('delayMs', 'number') &&
    optional('malformed', 'boolean') &&
    optional('times', 'number') &&
    optional('pathPrefix', 'string')
  );
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'cache-control': 'no-store', vary: 'X-Demo-Partial', ...reply.headers });
  res.end(reply.body);
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const startedAt = (options.now ?? Date.now)();
  // The demo clock: ticket times derive from it. `setClock` moves it, so a test brings a ticket's due instants to where
  // it needs them (an alert 60 minutes before) without waiting, while the browser's own clock runs on.
  let data = demoData(startedAt, options.hostile);
  const setClock = (now: number) => {
    data = demoData(now, options.hostile);
  };
  const requests: DemoServer['requests'] = [];
  let fault: { spec: Fault; remaining: number } | null = null;

  const setFault = (spec: Fault | null) => {
    fault = spec && (spec.times ?? Infinity) > 0 ? { spec, remaining: spec.times ?? Infinity } : null;
  };

  /** The fault for this request, counted against `times`; null when none applies. */
  const takeFault = (path: string): Fault | null => {
    if (!fault || path.startsWith('/__demo/') || !path.startsWith(fault.spec.pathPrefix ?? '/api/')) return null;
    const { spec } = fault;
    fault.remaining -= 1;
    if (fault.remaining <= 0) fault = null;
    return spec;
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Host header first (what the page's URL says); the TLS server name (SNI) when a client sent no Host.
    const sni = (req.socket as TLSSocket).servername;
    const host = (req.headers.host ?? (typeof sni === 'string' ? sni : '')).replace(/:\d+$/, '').toLowerCase();
    const path = req.url ?? '/';
    requests.push({ host, path, at: Date.now() });
    const url = new URL(path, `https://${host || 'localhost'}`);

    if (url.pathname === '/favicon.ico') return send(res, { status: 204, headers: {}, body: '' }); // keeps browser consoles quiet
    if (url.pathname === '/__demo/spa.js') {
      send(res, { status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body: SPA_JS });
      return;
    }
    if (url.pathname === '/__demo/directory.csv') {
      // The sample directory, as an admin's directory URL would serve it (ETag for conditional requests).
      const body = demoDirectoryCsv(demoToday(startedAt));
      const etag = `"${body.length}-${startedAt}"`;
      if (req.headers['if-none-match'] === etag) return send(res, { status: 304, headers: { etag }, body: '' });
      return send(res, { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8', etag }, body });
    }
    if (url.pathname === '/__demo/clock' && req.method === 'POST') {
      let body: unknown;
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        body = undefined;
      }
      const now = (body as { now?: unknown } | undefined)?.now;
      if (typeof now !== 'number' || !Number.isFinite(now)) return send(res, zendeskError(400, 'InvalidValue', 'Expected { "now": <epoch ms> }'));
      setClock(now);
      return send(res, { status: 204, headers: {}, body: '' });
    }
    if (url.pathname === '/__demo/fault') {
      if (req.method === 'DELETE') setFault(null);
      else if (req.method === 'POST') {
        let spec: unknown;
        try {
          spec = JSON.parse(await readBody(req));
        } catch {
          spec = undefined;
        }
        if (!validFault(spec)) return send(res, zendeskError(400, 'InvalidValue', 'Expected a Fault JSON object or null'));
        setFault(spec);
      } else return send(res, zendeskError(405, 'MethodNotAllowed', 'POST a Fault, or DELETE to clear'));
      return send(res, { status: 204, headers: {}, body: '' });
    }

    const injected = takeFault(url.pathname);
    const delay = Math.min(MAX_DELAY_MS, (injected?.delayMs ?? 0) + (Number(url.searchParams.get('delay')) || 0));
    if (delay > 0) await sleep(delay);

    if (injected && (injected.status !== undefined || injected.retryAfter !== undefined || injected.malformed)) {
      const status = injected.status ?? (injected.retryAfter !== undefined ? 429 : 200);
      const headers: Record<string, string> = {};
      if (injected.retryAfter !== undefined) headers['retry-after'] = injected.retryAfter;
      if (injected.malformed) {
        send(res, { status, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }, body: '{"tickets": [{"id": 10' });
      } else if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/rest/')) {
        const error = zendeskError(status, FAULT_ERRORS[status] ?? 'DemoFault', 'Injected by the demo server');
        send(res, { ...error, headers: { ...error.headers, ...headers } });
      } else {
        send(res, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, body: `Injected fault: HTTP ${status}` });
      }
      return;
    }

    send(res, route(host, url, req.headers['x-demo-partial'] === '1', data));
  }

  const server = createServer(await certificate(), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `Demo server error: ${String(error)}` });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    origin: (host) => `https://${host}`,
    hostResolverRules: DEMO_HOST_PATTERNS.map((pattern) => `MAP ${pattern} 127.0.0.1:${port}`).join(', '),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    setFault,
    setClock,
    requests,
  };
}
