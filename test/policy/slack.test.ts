import { describe, expect, it } from 'vitest';
import { account, evaluateAt, gitlab } from './helpers';

const slack = (overrides = {}) => evaluateAt(account({ segment: 'Strategic', ...overrides })).slack;

describe('Slack and Professional Services', () => {
  it.each([
    { packages: ['slack-support'], support: true, am: true, via: 'slack-support' },
    { packages: ['slack-account-management'], support: false, am: true, via: null },
    { packages: ['managed-services-application'], support: true, am: true, via: 'managed-services-application' },
    { packages: ['managed-services-infrastructure'], support: true, am: true, via: 'managed-services-infrastructure' },
    { packages: ['support-24x7'], support: true, am: true, via: 'support-24x7' },
    { packages: ['dedicated-support'], support: true, am: true, via: 'dedicated-support' },
    { packages: ['resident-architect'], support: false, am: false, via: null },
    { packages: [], support: false, am: false, via: null },
  ])('packages $packages: support $support, account management $am', ({ packages, support, am, via }) => {
    const s = slack({ packages });
    expect(s.support.allowed).toBe(support);
    expect(s.accountManagement.allowed).toBe(am);
    expect(s.support.via).toBe(via);
  });

  it('each right says which package grants it', () => {
    const s = slack({ packages: ['slack-account-management'] });
    expect(s.accountManagement).toMatchObject({ allowed: true, via: 'slack-account-management', until: null });
    expect(s.support.reasons).toEqual(['Slack and Professional Services: no purchased package grants it']);
  });

  describe('Implementation Services includes Slack only while the implementation runs', () => {
    const impl = (start: string | null, end: string | null) => slack({ packages: ['implementation-services'], implementation: { start, end, exempt: false } });

    it('during the implementation both rights are granted until its end date', () => {
      const s = impl('2026-11-01', '2026-12-15');
      expect(s.support).toMatchObject({ allowed: true, via: 'implementation-services', until: '2026-12-15' });
      expect(s.accountManagement).toMatchObject({ allowed: true, via: 'implementation-services', until: '2026-12-15' });
    });
    it('on the last day it still holds', () => expect(impl('2026-10-01', '2026-11-21').support.allowed).toBe(true));
    it('after the implementation ended there is no Slack', () => expect(impl('2026-09-01', '2026-11-20').support.allowed).toBe(false));
    it('before it starts there is no Slack', () => expect(impl('2026-12-01', '2026-12-31').support.allowed).toBe(false));
    it('with the end date unknown the right cannot be established', () => {
      const s = impl('2026-11-01', null);
      expect(s.support.allowed).toBeNull();
      expect(s.support.reasons[0]).toMatch(/whose end date is unknown/);
    });
    it('a permanent grant is preferred over the implementation window', () => {
      const s = slack({ packages: ['implementation-services', 'dedicated-support'], implementation: { start: '2026-11-01', end: '2026-12-15', exempt: false } });
      expect(s.support).toMatchObject({ allowed: true, via: 'dedicated-support', until: null });
    });
  });

  it('a customer who opted out has neither right, and the channel goes at renewal', () => {
    const s = slack({ packages: ['slack-support'], slackOptOut: true, renewalDate: '2027-03-31' });
    expect(s.support.allowed).toBe(false);
    expect(s.accountManagement.allowed).toBe(false);
    expect(s.deprovisionAt).toBe('2027-03-31');
    expect(s.support.reasons[0]).toMatch(/deprovisioned at renewal on 2027-03-31$/);
  });

  it('unreadable packages never show Slack as allowed', () => {
    const s = slack({ packages: null });
    expect(s.support.allowed).toBeNull();
    expect(s.accountManagement.allowed).toBeNull();
  });

  it('an unreadable opt-out never shows Slack as allowed', () => {
    expect(slack({ packages: ['slack-support'], slackOptOut: null }).support.allowed).toBeNull();
  });

  it('the GitLab policy does not cover Slack: unknown, never allowed', () => {
    const s = evaluateAt(account(), gitlab).slack;
    expect(s.support.allowed).toBeNull();
    expect(s.support.reasons).toEqual(['The GitLab policy does not cover Slack']);
  });
});
