/**
 * A tool's static room selector (TicketAdapter.rowSlot) is what host.css gives the badge's room to from the page's
 * first layout, while lib/overlay/badges/board.ts gives hosts only to rows near the viewport. Checked here, over the
 * registry: host.css carries each tool's rule (sized as the host, with its content), and on the tool's list fixture
 * the selector covers exactly the cells the adapter puts row badges in, so no row lacks its room and no cell holds a
 * room that no badge will take.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROWS_ATTRIBUTE, SLOT_ATTRIBUTE } from '../../lib/overlay/badges/board';
import { TOOLS } from '../../lib/sites/registry';
import type { TicketAdapter } from '../../lib/sites/types';
import { parseFixtureHtml, readFixture } from '../fixtures/dom';
import { renderZendeskView, ZENDESK_VIEW_ROWS } from '../fixtures/zendesk/view';

const HOST_CSS = readFileSync(resolve(import.meta.dirname, '../../entrypoints/ticket-badges.content/host.css'), 'utf8').replace(/"/g, "'");
const count = (text: string) => HOST_CSS.split(text).length - 1;
const withSlot = TOOLS.flatMap((tool) => {
  const tickets: TicketAdapter | undefined = tool.tickets;
  return tickets?.rowSlot ? [{ id: tool.id, tickets, slot: tickets.rowSlot }] : [];
});

/** The list pages each tool with a static room is checked on (fixtures modelled on the research notes). */
const LIST_FIXTURES: Record<string, Array<{ name: string; html: string; page: { kind: 'ticket-list'; recordId: string } }>> = {
  zendesk: [
    { name: 'view.html (research notes §4.2)', html: readFixture('zendesk/view.html'), page: { kind: 'ticket-list', recordId: '1' } },
    {
      name: '1,000 rows',
      html: renderZendeskView(Array.from({ length: 1000 }, (_, i) => ({ ...ZENDESK_VIEW_ROWS[i % ZENDESK_VIEW_ROWS.length]!, id: 5000 + i }))),
      page: { kind: 'ticket-list', recordId: '1' },
    },
  ],
};

describe('the badge room (host.css) and the registry', () => {
  it('at least one tool has a static room, and each such tool has list fixtures here', () => {
    expect(withSlot.map((t) => t.id)).toContain('zendesk');
    for (const { id } of withSlot) expect(LIST_FIXTURES[id]?.length ?? 0).toBeGreaterThan(0);
  });

  it.each(withSlot)("host.css sizes and fills $id's static room, only while a list board is on the page", ({ slot }) => {
    const rule = `:root[${ROWS_ATTRIBUTE}] ${slot.replace(/"/g, "'")}:not([${SLOT_ATTRIBUTE}='filled'])::before`;
    // Once in the rule that sizes the host (the same box), once in the rule that gives the pseudo-element its content.
    expect(count(rule)).toBe(2);
  });

  it("host.css sizes and fills an open room as a row's host, and lets the text after it take the rest of a flex cell", () => {
    expect(count(`[${SLOT_ATTRIBUTE}='open']::before`)).toBe(2);
    expect(count(`[${SLOT_ATTRIBUTE}='open'] > :first-child`)).toBe(1);
    const sizeRule = HOST_CSS.slice(HOST_CSS.indexOf("entitlement-lens-badge[data-place='row'],"));
    expect(sizeRule.slice(0, sizeRule.indexOf('{'))).toContain(`[${SLOT_ATTRIBUTE}='open']::before`);
  });

  describe.each(withSlot)('$id', ({ id, tickets, slot }) => {
    it.each(LIST_FIXTURES[id] ?? [])('$name: the room selector covers exactly the cells the badges go in', ({ html, page }) => {
      const doc = parseFixtureHtml(html);
      const anchors = tickets.listRows!(doc, { tool: id, ...page } as never).map((row) => row.anchor);
      expect(anchors.length).toBeGreaterThan(0);
      const rooms = Array.from(doc.querySelectorAll(slot));
      expect(rooms.length).toBe(anchors.length);
      expect(anchors.every((anchor) => anchor.matches(slot))).toBe(true);
    });
  });
});
