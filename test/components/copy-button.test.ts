/**
 * The panel's Copy buttons (issue 14): rendered by React into a linkedom document, clicked, with the clipboard faked.
 * What lands on the clipboard is the summary of the evaluation the panel shows; a refusal is said in words.
 */
import { parseHTML } from 'linkedom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createElement, createRef } from 'react';
import { AccountPanel, type AccountPanelProps } from '../../components/AccountPanel';
import type { CopyHandle } from '../../components/CopyButton';
import { COPY_SHORTCUT, useCopyShortcut } from '../../entrypoints/crm-sidebar.content/copy-shortcut';
import { accountKey, type EvaluatedAccount } from '../../lib/messaging/answers';
import { accountSummary } from '../../lib/policy/summary-text';
import { account, evaluateAt, NOW } from '../policy/helpers';

const { window, document } = parseHTML('<!DOCTYPE html><html><body></body></html>');
// React's DOM client reads `navigator` when it loads (Node 20 has none): the fake goes in before it is imported.
const nav: { userAgent: string; clipboard?: { writeText: (text: string) => Promise<void> } } = { userAgent: 'node' };
vi.stubGlobal('window', window);
vi.stubGlobal('document', document);
vi.stubGlobal('navigator', nav);
vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', true);
const { act } = await import('react');
const { createRoot } = await import('react-dom/client');

const evaluation = evaluateAt(account({ name: 'Acme *Corp*', packages: ['slack-support'] }));
const shown: EvaluatedAccount = {
  key: accountKey('salesforce', '001A'),
  tool: 'salesforce',
  recordId: '001A',
  url: null,
  evaluation,
  unrecognizedPackages: [],
  readAt: NOW,
  source: 'page',
};
const props = (over: Partial<AccountPanelProps> = {}): AccountPanelProps => ({
  account: shown,
  staleSince: null,
  now: NOW,
  loading: false,
  error: null,
  collapsed: false,
  onToggle: () => {},
  shortcut: 'Alt+Shift+E',
  copyShortcut: 'Alt+Shift+C',
  ...over,
});

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  delete nav.clipboard;
  vi.useRealTimers();
});

async function render(p: AccountPanelProps) {
  await act(async () => root.render(createElement(AccountPanel, p)));
}
const button = (label: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === label)!;
const status = () => container.querySelector('.el-copy__status')!;
/** A click, and the clipboard's promise settled. */
async function click(label: string) {
  await act(async () => {
    button(label).dispatchEvent(new window.Event('click', { bubbles: true }));
  });
}

describe('the panel’s Copy buttons', () => {
  it('Copy puts the plain-text summary of the evaluation shown on the clipboard, and says "Copied"', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    nav.clipboard = { writeText };
    await render(props());
    await click('Copy');
    expect(writeText).toHaveBeenCalledWith(accountSummary(evaluation, { format: 'text', now: NOW }));
    expect(writeText.mock.calls[0]![0].split('\n')[0]).toBe('Acme *Corp* · Enterprise · ARR $250,000 · Self-hosted');
    expect(status().textContent).toBe('Copied');
    expect(status().getAttribute('aria-live')).toBe('polite');
  });

  it('Copy as Markdown puts the Markdown variant, the name escaped', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    nav.clipboard = { writeText };
    await render(props());
    await click('Copy as Markdown');
    expect(writeText).toHaveBeenCalledWith(accountSummary(evaluation, { format: 'markdown', now: NOW }));
    expect(writeText.mock.calls[0]![0]).toMatch(/^\*\*Acme \\\*Corp\\\*\*\* · /);
  });

  it('"Copied" goes after two seconds', async () => {
    nav.clipboard = { writeText: async () => {} };
    await render(props());
    vi.useFakeTimers();
    await click('Copy');
    expect(status().textContent).toBe('Copied');
    await act(async () => vi.advanceTimersByTime(2_000));
    expect(status().textContent).toBe('');
  });

  it('a refusal is said, and stays to be read', async () => {
    nav.clipboard = { writeText: () => Promise.reject(Object.assign(new Error('Document is not focused.'), { name: 'NotAllowedError' })) };
    await render(props());
    await click('Copy');
    expect(status().textContent).toBe('Could not copy: the browser refused clipboard access. Click Copy again, or allow the clipboard for this site.');
    expect(status().className).toContain('el-copy__status--failed');
  });

  it('a page without the Clipboard API says so', async () => {
    await render(props());
    await click('Copy');
    expect(status().textContent).toBe('Could not copy: this page offers no clipboard access.');
  });

  it('the shortcut’s handle copies as the button does', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    nav.clipboard = { writeText };
    const copyRef = createRef<CopyHandle>();
    await render(props({ copyRef }));
    await act(async () => copyRef.current!.copy());
    expect(writeText).toHaveBeenCalledWith(accountSummary(evaluation, { format: 'text', now: NOW }));
    expect(status().textContent).toBe('Copied');
  });

  it('the footer names the copy shortcut beside the toggle', async () => {
    await render(props());
    expect(container.querySelector('.el-shortcut')!.textContent).toBe(' · Alt+Shift+E toggles · Alt+Shift+C copies');
  });

  it('without an account there is nothing to copy: no buttons, no handle, no shortcut named', async () => {
    const copyRef = createRef<CopyHandle>();
    await render(props({ account: null, copyRef }));
    expect(container.querySelector('.el-copy')).toBeNull();
    expect(copyRef.current).toBeNull();
    expect(container.querySelector('.el-shortcut')!.textContent).toBe(' · Alt+Shift+E toggles');
  });
});

describe(`${COPY_SHORTCUT} on the page (the crm-sidebar content script)`, () => {
  const ctx = { onInvalidated: () => () => {} } as unknown as ContentScriptContext;
  /** The sidebar's wiring: the page's shortcut holds the panel's copy handle. */
  function Sidebar(p: AccountPanelProps) {
    const copyRef = useCopyShortcut(ctx);
    return createElement(AccountPanel, { ...p, copyRef });
  }
  /** A keydown on the page, as from `target` (its real target, composedPath()[0]). */
  function press(keys: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean; code?: string }, target: Element = document.body) {
    const event = new window.Event('keydown', { bubbles: true, cancelable: true });
    Object.assign(event, { altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, repeat: false, isComposing: false, code: 'KeyC', ...keys });
    Object.assign(event, { composedPath: () => [target] });
    window.dispatchEvent(event);
    return event;
  }

  it('copies the summary, and takes the key from the page', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    nav.clipboard = { writeText };
    await act(async () => root.render(createElement(Sidebar, props())));
    let event!: Event;
    await act(async () => {
      event = press({ altKey: true, shiftKey: true });
    });
    expect(writeText).toHaveBeenCalledWith(accountSummary(evaluation, { format: 'text', now: NOW }));
    expect(event.defaultPrevented).toBe(true);
    expect(status().textContent).toBe('Copied');
  });

  it('leaves the key to the page while the user types there, with other modifiers, or when no account is shown', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    nav.clipboard = { writeText };
    const field = document.createElement('textarea');
    document.body.append(field);
    await act(async () => root.render(createElement(Sidebar, props())));
    expect(press({ altKey: true, shiftKey: true }, field).defaultPrevented).toBe(false);
    expect(press({ altKey: true, shiftKey: true, ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press({ altKey: true, shiftKey: true, code: 'KeyE' }).defaultPrevented).toBe(false);
    await act(async () => root.render(createElement(Sidebar, props({ collapsed: true }))));
    expect(press({ altKey: true, shiftKey: true }).defaultPrevented).toBe(false);
    expect(writeText).not.toHaveBeenCalled();
    field.remove();
  });
});
