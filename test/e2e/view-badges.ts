/**
 * The Zendesk view's badges as a user sees them: every row whose subject cell is in the viewport, and whether its
 * badge shows its SLA. Badges are drawn near the viewport (lib/overlay/badges/board.ts), so tests and
 * benchmarks ask about the rows in view, and scroll to reach the others. Page expressions are strings: tsx
 * (keepNames) would wrap functions passed to `page.evaluate` in a `__name` helper the page lacks.
 */
import type { Page } from 'playwright-core';

/** Page expression → `[rows in view, how many of them show their badge's SLA]`. */
export const BADGES_IN_VIEW = `(() => {
  const cells = [...document.querySelectorAll('tr[data-test-id="generic-table-row"] td[data-test-id="ticket-table-cells-subject"]')].filter((cell) => {
    const box = cell.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  return [cells.length, cells.filter((c) => c.querySelector(':scope > entitlement-lens-badge')?.shadowRoot?.querySelector('.el-badge[data-tone]')).length];
})()`;

/**
 * The same for a Salesforce Case list view (test/fixtures/salesforce/case-list.ts): every case row in view, and how many
 * show their badge with a state (a row whose account or columns leave no countdown still shows one: `none`).
 */
export const CASE_BADGES_IN_VIEW = `(() => {
  const rows = [...document.querySelectorAll('tr[data-row-key-value^="500"]')].filter((row) => {
    const box = row.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  return [rows.length, rows.filter((r) => r.querySelector('entitlement-lens-badge')?.shadowRoot?.querySelector('.el-badge[data-tone]')).length];
})()`;

/** Page expression → true when there are rows in view and each shows its badge's SLA. */
export const ALL_IN_VIEW_BADGED = `(() => { const [rows, badged] = ${BADGES_IN_VIEW}; return rows > 0 && badged === rows; })()`;
/** The same for a Salesforce Case list view. */
export const ALL_CASES_IN_VIEW_BADGED = `(() => { const [rows, badged] = ${CASE_BADGES_IN_VIEW}; return rows > 0 && badged === rows; })()`;

/**
 * Scrolls the page down `step` px at a time to the end, waiting at each step (up to `timeoutMs`, else it throws)
 * until every row in view shows its badge's SLA (`allBadged`: the Zendesk view's rows by default).
 */
export async function scrollThroughView(page: Page, { step = 700, timeoutMs = 30_000, allBadged = ALL_IN_VIEW_BADGED } = {}): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const atEnd = await page.evaluate<boolean>(`(() => { scrollBy(0, ${step}); return innerHeight + scrollY >= document.documentElement.scrollHeight - 2; })()`);
    await page.waitForFunction(allBadged, undefined, { timeout: timeoutMs, polling: 50 });
    if (atEnd) return;
  }
  throw new Error(`the view did not end after 500 scroll steps of ${step} px`);
}
