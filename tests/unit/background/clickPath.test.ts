import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../support/browser';

// The toolbar click's path through the background, against the in-memory browser: the tab is a
// page address, and the test plays the page's side, which no fake knows: whether the reader's
// script is in it, and how many injections its renderer refuses before the click's activeTab
// grant reaches it.
const page = { readerIn: false, refusals: 0, protectedPage: false };
const log: string[] = [];

// The built file's name is all the background needs of the reader bundle.
vi.mock('../../../src/content/reader.ts?iife', () => ({ default: 'src/content/reader.js' }));

const { toggleReader, openReader } = await import('../../../src/background/toggle');

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
let tabId: number;

async function openTab(url: string | undefined): Promise<void> {
  tabId = (await fakeBrowser.tabs.create(url === undefined ? {} : { url })).id!;
}

beforeEach(async () => {
  log.length = 0;
  Object.assign(page, { readerIn: false, refusals: 0, protectedPage: false });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: { type: string }) => {
    if (!page.readerIn) {
      log.push(`send ${message.type}: no receiver`);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    log.push(`send ${message.type}`);
    return { open: true, found: true };
  }) as typeof fakeBrowser.tabs.sendMessage);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({ target }: { target: { tabId: number } }) => {
    if (page.protectedPage) {
      log.push('inject: protected');
      throw new Error('Cannot access a chrome:// URL');
    }
    if (page.refusals > 0) {
      page.refusals--;
      log.push('inject: refused');
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    }
    log.push('inject');
    page.readerIn = true;
    return [{ frameId: 0, result: null, documentId: String(target.tabId) }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript);
  await openTab('https://news.example.org/story');
});

describe('the toolbar click', () => {
  it('asks the reader already in the page, and injects nothing', async () => {
    page.readerIn = true;
    expect(await toggleReader(tabId, 'action')).toEqual({ open: true, found: true });
    expect(log).toEqual(['send reader:toggle']);
  });

  it('injects the reader where none answers, then asks it', async () => {
    expect(await toggleReader(tabId, 'action')).toEqual({ open: true, found: true });
    expect(log).toEqual(['send reader:toggle: no receiver', 'inject', 'send reader:toggle']);
    expect(await badge(tabId)).toBe('');
  });

  it('opens the reader when the page refuses the first injections of a granted click', async () => {
    page.refusals = 2;
    expect(await toggleReader(tabId, 'action')).toEqual({ open: true, found: true });
    expect(log).toEqual(['send reader:toggle: no receiver', 'inject: refused', 'inject: refused', 'inject', 'send reader:toggle']);
    expect(await badge(tabId)).toBe('');
  });

  it('shows the × badge at once where the browser keeps extensions out', async () => {
    await openTab('chrome://version/');
    page.protectedPage = true;
    expect(await toggleReader(tabId, 'action')).toBeNull();
    expect(log).toEqual(['send reader:toggle: no receiver', 'inject: protected']);
    expect(await badge(tabId)).toBe('×');
  });

  it('does not retry where the browser shows no address (no grant for this tab)', async () => {
    await openTab(undefined);
    page.refusals = 1;
    expect(await toggleReader(tabId, 'action')).toBeNull();
    expect(log).toEqual(['send reader:toggle: no receiver', 'inject: refused']);
    expect(await badge(tabId)).toBe('×');
  });

  it('gives up on a web page that keeps refusing, within about 2 s, with the badge', async () => {
    page.refusals = 100;
    vi.useFakeTimers();
    try {
      const start = Date.now();
      const answer = toggleReader(tabId, 'action');
      await vi.runAllTimersAsync();
      expect(await answer).toBeNull();
      expect(Date.now() - start).toBeLessThanOrEqual(2_500);
    } finally {
      vi.useRealTimers();
    }
    expect(log.filter((line) => line === 'inject: refused')).toHaveLength(7);
    expect(await badge(tabId)).toBe('×');
  });

  it('takes back an earlier × in the same page once the reader goes in', async () => {
    await fakeBrowser.action.setBadgeText({ tabId, text: '×' });
    await toggleReader(tabId, 'action');
    expect(await badge(tabId)).toBe('');
  });

  it('says nothing for a tab the user did not point at (quiet)', async () => {
    await openTab('chrome://newtab/');
    page.protectedPage = true;
    expect(await openReader(tabId, 'menu', { quiet: true })).toBeNull();
    expect(await badge(tabId)).toBe('');
  });
});
