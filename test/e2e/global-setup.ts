import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the extension once before the end-to-end tests, so they always test the current code. The build runs
 * with vitest's variables removed: WXT reads VITEST/NODE_ENV and would otherwise build for a test environment.
 */
export default function setup(): void {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  execFileSync(process.execPath, [resolve('node_modules/wxt/bin/wxt.mjs'), 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 180_000 });
}
