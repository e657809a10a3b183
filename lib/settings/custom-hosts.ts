import type { CustomHosts } from '../sites/registry';
import type { CustomDomain } from './managed-config';

/** host → tool, for the URL detectors. */
export const toCustomHosts = (domains: readonly CustomDomain[]): CustomHosts => new Map(domains.map((d) => [d.host, d.tool]));
