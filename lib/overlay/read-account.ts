import { toolById } from '../sites/registry';
import type { PageMatch, RawRecord } from '../sites/types';

/** Reads the record off the document with the reader of the tool the page is (null where the tool reads no accounts). */
export function readAccount(match: PageMatch, root: ParentNode, url: URL): RawRecord | null {
  if (match.kind !== 'account') return null;
  return toolById(match.tool)?.readAccount?.(root, match, url) ?? null;
}

/** The element that holds the shown record (Lightning's active page host, HubSpot's record sidebar). */
export function recordElement(match: PageMatch, root: ParentNode): Element | null {
  return toolById(match.tool)?.recordElement?.(root) ?? null;
}

/** What was last read, for which record, from which element. */
export interface LastRead {
  recordId: string;
  element: Element | null;
  fields: string;
}

/**
 * The URL names the record, but single-page apps change the URL before the new record's DOM arrives: for a
 * moment the page still shows the previous record under the new URL. A read for record B that comes from the
 * same element with the same fields as the last read for record A is A's DOM, and is refused.
 * @example isLeftover(read, lastRead) // true while Lightning still shows the previous account
 */
export function isLeftover(recordId: string, element: Element | null, fields: string, last: LastRead | null): boolean {
  return last !== null && last.recordId !== recordId && last.element === element && last.fields === fields;
}
