import { describe, expect, it } from 'vitest';
import { MineTabs } from '../../lib/background/mine-tabs';

// Where the agent's own tickets are asked for (lib/background/mine-tabs.ts): one tab per origin, the latest first.
describe('MineTabs', () => {
  it('asks the latest tab of each origin, once', async () => {
    const tabs = new MineTabs();
    tabs.seen('https://a.zendesk.com', 1);
    tabs.seen('https://a.zendesk.com', 2);
    tabs.seen('https://b.zendesk.com', 7);
    const asked: number[] = [];
    await tabs.askEach(async (id) => (asked.push(id), true));
    expect(asked).toEqual([2, 7]);
  });

  it('forgets a tab that does not answer and asks the next; an origin with none left is dropped until a tab comes back', async () => {
    const tabs = new MineTabs();
    tabs.seen('https://a.zendesk.com', 1);
    tabs.seen('https://a.zendesk.com', 2);
    tabs.seen('https://a.zendesk.com', 1); // seen again: first again
    const asked: number[] = [];
    await tabs.askEach(async (id) => (asked.push(id), id === 2));
    expect(asked).toEqual([1, 2]);
    asked.length = 0;
    await tabs.askEach(async (id) => (asked.push(id), null));
    expect(asked).toEqual([2]);
    asked.length = 0;
    await tabs.askEach(async (id) => (asked.push(id), true));
    expect(asked).toEqual([]);
    tabs.seen('https://a.zendesk.com', 3);
    await tabs.askEach(async (id) => (asked.push(id), true));
    expect(asked).toEqual([3]);
  });

  it('keeps at most 8 tabs per origin', async () => {
    const tabs = new MineTabs();
    for (let id = 1; id <= 20; id++) tabs.seen('https://a.zendesk.com', id);
    const asked: number[] = [];
    await tabs.askEach(async (id) => (asked.push(id), false));
    expect(asked).toEqual([20, 19, 18, 17, 16, 15, 14, 13]);
  });
});
