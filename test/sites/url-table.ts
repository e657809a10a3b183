import type { PageMatch } from '../../lib/sites/types';

/** A tool's URL table: each accepted URL with the match it must give, and URLs that are no page of any tool. */
export interface UrlTable {
  accept: ReadonlyArray<readonly [string, PageMatch]>;
  reject: readonly string[];
}
