/**
 * Reads a HubSpot company record page into a RawRecord: each property of the record's property cards by its
 * INTERNAL NAME (`segment`: the same in every portal language) into `names`, and by its visible LABEL into
 * `fields`, value as displayed. Rows, labels and values are found through test hooks only (./properties.ts,
 * ./selectors.ts).
 */
import { deepQueryFirst } from '../dom/deep-query';
import { visibleText } from '../dom/dom-text';
import { readRecordProperties, recordSidebar } from './properties';
import { HS_RECORD_TITLE } from './selectors';
import type { PageMatch, RawRecord } from '../page-data';

/**
 * The company shown on `root`, or null when `page` is not a HubSpot company record or no property has rendered yet
 * (the cards load after the page, row by row; callers retry on DOM mutations). A row whose value has not rendered is
 * left out, never read as empty. Sidebar cards are read first, then the "View all properties" panel when it is open;
 * the first property with a given internal name, or label, wins.
 * @example readHubspotCompany(document, matchPage(url)!, url)?.names?.segment // 'Enterprise'
 */
export function readHubspotCompany(root: ParentNode, page: PageMatch, url: URL): RawRecord<'hubspot'> | null {
  if (page.tool !== 'hubspot' || page.kind !== 'account' || page.recordId === null) return null;

  // The left sidebar only: association cards in the right sidebar show other records.
  const sidebar = recordSidebar(root);
  const { names, fields } = readRecordProperties(root, sidebar);
  if (fields.size === 0 && names.size === 0) return null;

  // The record's own strip first, in case a record preview opened over the page carries the same hooks (a guess).
  const title = deepQueryFirst(sidebar, HS_RECORD_TITLE) ?? deepQueryFirst(root, HS_RECORD_TITLE);
  return {
    tool: 'hubspot',
    kind: 'account',
    recordId: page.recordId,
    url: url.href,
    name: (title ? visibleText(title) : '') || null,
    fields: Object.fromEntries(fields),
    names: Object.fromEntries(names),
  };
}
