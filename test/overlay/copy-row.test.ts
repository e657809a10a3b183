/**
 * The ticket badge's Copy row (plain DOM, lib/overlay/badges/copy-row.ts) in a linkedom document, the clipboard faked:
 * the text is built at the click, in the format of the button pressed, and the outcome is said in the status line.
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyRow } from '../../lib/overlay/badges/copy-row';
import type { SummaryFormat } from '../../lib/policy/summary-text';

const { window, document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
vi.stubGlobal('document', document);
const nav: { clipboard?: { writeText: (text: string) => Promise<void> } } = {};
vi.stubGlobal('navigator', nav);
afterEach(() => {
  delete nav.clipboard;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const click = (row: HTMLElement, label: string) =>
  [...row.querySelectorAll('button')].find((b) => b.textContent === label)!.dispatchEvent(new window.Event('click', { bubbles: true }));

describe('the ticket badge’s Copy row', () => {
  it('builds nothing until a click, then copies the text of the format pressed', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    nav.clipboard = { writeText };
    const getText = vi.fn((format: SummaryFormat) => `Ticket 1042 as ${format}`);
    const row = copyRow('a summary of Ticket 1042', getText);
    expect(getText).not.toHaveBeenCalled();
    expect(row.getAttribute('aria-label')).toBe('Copy a summary of Ticket 1042');
    click(row, 'Copy as Markdown');
    await settle();
    expect(writeText).toHaveBeenCalledWith('Ticket 1042 as markdown');
    click(row, 'Copy');
    await settle();
    expect(writeText).toHaveBeenLastCalledWith('Ticket 1042 as text');
    const status = row.querySelector('.el-copy__status')!;
    expect(status.textContent).toBe('Copied');
    expect(status.getAttribute('aria-live')).toBe('polite');
  });

  it('a refusal is said in the status line', async () => {
    nav.clipboard = { writeText: () => Promise.reject(Object.assign(new Error('denied'), { name: 'NotAllowedError' })) };
    const row = copyRow('a summary of Case 00001026', () => 'x');
    click(row, 'Copy');
    await settle();
    const status = row.querySelector('.el-copy__status')!;
    expect(status.textContent).toMatch(/^Could not copy: the browser refused clipboard access/);
    expect(status.classList.contains('el-copy__status--failed')).toBe(true);
  });
});
