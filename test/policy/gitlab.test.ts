import { describe, expect, it } from 'vitest';
import { account, evaluateAt, gitlab } from './helpers';

describe('GitLab preset: what options exist for CE customers', () => {
  const ids = ['discovery-engagement', 'training', 'migration-services', 'integration-services', 'train-the-trainer', 'certification'];
  it('has the six offerings in the handbook order', () => {
    expect(evaluateAt(account(), gitlab).offerings.map((o) => o.id)).toEqual(ids);
  });
  it.each([
    { tier: 'CE', expected: ['available', 'not-offered', 'not-offered', 'not-offered', 'not-offered', 'not-offered'] },
    { tier: 'EE', expected: ['available', 'available', 'available', 'available', 'available', 'available'] },
    { tier: null, expected: ['available', 'unknown', 'unknown', 'unknown', 'unknown', 'unknown'] },
  ] as const)('$tier customers: $expected', ({ tier, expected }) => {
    expect(evaluateAt(account({ tier, segment: null }), gitlab).offerings.map((o) => o.status)).toEqual(expected);
  });
  it('explains a CE refusal by the handbook section', () => {
    const training = evaluateAt(account({ tier: 'CE' }), gitlab).offerings.find((o) => o.id === 'training')!;
    expect(training.reasons).toEqual(['What options exist for CE Customers?: training is offered to EE customers, not CE; this account is CE']);
  });
});
