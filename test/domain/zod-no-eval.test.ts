// eslint-disable-next-line no-restricted-imports -- this test resets zod to its own default, to prove lib/domain/zod.ts configures it
import { z } from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';

// MV3 forbids eval, and zod v4 compiles object validators with `new Function` unless `jitless` is set BEFORE a
// schema is built: each z.object() decides when it is constructed. So every entry point must switch zod to jitless
// before any module that builds a schema at load time is evaluated (lib/domain/zod.ts: every schema imports its `z` from there). These
// tests evaluate each entry point's whole module graph in import order with the Function constructor watched,
// then parse with the module-level schemas: zod must never reach for Function, not even to probe for it.
const realFunction = globalThis.Function;

function watchFunctionConstructor(): string[] {
  const calls: string[] = [];
  const record = () => {
    const stack = new Error().stack ?? '';
    if (/[\\/]zod[\\/]/.test(stack)) calls.push(stack.split('\n').slice(2, 5).join(' | '));
  };
  globalThis.Function = new Proxy(realFunction, {
    apply: (target, self, args) => (record(), Reflect.apply(target, self, args)),
    construct: (target, args, newTarget) => (record(), Reflect.construct(target, args, newTarget === globalThis.Function ? target : newTarget)),
  });
  return calls;
}

afterEach(() => {
  globalThis.Function = realFunction;
  vi.doUnmock('react-dom/client');
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('zod never compiles validators with the Function constructor (no eval under the extension CSP)', () => {
  it.each([
    ['the background', () => import('../../entrypoints/background')],
    ['the popup', () => import('../../entrypoints/popup/main')],
    ['the options page', () => import('../../entrypoints/options/main')],
  ])('%s', async (_name, load) => {
    z.config({ jitless: false }); // zod's default, whatever an earlier test file set
    vi.resetModules();
    // Pages render into #root; here nothing renders, only the module graph is evaluated.
    vi.doMock('react-dom/client', () => ({ createRoot: () => ({ render: () => {}, unmount: () => {} }) }));
    vi.stubGlobal('document', { getElementById: () => ({}) });
    const calls = watchFunctionConstructor();
    await load();
    const { EvaluateAccountRequest, EvaluateApiTicketsRequest } = await import('../../lib/messaging/schemas');
    const { validatePolicy, PRESETS } = await import('../../lib/policy');
    const { parseManaged } = await import('../../lib/settings/managed-config');
    for (let i = 0; i < 3; i++) {
      EvaluateAccountRequest.safeParse({ tool: 'salesforce', recordId: 'a1', url: 'https://x.lightning.force.com/', name: null, fields: {} });
      EvaluateApiTicketsRequest.safeParse({ ticketIds: ['1'], tickets: [], outcome: { kind: 'read' } });
      validatePolicy(structuredClone(PRESETS.sourcegraph));
      parseManaged({ lockLocalChanges: true });
    }
    expect(calls).toEqual([]);
  });
});
