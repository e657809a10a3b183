import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../lib/cli/run';
import sourcegraphDoc from '../../lib/policy/presets/sourcegraph.json';

const dir = mkdtempSync(join(tmpdir(), 'el-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const NOW = { now: Date.parse('2026-11-16T19:00:00Z') }; // Mon 11:00 PST

describe('cli evaluate', () => {
  const account = file('account.json', {
    id: '0015g00000ABCDE',
    name: 'Initech',
    segment: 'Mid Market',
    arr: '$250k',
    deployment: 'Self-Hosted',
    infrastructure: { kubernetes: 'Yes', externalServices: false },
    packages: 'Slack Support;24x7 SLAs',
    slackOptOut: false,
  });

  it('prints the evaluation as JSON with canonical segment, offerings, discount, Slack and implementation', () => {
    const result = run(['evaluate', '--account', account, '--now', '2026-11-21T20:00:00Z'], NOW);
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout);
    expect(out.segment).toBe('MM');
    expect(out.offerings.map((o: { id: string }) => o.id)).toEqual([
      'slack-support',
      'slack-account-management',
      'implementation-services',
      'managed-services',
      'resident-architect',
      'support-24x7',
      'dedicated-support',
    ]);
    expect(out.discount).toEqual({ status: 'unavailable', approvers: [], reasons: ['PS Discount Availability: MM: no discount available'] });
    expect(out.slack.support).toMatchObject({ allowed: true, via: 'slack-support', until: null });
    expect(out.implementation).toMatchObject({ mandatory: true });
    expect(out.warnings).toContain('24/7 Support SLAs is purchased, but PS Offering Applicability by Segmentation does not offer it to MM (Strategic only)');
  });

  it('adds the SLA targets of a ticket, due times in UTC ISO form', () => {
    const ticket = file('ticket.json', { id: 1001, priority: 'urgent', createdAt: '2026-11-16T18:00:00Z' });
    const out = JSON.parse(run(['evaluate', '--account', account, '--ticket', ticket, '--now', '2026-11-16T19:00:00Z'], NOW).stdout);
    expect(out.sla.map((s: { metric: string }) => s.metric)).toEqual(['first-response', 'resolution', 'internal-first-response']);
    expect(out.sla[0]).toMatchObject({ metric: 'first-response', dueAt: '2026-11-17T18:00:00.000Z', calendar: '24x7', state: 'running' });
  });

  it('takes another preset or a policy file', () => {
    const out = JSON.parse(run(['evaluate', '--account', file('ce.json', { tier: 'CE' }), '--policy', 'gitlab'], NOW).stdout);
    expect(out.offerings.find((o: { id: string }) => o.id === 'training').status).toBe('not-offered');
    const custom = file('custom.json', { ...sourcegraphDoc, id: 'acme', name: 'Acme', version: '2.0.0' });
    expect(JSON.parse(run(['evaluate', '--account', account, '--policy', custom], NOW).stdout).policy).toEqual({ id: 'acme', name: 'Acme', version: '2.0.0', untranslated: 0 });
  });

  it('a missing file exits 2 with one line naming it', () => {
    const result = run(['evaluate', '--account', join(dir, 'nope.json')], NOW);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${join(dir, 'nope.json')}: no such file\n` });
  });

  it('a file that is not JSON exits 2 naming it', () => {
    const bad = file('bad.json', '{ segment: SMB');
    const result = run(['evaluate', '--account', bad], NOW);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^${bad}: not valid JSON`));
  });

  it('a bad --now is a usage error', () => expect(run(['evaluate', '--account', account, '--now', 'tuesday'], NOW).code).toBe(2));
});

describe('cli policy check', () => {
  it('a valid policy: exit 0 and a one-line summary', () => {
    const result = run(['policy', 'check', file('sg.json', sourcegraphDoc)], NOW);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: valid policy "Sourcegraph" \(sourcegraph\) version 1\.0\.0: 7 offerings, 11 packages, 5 discount rules, 5 SLA targets, 3 calendars\n$/);
  });

  it('an invalid policy: exit 1 and each problem with its JSON path', () => {
    const doc = structuredClone(sourcegraphDoc) as any;
    doc.version = 'latest';
    doc.discount.rules[0].status = 'maybe';
    const result = run(['policy', 'check', file('broken.json', doc)], NOW);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('invalid policy (2 problems)');
    expect(result.stderr).toContain('  $.version: expected a semantic version such as 1.0.0');
    expect(result.stderr).toMatch(/ {2}\$\.discount\.rules\[0\]\.status: /);
  });

  it('a missing policy file exits 2', () => expect(run(['policy', 'check', join(dir, 'missing.json')], NOW).code).toBe(2));
});
