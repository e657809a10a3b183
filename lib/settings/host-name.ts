/**
 * A custom domain's host name, and the one permission pattern Lens asks for on it. Zod-free: the content scripts
 * check stored domains with it too (./content-hosts.ts), beside the admin schema (./managed-config.ts).
 */
export const HOST_NAME = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** @example originPattern('crm.acme.example') // 'https://crm.acme.example/*' */
export const originPattern = (host: string): string => `https://${host}/*`;
