import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { isRoot, removeStaleFirefoxPolicy, removeStalePolicies } from './enterprise-policy';

/**
 * Builds the extension once before the end-to-end tests, so they always test the current code: for Chromium, and the
 * Firefox MV3 build the Firefox smoke installs (test/e2e/firefox.e2e.test.ts). The builds run with vitest's
 * variables removed: WXT reads VITEST/NODE_ENV and would otherwise build for a test environment.
 */
export default function setup(): () => void {
  // A policy file a killed run left would put every browser below under its policy: removed first, and after.
  const sweep = () => {
    if (!isRoot()) return;
    removeStalePolicies();
    removeStaleFirefoxPolicy();
  };
  sweep();
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
  const wxt = resolve('node_modules/wxt/bin/wxt.mjs');
  execFileSync(process.execPath, [wxt, 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 180_000 });
  execFileSync(process.execPath, [wxt, 'build', '-b', 'firefox', '--mv3'], { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 180_000 });
  return sweep;
}
