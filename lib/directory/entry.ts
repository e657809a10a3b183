import type { RawAccountFields } from '../parse/account';
import { squash } from '../parse/result';
import { salesforceId18 } from './salesforce-id';
import type { Tool } from '../sites/registry';

/** Where a directory entry came from: read while browsing, the admin's directory URL, or a file imported by hand. */
export type DirectorySource = 'seen' | 'url' | 'import';

/** One account in the directory: identity, what search needs, and the raw attributes evaluated when shown. */
export interface DirectoryEntry {
  /** Stable identity: `${crm.tool}:${crm.recordId}` when the CRM record is known, else `domain:${domain}`, else `name:${squash(name)}`. */
  key: string;
  name: string;
  domain: string | null;
  crm: { tool: Tool; recordId: string; url: string | null } | null;
  /** Flat attributes as the source gave them (evaluated with the active policy when shown). */
  fields: RawAccountFields;
  source: DirectorySource;
  updatedAt: number; // epoch ms
}

/** What the search index needs of an entry (see `search.ts`). */
export interface SearchDoc {
  key: string;
  name: string;
  domain: string | null;
  crmId: string | null;
}

/**
 * The identity of an account. The CRM record wins because names and domains change and collide; a domain
 * beats a name because two companies may share a name but not a website. A 15-character Salesforce id is
 * keyed by its 18-character form, so a report export and a browsed Lightning page name the same account alike.
 * @example entryKey({ name: 'Initech', domain: 'initech.com', crm: null }) // 'domain:initech.com'
 */
export function entryKey(entry: Pick<DirectoryEntry, 'name' | 'domain' | 'crm'>): string {
  if (entry.crm) return `${entry.crm.tool}:${entry.crm.tool === 'salesforce' ? salesforceId18(entry.crm.recordId) : entry.crm.recordId}`;
  if (entry.domain) return `domain:${entry.domain}`;
  return `name:${squash(entry.name)}`;
}

/**
 * The searchable part of an entry. A bare `id` attribute (no CRM tool known) is still searchable by id.
 * @example toSearchDoc(entry) // { key: 'salesforce:001…', name: 'Initech', domain: 'initech.com', crmId: '001…' }
 */
export function toSearchDoc(entry: DirectoryEntry): SearchDoc {
  const id = entry.fields.id;
  const bareId = typeof id === 'string' && id.trim() ? id.trim() : typeof id === 'number' ? String(id) : null;
  return { key: entry.key, name: entry.name, domain: entry.domain, crmId: entry.crm?.recordId ?? bareId };
}
