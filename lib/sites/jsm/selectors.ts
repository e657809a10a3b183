/**
 * Jira Service Management agent pages: the issue view (`/browse/{KEY}`, and an issue open beside a queue) and queues
 * (`/jira/servicedesk/projects/{P}/queues/custom/{n}`). Source: ../shared/research/next-tools-and-anchors.md §2d
 * "DOM hooks", confidence as labelled there.
 *
 * Jira is React on Atlaskit, light DOM; its class names are compiled CSS-in-JS hashes (`css-1x2kql3`) that change
 * between builds, so nothing here uses a class except the one a public code sample names (`.virtual-table-row`).
 * `data-testid` hooks are test hooks, not an API (§2d, rule 3): each has a fallback where one exists. The page is read
 * only for where a badge goes and which issue it stands for; the tickets themselves come from the API (./api.ts,
 * §2d rule 1). Neither the SLA panel nor the queue's SLA cells have known hooks (§2d "Not found", Low): they are
 * never read.
 */

/** The issue's summary: the issue view has loaded, and the ticket page's badge goes in it (§2d, High). */
export const JSM_SUMMARY_HEADING = [
  'h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', // issue view, full page and beside a queue (§2d, High: five or more extensions)
] as const;

/** The issue's own key in the issue view's breadcrumbs (`SUP-7`): which issue a mounted issue view shows (§2d, High). */
export const JSM_BREADCRUMB_KEY = [
  '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]', // breadcrumbs' last item (§2d, High)
] as const;

/*
 * Queues. The notes give no hook for a queue's table, its rows or its cells (§2d: "Not found", Low), so rows are found
 * by what every row must have, a link to its issue, inside the queue's table. Everything below is INFERRED and must be
 * checked on a live tenant (§2d open question 5) before anyone relies on it.
 */

/**
 * The queue's table: rows are only looked for inside it (an open issue view's own links, the sidebar's links to other
 * queues, are not rows).
 */
export const JSM_QUEUE_TABLE = [
  '[role="grid"]', // a virtualised ARIA grid of div rows (inferred, Low: the `.virtual-table-row` code sample's table)
  'table', // a table element (inferred, Low: Jira's newer list views)
] as const;

/**
 * One row of the queue: the nearest ancestor of an issue link that matches any of these (one selector list: a row
 * may match several).
 */
export const JSM_QUEUE_ROW = [
  '[role="row"]', // ARIA grid row (inferred, Low)
  'tr', // table row (inferred, Low)
  '.virtual-table-row', // virtualised queue row (Low: one public code sample, with cells `div[data-test-id$="-status"]`)
] as const;

/**
 * A link from a row to its issue: `/browse/{KEY}`, or the queue-relative link that opens the issue beside the queue
 * (`…/queues/custom/{n}/{KEY}`, the §2d queue URL with its issue). Only a link whose path ends in a key counts
 * (./read-page.ts): the sidebar's links to queues end in the queue's number.
 */
export const JSM_ROW_ISSUE_LINK = [
  'a[href*="/browse/"]', // issue link (§2d issue URL, High; that rows carry it: inferred, Low)
  'a[href*="/queues/custom/"]', // queue-relative issue link (§2d queue URL, Medium; that rows carry it: inferred, Low)
] as const;

/** One cell of a row: the cell holding a link is where that row's badge goes (one selector list, as for rows). */
export const JSM_ROW_CELL = [
  '[role="gridcell"]', // ARIA grid cell (inferred, Low)
  'td', // table cell (inferred, Low)
] as const;

/**
 * The row's summary cell, where its badge goes first: named like the code sample's status cell (`-status`), so
 * `-summary` for the summary column (inferred from that naming, Low). Without it, the cell whose issue link is not
 * the bare key (the summary's), else the key's cell.
 */
export const JSM_ROW_SUMMARY_CELL = [
  '[data-test-id$="-summary"]', // virtualised queue's summary cell (inferred, Low)
] as const;
