/**
 * axe-core (Deque's WCAG checker) run inside a page, on the whole page or on one of the extension's hosts (axe walks
 * open shadow roots). Injected through the DevTools protocol (page.evaluate), which the extension pages' CSP does
 * not apply to. Only the WCAG A/AA rules; what counts is the serious and critical violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical violations in `context` (a page expression giving a Node; default the document). */
export async function axeViolations(page: Page, context = 'document'): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const results = (await page.evaluate(
    `axe.run(${context}, { resultTypes: ['violations'], runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)) })))`,
  )) as Violation[];
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One line a violation, for a readable failure. */
export const describeViolations = (violations: Violation[]): string[] => violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(' | ')}`);
