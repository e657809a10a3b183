/**
 * A ticket view's rows keep their subject (issue 10). The demo view models a real agent view: a Garden table of nine
 * columns of fixed widths whose subject column takes the rest (test/fixtures/demo/render-zendesk.ts, research notes
 * real-markup-notes.md §4.2), so the window's width sets the subject column's: ~100 px at 1280 px, ~260 px at
 * 1440 px, ~400 px at 1580 px. At each, for every row in view:
 * - the subject keeps at least 60% of the cell's content box (the part of the column that can show text; Garden's
 *   12 px paddings never do) — the room from the subject's start to the content box's end;
 * - the badge is whole: inside the cell's content box, and nothing it draws is cut off by its own box.
 * And rows scrolled under the view's sticky header never paint over it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useDemoBrowser } from './demo-browser';
import { ALL_IN_VIEW_BADGED } from './view-badges';

const demo = useDemoBrowser();

interface RowMeasure {
  ticketId: string;
  column: number;
  content: number;
  subjectRoom: number;
  badgeInside: boolean;
  badgeClipped: boolean;
  fit: string;
}

/** Page expression: the subject cells in view, measured. */
const MEASURE_ROWS = `(() => [...document.querySelectorAll('tr[data-test-id="generic-table-row"] td[data-test-id="ticket-table-cells-subject"]')]
  .filter((td) => { const r = td.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })
  .map((td) => {
    const cs = getComputedStyle(td);
    const cell = td.getBoundingClientRect();
    const left = cell.left + parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
    const right = cell.right - parseFloat(cs.borderRightWidth) - parseFloat(cs.paddingRight);
    const host = td.querySelector(':scope > entitlement-lens-badge');
    const link = td.querySelector('a');
    const badge = host.getBoundingClientRect();
    const inner = host.shadowRoot.querySelector('.el-badge');
    const overflowing = [...host.shadowRoot.querySelectorAll('.el-badge > *:not([popover]), .el-badge__main > *')].some((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.left < badge.left - 0.5 || r.right > badge.right + 0.5 || r.top < badge.top - 0.5 || r.bottom > badge.bottom + 0.5);
    });
    return {
      ticketId: host.dataset.ticketId,
      column: cell.width,
      content: right - left,
      subjectRoom: right - link.getBoundingClientRect().left,
      badgeInside: badge.left >= left - 0.5 && badge.right <= right + 0.5 && badge.width > 0,
      badgeClipped: overflowing || inner.scrollWidth > inner.clientWidth + 0.5,
      fit: inner.classList.contains('el-badge--wide') ? 'wide' : inner.classList.contains('el-badge--narrow') ? 'narrow' : 'none',
    };
  }))()`;

async function openView(width: number): Promise<Page> {
  const page = await demo.browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${demo.server.origin('acme.zendesk.com')}/agent/filters/200`);
  await page.waitForFunction(ALL_IN_VIEW_BADGED, undefined, { timeout: 20_000, polling: 100 });
  return page;
}

describe('view rows keep their subject, and the badge stays whole, at every column width', () => {
  it.each([
    { window: 1280, column: [95, 110], fit: 'narrow' },
    { window: 1440, column: [250, 270], fit: 'wide' },
    { window: 1580, column: [390, 410], fit: 'wide' },
  ])('$window px wide: subject column $column px, $fit badges', async ({ window, column: [min, max], fit }) => {
    const page = await openView(window);
    const rows = (await page.evaluate(MEASURE_ROWS)) as RowMeasure[];
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.column, `column of #${row.ticketId}`).toBeGreaterThanOrEqual(min!);
      expect(row.column, `column of #${row.ticketId}`).toBeLessThanOrEqual(max!);
      expect(row.subjectRoom / row.content, `subject's share of #${row.ticketId}`).toBeGreaterThanOrEqual(0.6);
      expect(row.badgeInside, `badge of #${row.ticketId} inside its cell`).toBe(true);
      expect(row.badgeClipped, `badge of #${row.ticketId} cut off`).toBe(false);
      expect(row.fit).toBe(fit);
    }
    await page.close();
  });

  it('a window resized across the step redraws the badges in view for their new room', async () => {
    const page = await openView(1440);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(async () => ((await page.evaluate(MEASURE_ROWS)) as RowMeasure[]).every((r) => r.fit === 'narrow' && !r.badgeClipped), { timeout: 5_000 }).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect.poll(async () => ((await page.evaluate(MEASURE_ROWS)) as RowMeasure[]).every((r) => r.fit === 'wide' && !r.badgeClipped), { timeout: 5_000 }).toBe(true);
    await page.close();
  });

  it('the narrow chip names everything it leaves out, for screen readers and in its tooltip', async () => {
    const page = await openView(1280);
    const main = page.locator('entitlement-lens-badge[data-ticket-id="1001"] .el-badge__main');
    const label = await main.getAttribute('title');
    expect(label).toMatch(/^Ticket 1001 · Sev 1 · First response: At risk, \d+m left · Slack$/);
    // The accessible name begins with what the chip shows (WCAG 2.5.3), then the words of the tooltip.
    const name = await main.getAttribute('aria-label');
    expect(name).toMatch(/^\d+m · Ticket 1001 · /);
    expect(name!.endsWith(` · ${label}`)).toBe(true);
    expect(await page.locator('entitlement-lens-badge[data-ticket-id="1001"] .el-badge__time').textContent()).toMatch(/^\d+m$/);
    await main.click();
    const details = page.locator('entitlement-lens-badge[data-ticket-id="1001"] .el-badge__details');
    await expect.poll(() => details.evaluate((d) => d.matches(':popover-open'))).toBe(true);
    expect(await details.textContent()).toContain('Internal 1-hour goal');
    await page.close();
  });

  it('rows scrolled under the sticky header never paint over it', async () => {
    const page = await openView(1440);
    await page.evaluate('scrollTo(0, 600)');
    await page.waitForFunction(ALL_IN_VIEW_BADGED, undefined, { timeout: 10_000, polling: 100 });
    // Every point of the subject's header cell is the header's, though badges of the rows scrolled under it are there.
    const hits = (await page.evaluate(`(() => {
      const th = [...document.querySelectorAll('th[data-garden-id="tables.header_cell"]')].find((h) => h.textContent === 'Subject');
      const box = th.getBoundingClientRect();
      const under = [...document.querySelectorAll('entitlement-lens-badge')].filter((b) => { const r = b.getBoundingClientRect(); return r.bottom > box.top && r.top < box.bottom; }).length;
      const points = [];
      for (let x = box.left + 2; x < box.left + 120; x += 6) for (let y = box.top + 2; y < box.bottom - 1; y += 4) points.push(document.elementFromPoint(x, y));
      return { top: box.top, under, onTop: points.map((el) => el && (el.closest('th') ? 'header' : el.localName)) };
    })()`)) as { top: number; under: number; onTop: string[] };
    expect(hits.top).toBe(0); // the header stuck to the top
    expect(hits.under).toBeGreaterThan(0); // and badges are scrolled under it
    expect(new Set(hits.onTop)).toEqual(new Set(['header']));
    await page.close();
  });

  it('nothing the extension ran logged an error', () => {
    expect(demo.browser.extensionErrors()).toEqual([]);
  });
});
