import { beforeEach, describe, expect, it, vi } from 'vitest';

import { fakeBrowser } from '../support/browser';
import { fakeHostAccess } from '../support/permissions';

// The background's one message listener, against the in-memory browser (settings in its
// storage, host access held for the listed site): which senders it answers, and what the tab
// then gets (the reader opened in it, or nothing).
const toTabs: string[] = [];
type Listener = (message: unknown, sender: unknown) => unknown;
let listener: Listener | undefined;

vi.mock('../../../src/content/reader.ts?iife', () => ({ default: 'src/content/reader.js' }));
// Where the snapshots would be parsed (an offscreen document, a background page): what reaches it is the point here.
const extracted: string[][] = [];
const rulesGiven: unknown[] = [];
vi.mock('../../../src/background/extraction', () => ({
  prepareExtraction: () => undefined,
  extractInExtension: async (documents: { url: string }[], siteRules: unknown) => {
    extracted.push(documents.map((d) => d.url));
    rulesGiven.push(siteRules);
    return { article: null, nextPage: null, readable: false };
  },
}));

const { listenToContentScripts } = await import('../../../src/background/contentMessages');

const ARTICLE = 'https://www.newsx.com/world/story-1';
const OURS = fakeBrowser.runtime.id;
const topFrame = { id: OURS, frameId: 0, url: ARTICLE, tab: { id: 7 } };

/** The parts of a sender the browser fills in for a content script's message. */
interface Sender {
  id?: string;
  frameId?: number;
  url?: string;
  tab?: { id: number };
}

/** The listener's own answer, as the browser gets it (undefined: not ours to answer). */
function deliver(message: unknown, sender: Sender): unknown {
  if (!listener) throw new Error('no listener');
  return listener(message, sender);
}

beforeEach(() => {
  vi.restoreAllMocks();
  toTabs.length = 0;
  extracted.length = 0;
  fakeHostAccess(['*://newsx.com/*', '*://*.newsx.com/*']);
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string; source: string }) => {
    toTabs.push(`${tabId} ${message.type} ${message.source}`);
    return { open: true, found: true };
  }) as typeof fakeBrowser.tabs.sendMessage);
  // The fake browser drops its listeners between tests: the background registers anew, as on each wake-up.
  const added = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  listenToContentScripts();
  listener = added.mock.calls[0]?.[0] as Listener | undefined;
});

describe('messages the background hears', () => {
  it('opens the reader when our detection script in a tab’s top frame finds an article on a listed site', async () => {
    expect(await deliver({ type: 'auto:article-found' }, topFrame)).toEqual({ open: true, found: true });
    expect(toTabs).toEqual(['7 reader:open auto']);
  });

  it('ignores other extensions, our own extension pages, subframes and pages outside a tab', async () => {
    const message = { type: 'auto:article-found' };
    expect(deliver(message, { ...topFrame, id: 'someone-else' })).toBeUndefined();
    expect(deliver(message, { id: OURS, url: fakeBrowser.runtime.getURL('src/options/index.html') })).toBeUndefined();
    expect(deliver(message, { ...topFrame, frameId: 2 })).toBeUndefined();
    expect(deliver(message, { ...topFrame, tab: { id: -1 } })).toBeUndefined();
    // A message it does answer, after them: once it is done, anything the others started would be too.
    await deliver(message, { ...topFrame, tab: { id: 8 } });
    expect(toTabs).toEqual(['8 reader:open auto']);
  });

  it('ignores messages of unknown shape, and ones meant for the content side', () => {
    expect(deliver({ type: 'reader:open', source: 'auto' }, topFrame)).toBeUndefined();
    expect(deliver({ type: 'sites:choose', choice: 'everything' }, topFrame)).toBeUndefined();
    expect(deliver({ type: 'reader:next-page' }, topFrame)).toBeUndefined();
    expect(deliver('auto:article-found', topFrame)).toBeUndefined();
  });

  it('takes the page’s address from the browser, not the message: a page off the list does not open', async () => {
    expect(await deliver({ type: 'auto:article-found', url: ARTICLE }, { ...topFrame, url: 'https://elsewhere.example/a' })).toBeNull();
    expect(toTabs).toEqual([]);
  });

  it('extracts the snapshots a page sends of itself and its same-origin frames, and refuses any of another origin', async () => {
    // the site's rules come from storage, whatever the page's message says (issue 24)
    const block = { tag: 'figure', classes: ['lead-image'], landmark: 'article', position: 'before' };
    await fakeBrowser.storage.sync.set({ 'siteRules.newsx.com': { version: 1, rules: [{ id: 'r1', action: 'remove', block, created: 1 }] } });
    const forged = [{ action: 'remove', block: { ...block, tag: 'p', classes: [] } }];
    const own = { type: 'page:extract', documents: [{ html: '<p>a</p>', url: ARTICLE }, { html: '<p>b</p>', url: 'https://www.newsx.com/embed/1' }], siteRules: forged };
    expect(await deliver(own, topFrame)).toEqual({ article: null, nextPage: null, readable: false, site: 'newsx.com' });
    expect(rulesGiven).toEqual([[{ id: 'r1', site: 'newsx.com', action: 'remove', block, created: 1 }]]);
    const foreign = { type: 'page:extract', documents: [{ html: '<p>a</p>', url: ARTICLE }, { html: '<p>b</p>', url: 'https://bank.example/account' }] };
    await expect(deliver(foreign, topFrame)).rejects.toThrow(/another origin/);
    expect(deliver(own, { ...topFrame, frameId: 2 })).toBeUndefined();
    expect(extracted).toEqual([[ARTICLE, 'https://www.newsx.com/embed/1']]);
  });
});
