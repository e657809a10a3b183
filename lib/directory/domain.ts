// A host name: dot-separated labels of letters, digits and inner hyphens, ending in a label of 2+ characters
// (letters for a TLD, or an `xn--` IDN label). Unicode letters are allowed for internationalised domains.
const HOST = /^(?=.{1,253}$)(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * Reads a website or domain to a bare host name: no scheme, `www.`, port, path or trailing dot.
 * Returns null for anything that is not a host name (`N/A`, an e-mail address, free text): a placeholder
 * must never become an identity that merges unrelated accounts.
 * @example normaliseDomain('https://www.Globex.com/about') // 'globex.com'
 */
export function normaliseDomain(raw: string): string | null {
  const host = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#].*$/s, '')
    .replace(/:\d+$/, '')
    .replace(/\.$/, '');
  return HOST.test(host) ? host : null;
}
