/**
 * Jira Cloud and Jira Service Management REST APIs, read same-origin from the agent's Jira page (the agent's session
 * authorises a GET; no header is needed for reads: ../shared/research/next-tools-and-anchors.md §2d "Auth").
 *
 * - Fields: `GET /rest/api/3/field` → `[{ id, name, custom, schema: { type, custom } }]`, to find the Organizations
 *   field and the SLA fields by their schema's custom type
 *   https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get
 * - Issue: `GET /rest/api/3/issue/{key}?fields=…`
 *   https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
 * - Request SLAs: `GET /rest/servicedeskapi/request/{key}/sla` (§2d, High; not experimental, so no `X-ExperimentalApi`)
 *   https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-request/#api-rest-servicedeskapi-request-issueidorkey-sla-get
 * - Search: `GET /rest/api/3/search/jql?jql=…&fields=…&maxResults=…` → `{ issues: [{ id, key, fields }],
 *   nextPageToken?, isLast? }`, the enhanced search that replaced `GET /rest/api/3/search` (removed in 2025: Atlassian's
 *   notice https://developer.atlassian.com/changelog/#CHANGE-2046, and
 *   https://docs.adaptavist.com/sr4jc/latest/release-notes/breaking-changes/atlassian-rest-api-search-endpoints-deprecation).
 *   It returns only ids unless `fields` names them, and "may return fewer items per page where a large number of
 *   fields are requested" (its `maxResults` doc, mrrefactoring.github.io/jira.js `SearchForIssuesUsingJqlEnhancedSearch`):
 *   a reply that is not the last page carries the `nextPageToken` for the rest.
 *
 * Parsers never throw: a reply not shaped as documented is null, an entry not so shaped is skipped.
 */
import { isObject, type Json } from '../api-json';
import type { ApiTicket } from '../page-data';
import { jiraInstant, NO_SLA, summariseSlas, type JsmSlaSummary } from './sla';
import { isJsmIssueKey } from './urls';

/** Keys per search: the page size asked for (`maxResults`), and what one `key in (…)` clause holds here. */
export const JSM_SEARCH_LIMIT = 100;

/** What a ticket needs of an issue: Jira's system fields (the Organizations and SLA fields are added by id). */
const ISSUE_FIELDS = ['summary', 'priority', 'created', 'status', 'resolutiondate', 'reporter'] as const;

/** A field id as Jira writes them (`summary`, `customfield_10002`): interpolated into the query, so checked. */
const FIELD_ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The Organizations field's schema type (JSM's customer organizations, §2d "Alternative"). */
export const ORGANIZATIONS_SCHEMA = 'com.atlassian.servicedesk:sd-customer-organizations';
/** An SLA field's schema type (§2d "Alternative": from memory, Medium; open question 5 says to confirm it live). */
export const SLA_SCHEMA = 'com.atlassian.servicedesk:sla-field';

function checkedKey(key: string): string {
  if (typeof key !== 'string' || !isJsmIssueKey(key)) throw new TypeError(`Not a Jira issue key: ${JSON.stringify(key)}`);
  return key;
}

function checkedFields(fieldIds: readonly string[]): string {
  for (const id of fieldIds) if (typeof id !== 'string' || !FIELD_ID.test(id)) throw new TypeError(`Not a Jira field id: ${JSON.stringify(id)}`);
  return [...new Set([...ISSUE_FIELDS, ...fieldIds])].join(',');
}

/**
 * Same-origin API paths. Keys and field ids are interpolated into the URL, so anything that is not one throws a
 * TypeError (as lib/sites/zendesk/api.ts's ids do).
 */
export const jsmApiPaths = {
  fields(): string {
    return '/rest/api/3/field';
  },
  /** One issue with the ticket's fields and `fieldIds` (the Organizations field). */
  issue(key: string, fieldIds: readonly string[]): string {
    return `/rest/api/3/issue/${checkedKey(key)}?fields=${checkedFields(fieldIds)}`;
  },
  sla(key: string): string {
    return `/rest/servicedeskapi/request/${checkedKey(key)}/sla`;
  },
  /**
   * One page of the issues `keys` name (1 to JSM_SEARCH_LIMIT of them, duplicates dropped), with the ticket's fields
   * and `fieldIds` (the Organizations and SLA fields); `nextPageToken` asks for the page after the one that gave it.
   * @example jsmApiPaths.search(['SUP-1', 'SUP-2'], ['customfield_10002']) // '/rest/api/3/search/jql?jql=key%20in%20(SUP-1%2CSUP-2)&fields=summary,…&maxResults=100'
   */
  search(keys: readonly string[], fieldIds: readonly string[], nextPageToken?: string): string {
    const unique = [...new Set(keys.map(checkedKey))];
    if (unique.length === 0 || unique.length > JSM_SEARCH_LIMIT) throw new TypeError(`A search takes 1 to ${JSM_SEARCH_LIMIT} keys, not ${unique.length}`);
    const jql = encodeURIComponent(`key in (${unique.join(',')})`);
    const page = nextPageToken === undefined ? '' : `&nextPageToken=${encodeURIComponent(nextPageToken)}`;
    return `/rest/api/3/search/jql?jql=${jql}&fields=${checkedFields(fieldIds)}&maxResults=${JSM_SEARCH_LIMIT}${page}`;
  },
};

/**
 * `keys` as searches take them: the valid keys (others are no issue and are left out), once each, in order, in chunks
 * of at most JSM_SEARCH_LIMIT.
 * @example jsmKeyChunks(['SUP-1', 'sup-2', 'SUP-1']) // [['SUP-1']]
 */
export function jsmKeyChunks(keys: readonly string[]): string[][] {
  const unique = [...new Set(keys.filter((key) => typeof key === 'string' && isJsmIssueKey(key)))];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += JSM_SEARCH_LIMIT) chunks.push(unique.slice(i, i + JSM_SEARCH_LIMIT));
  return chunks;
}

/** Which of a site's fields Lens reads: the Organizations field and the SLA fields (each by id, with its name). */
export interface JsmFieldList {
  organizationsField: string | null;
  slaFields: Array<{ id: string; name: string }>;
}

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * `GET /rest/api/3/field` → the Organizations field (the first of that schema) and every SLA field; null when the
 * reply is not a list. Entries without an id Lens can ask for, a name or a schema are skipped.
 */
export function parseFieldList(json: unknown): JsmFieldList | null {
  if (!Array.isArray(json)) return null;
  let organizationsField: string | null = null;
  const slaFields: JsmFieldList['slaFields'] = [];
  for (const entry of json) {
    if (!isObject(entry) || typeof entry.id !== 'string' || !FIELD_ID.test(entry.id) || typeof entry.name !== 'string' || !isObject(entry.schema)) continue;
    const custom = entry.schema.custom;
    if (custom === ORGANIZATIONS_SCHEMA) organizationsField ??= entry.id;
    else if (custom === SLA_SCHEMA) slaFields.push({ id: entry.id, name: entry.name });
  }
  return { organizationsField, slaFields };
}

/** An organization of the Organizations field's value: `{ id, name }` (the id a number or a numeric string). */
function organizationOf(value: unknown): { id: string; name: string } | null {
  if (!isObject(value) || typeof value.name !== 'string' || value.name.trim() === '') return null;
  const id = typeof value.id === 'number' && Number.isSafeInteger(value.id) ? String(value.id) : value.id;
  return typeof id === 'string' && /^[0-9]{1,18}$/.test(id) ? { id, name: value.name } : null;
}

const EMAIL_DOMAIN = /^[^@\s]+@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})$/i;

/**
 * The reporter's e-mail domain: what the background matches an organization by when its name matches no account.
 * Atlassian hides `emailAddress` unless the reporter's profile shows it (its profile visibility settings): often [].
 */
function reporterDomains(reporter: unknown): string[] {
  const email = isObject(reporter) ? stringOrNull(reporter.emailAddress) : null;
  const domain = email === null ? undefined : EMAIL_DOMAIN.exec(email.trim())?.[1];
  return domain ? [domain.toLowerCase()] : [];
}

/** What the issue's SLA fields say (searches ask for them); an SLA field's value is named by the field where it lacks a name. */
function slaFieldsOf(fields: Json, list: JsmFieldList): JsmSlaSummary {
  const entries = list.slaFields.flatMap(({ id, name }) => {
    const value = fields[id];
    return isObject(value) ? [{ ...value, name: typeof value.name === 'string' ? value.name : name }] : [];
  });
  return entries.length === 0 ? NO_SLA : summariseSlas(entries);
}

/**
 * One issue (`{ id, key, fields }`, as the issue endpoint and each search result give it) as a ticket, or null when it
 * is not shaped as documented. `sla`: what the request's SLAs say (the issue page asks `/sla`); absent, the issue's own
 * SLA fields (a search asks for them).
 *
 * - `priority` is Jira's priority name as is (`Highest`, `High`, `Medium`, `Low`, `Lowest`): ./defaults.ts maps it.
 * - `createdAt` and `resolvedAt` are Jira's date-times made ISO 8601 (./sla.ts `jiraInstant`).
 * - The customer is the Organizations field's first organization: an issue shared with several is read as shared
 *   with the first (in the field's order), and the background matches that one by name or domain, else says "no
 *   match" (lib/background/organization-match.ts); it never picks between them here. The organization carries no
 *   attributes: `account` is null and the directory supplies them.
 * - `statusSince` is null: Jira's `statuscategorychangedate` is when the status's CATEGORY last changed (To Do, In
 *   Progress, Done), not the status: "Waiting for customer" and "In progress" share a category, so it would date a
 *   pause from the wrong moment. The status's own start is in the changelog, which Lens does not read.
 * @example parseJsmIssue(issueJson, fieldList, slaSummary)?.ticket.priority // 'Highest'
 */
export function parseJsmIssue(json: unknown, list: JsmFieldList, sla?: JsmSlaSummary): ApiTicket<'jsm'> | null {
  if (!isObject(json) || typeof json.key !== 'string' || !isJsmIssueKey(json.key) || !isObject(json.fields)) return null;
  const fields = json.fields;
  const orgs = list.organizationsField === null ? undefined : fields[list.organizationsField];
  const org = Array.isArray(orgs) ? organizationOf(orgs[0]) : null;
  const { toolDue, firstResponseAt } = sla ?? slaFieldsOf(fields, list);
  return {
    ticket: {
      tool: 'jsm',
      ticketId: json.key,
      subject: stringOrNull(fields.summary),
      priority: isObject(fields.priority) ? stringOrNull(fields.priority.name) : null,
      severityField: null,
      status: isObject(fields.status) ? stringOrNull(fields.status.name) : null,
      createdAt: jiraInstant(fields.created),
      firstResponseAt,
      resolvedAt: jiraInstant(fields.resolutiondate),
      organizationId: org?.id ?? null,
      toolDue,
    },
    // The key is what agents call an issue, and it is the ticket's id.
    label: null,
    account: null,
    organization: org ? { ...org, domains: reporterDomains(fields.reporter) } : null,
    statusSince: null,
  };
}

/** One page of a search: its issues as tickets, and the token for the next page (null on the last). */
export interface JsmSearchPage {
  tickets: ApiTicket<'jsm'>[];
  nextPageToken: string | null;
}

/**
 * `GET /rest/api/3/search/jql?…` → its issues as tickets, each with what its SLA fields say; null when the reply has
 * no `issues` list. Issues the agent may not see are simply absent (compare keys with what was asked).
 */
export function parseJsmSearch(json: unknown, list: JsmFieldList): JsmSearchPage | null {
  if (!isObject(json) || !Array.isArray(json.issues)) return null;
  const tickets = json.issues.flatMap((issue) => parseJsmIssue(issue, list) ?? []);
  const token = json.isLast === true ? null : stringOrNull(json.nextPageToken);
  return { tickets, nextPageToken: token === '' ? null : token };
}
