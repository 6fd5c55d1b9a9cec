import { beforeEach, describe, expect, it, vi } from 'vitest';

// The toolbar click's path through the background, against a recorded browser: a tab is a
// page address, whether the reader's script is in it, and how many injections its renderer
// refuses before the click's activeTab grant reaches it.
const h = vi.hoisted(() => {
  const log: string[] = [];
  const tab = { url: 'https://news.example.org/story' as string | undefined, readerIn: false, refusals: 0, protectedPage: false };
  const badge = new Map<number, string>();
  const browser = {
    i18n: { getMessage: (key: string) => key },
    tabs: {
      get: async (id: number) => ({ id, url: tab.url }),
      sendMessage: async (_tabId: number, message: { type: string }) => {
        if (!tab.readerIn) {
          log.push(`send ${message.type}: no receiver`);
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        log.push(`send ${message.type}`);
        return { open: true, found: true };
      },
    },
    scripting: {
      executeScript: async ({ target }: { target: { tabId: number } }) => {
        if (tab.protectedPage) {
          log.push('inject: protected');
          throw new Error('Cannot access a chrome:// URL');
        }
        if (tab.refusals > 0) {
          tab.refusals--;
          log.push('inject: refused');
          throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
        }
        log.push('inject');
        tab.readerIn = true;
        return [{ frameId: 0, result: null, documentId: String(target.tabId) }];
      },
    },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => void badge.set(tabId, text),
      getBadgeText: async ({ tabId }: { tabId: number }) => badge.get(tabId) ?? '',
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
    },
  };
  return { log, tab, badge, browser };
});

vi.mock('webextension-polyfill', () => ({ default: h.browser }));
// The built file's name is all the background needs of the reader bundle.
vi.mock('../../../src/content/reader.ts?iife', () => ({ default: 'src/content/reader.js' }));

const { toggleReader, openReader } = await import('../../../src/background/toggle');

beforeEach(() => {
  h.log.length = 0;
  h.badge.clear();
  Object.assign(h.tab, { url: 'https://news.example.org/story', readerIn: false, refusals: 0, protectedPage: false });
});

describe('the toolbar click', () => {
  it('asks the reader already in the page, and injects nothing', async () => {
    h.tab.readerIn = true;
    expect(await toggleReader(3, 'action')).toEqual({ open: true, found: true });
    expect(h.log).toEqual(['send reader:toggle']);
  });

  it('injects the reader where none answers, then asks it', async () => {
    expect(await toggleReader(3, 'action')).toEqual({ open: true, found: true });
    expect(h.log).toEqual(['send reader:toggle: no receiver', 'inject', 'send reader:toggle']);
    expect(h.badge.get(3) ?? '').toBe('');
  });

  it('opens the reader when the page refuses the first injections of a granted click', async () => {
    h.tab.refusals = 2;
    expect(await toggleReader(3, 'action')).toEqual({ open: true, found: true });
    expect(h.log).toEqual(['send reader:toggle: no receiver', 'inject: refused', 'inject: refused', 'inject', 'send reader:toggle']);
    expect(h.badge.get(3) ?? '').toBe('');
  });

  it('shows the × badge at once where the browser keeps extensions out', async () => {
    h.tab.url = 'chrome://version/';
    h.tab.protectedPage = true;
    expect(await toggleReader(3, 'action')).toBeNull();
    expect(h.log).toEqual(['send reader:toggle: no receiver', 'inject: protected']);
    expect(h.badge.get(3)).toBe('×');
  });

  it('does not retry where the browser shows no address (no grant for this tab)', async () => {
    h.tab.url = undefined;
    h.tab.refusals = 1;
    expect(await toggleReader(3, 'action')).toBeNull();
    expect(h.log).toEqual(['send reader:toggle: no receiver', 'inject: refused']);
    expect(h.badge.get(3)).toBe('×');
  });

  it('gives up on a web page that keeps refusing, within about 2 s, with the badge', async () => {
    h.tab.refusals = 100;
    const start = Date.now();
    expect(await toggleReader(3, 'action')).toBeNull();
    expect(Date.now() - start).toBeLessThan(5_000);
    expect(h.log.filter((line) => line === 'inject: refused')).toHaveLength(7);
    expect(h.badge.get(3)).toBe('×');
  });

  it('takes back an earlier × in the same page once the reader goes in', async () => {
    h.badge.set(3, '×');
    await toggleReader(3, 'action');
    expect(h.badge.get(3)).toBe('');
  });

  it('says nothing for a tab the user did not point at (quiet)', async () => {
    h.tab.url = 'chrome://newtab/';
    h.tab.protectedPage = true;
    expect(await openReader(3, 'menu', { quiet: true })).toBeNull();
    expect(h.badge.get(3) ?? '').toBe('');
  });
});
