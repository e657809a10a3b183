/**
 * The set-up most end-to-end files share: the demo server, and Chromium with the built extension pointed at it,
 * started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer, type DemoServerOptions } from '../demo/server';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from './browser';

export interface DemoBrowser {
  server: DemoServer;
  browser: ExtensionBrowser;
}

/** Registers the file's `beforeAll`/`afterAll`; the returned object holds both once the tests run. */
export function useDemoBrowser(serverOptions: DemoServerOptions = {}, launch: Omit<LaunchOptions, 'hostResolverRules'> = {}): DemoBrowser {
  const demo = {} as DemoBrowser;
  beforeAll(async () => {
    demo.server = await startDemoServer(serverOptions);
    demo.browser = await launchWithExtension({ hostResolverRules: demo.server.hostResolverRules, ...launch });
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
