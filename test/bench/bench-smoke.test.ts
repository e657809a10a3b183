import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES } from './figures';

// Benchmarks are not tests: this only checks that `npm run bench` runs and reports every figure. `--quick`
// uses tiny workloads and skips the build and Chromium, whose figures must still be printed (null, with why).
const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run bench -- --quick --json', () => {
  const stdout = execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'test/bench/run.ts', '--quick', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  const report = JSON.parse(stdout) as Record<string, any>;

  it.each(Object.keys(FIGURES))('prints %s', (key) => {
    const [section, name] = key.split('.') as [string, string];
    expect(report[section]).toHaveProperty(name);
    const value = report[section][name];
    if (value === null) expect(report.skipped[key]).toMatch(/\S/);
    else expect(Number.isFinite(value)).toBe(true);
    expect(report.budgets[key].budget).toMatch(/^[≥≤] |^reported, no budget$/);
  });

  it('measures the in-process figures even when quick', () => {
    for (const key of ['sla.deadlinesPerSecond', 'sla.speedupVsOracle', 'rules.evaluationsPerSecond', 'popup.searchSpeedupVsFuse']) {
      const [section, name] = key.split('.') as [string, string];
      expect(report[section][name]).toBeGreaterThan(0);
    }
    expect(report.detail.sla.oracleAgreesOnAll).toBe(true);
  });

  it('says on what machine', () => {
    expect(report.machine.nproc).toBeGreaterThan(0);
    expect(report.machine.cpu).toMatch(/\S/);
  });
});
