import { describe, expect, it } from 'vitest';
import { SEGMENTS } from '../../lib/domain/account';
import { squash } from '../../lib/parse';
import { PRESETS, validatePolicy } from '../../lib/policy';
import gitlabDoc from '../../lib/policy/presets/gitlab.json';
import sourcegraphDoc from '../../lib/policy/presets/sourcegraph.json';

// Tests over the data itself, as Dark Reader tests its site-fix lists.
describe.each(Object.entries(PRESETS))('preset %s', (_id, policy) => {
  it('passes the same schema as users’ policy files', () => {
    const doc = _id === 'gitlab' ? gitlabDoc : sourcegraphDoc;
    expect(validatePolicy(doc)).toMatchObject({ ok: true });
  });

  it('has no package name or alias that maps to two packages', () => {
    const seen = new Map<string, string>();
    for (const pkg of policy.packages) {
      for (const spelling of [pkg.id, pkg.name, ...pkg.aliases]) {
        const key = squash(spelling);
        const other = seen.get(key);
        expect(other === undefined || other === pkg.id, `"${spelling}" names ${pkg.id} and ${other}`).toBe(true);
        seen.set(key, pkg.id);
      }
    }
  });

  it('lists segments in the handbook order wherever it lists them', () => {
    const order = (list: readonly string[]) => [...list].sort((a, b) => SEGMENTS.indexOf(a as never) - SEGMENTS.indexOf(b as never));
    for (const offering of policy.offerings) if (offering.segments) expect(offering.segments).toEqual(order(offering.segments));
    for (const rule of policy.discount.rules) if (rule.when.segment) expect(rule.when.segment).toEqual(order(rule.when.segment));
  });

  it('sells every offering through at least one package', () => {
    for (const offering of policy.offerings) {
      expect(
        policy.packages.some((p) => p.offering === offering.id),
        offering.id,
      ).toBe(true);
    }
  });

  it('has a reason on every discount rule and a section on every offering', () => {
    for (const rule of policy.discount.rules) expect(rule.reason.length).toBeGreaterThan(3);
    for (const offering of policy.offerings) expect(offering.section.length).toBeGreaterThan(3);
  });
});

describe('policy validation', () => {
  const broken = (mutate: (doc: any) => void) => {
    const doc = structuredClone(sourcegraphDoc) as any;
    mutate(doc);
    return validatePolicy(doc);
  };

  it('names the JSON path of a wrong value', () => {
    expect(broken((d) => (d.discount.rules[2].when.segment = ['Enterprize']))).toMatchObject({
      ok: false,
      problems: [{ path: '$.discount.rules[2].when.segment[0]' }],
    });
  });

  it('refuses a reference to an offering that does not exist', () => {
    expect(broken((d) => (d.offerings[0].includes[0].offering = 'slack-acount-management'))).toEqual({
      ok: false,
      problems: [{ path: '$.offerings[0].includes[0].offering', message: 'unknown offering "slack-acount-management"' }],
    });
  });

  it('refuses duplicate ids, unknown calendars and unknown zones', () => {
    const result = broken((d) => {
      d.packages[1].id = d.packages[0].id;
      d.sla.targets[0].calendar = 'weekends';
      d.sla.calendars[0].zone = 'America/Springfield';
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path).sort()).toEqual(['$.packages[1].id', '$.sla.calendars[0].zone', '$.sla.targets[0].calendar']);
  });

  it('refuses unknown keys (a typo must not be silently ignored)', () => {
    expect(broken((d) => (d.discount.aprovers = []))).toMatchObject({ ok: false, problems: [{ path: '$.discount' }] });
  });

  it('refuses a calendar whose open is after its close', () => {
    expect(broken((d) => (d.sla.calendars[0].hours[0].open = '18:00'))).toMatchObject({
      ok: false,
      problems: [{ path: '$.sla.calendars[0].hours[0].close', message: 'open must be before close' }],
    });
  });
});
