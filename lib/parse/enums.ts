import type { Deployment, Tier } from '../domain/account';
import { blank, isBlank, ok, squash, unreadable, type Parsed } from './result';

function reader<T>(field: string, aliases: Record<string, T>) {
  return (raw: unknown): Parsed<T> => {
    if (isBlank(raw)) return blank();
    if (typeof raw !== 'string') return unreadable(field, raw);
    const key = squash(raw);
    // Own keys only: 'constructor' must not find Object.prototype.constructor.
    const value = Object.hasOwn(aliases, key) ? aliases[key] : undefined;
    return value === undefined ? unreadable(field, raw) : ok(value);
  };
}

/**
 * Reads a deployment kind. "On-prem" counts as self-hosted (the handbook's profiles say "self-hosted or on-prem").
 * @example parseDeployment('On-Premises') // { value: 'self-hosted', warning: null }
 */
export const parseDeployment = reader<Deployment>('Deployment', {
  selfhosted: 'self-hosted',
  onprem: 'self-hosted',
  onpremise: 'self-hosted',
  onpremises: 'self-hosted',
  managed: 'managed',
  managedinstance: 'managed',
  // Sourcegraph's single-tenant "Dedicated Cloud" is a managed instance (handbook: "customers with managed instances").
  dedicatedcloud: 'managed',
  cloud: 'cloud',
  saas: 'cloud',
  cloudsaas: 'cloud',
});

/**
 * Reads a GitLab edition.
 * @example parseTier('Enterprise Edition') // { value: 'EE', warning: null }
 */
export const parseTier = reader<Tier>('Tier', {
  ce: 'CE',
  communityedition: 'CE',
  ee: 'EE',
  enterpriseedition: 'EE',
});
