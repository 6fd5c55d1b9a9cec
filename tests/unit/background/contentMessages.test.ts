import { beforeEach, describe, expect, it, vi } from 'vitest';

// The background's one message listener, against an in-memory browser: which senders it
// answers, and what the tab then gets (the reader opened in it, or nothing).
const h = vi.hoisted(() => {
  const toTabs: string[] = [];
  const listeners: ((message: unknown, sender: unknown) => unknown)[] = [];
  const area = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };
  const noEvents = { addListener: () => undefined, removeListener: () => undefined };
  const browser = {
    runtime: { id: 'ours', onMessage: { addListener: (l: (message: unknown, sender: unknown) => unknown) => void listeners.push(l) } },
    storage: { sync: area, local: area, onChanged: noEvents },
    permissions: { contains: async () => true, request: async () => true, remove: async () => true, onAdded: noEvents, onRemoved: noEvents },
    i18n: { getMessage: (key: string) => key },
    action: { getBadgeText: async () => '', setBadgeText: async () => undefined, setTitle: async () => undefined, setBadgeBackgroundColor: async () => undefined },
    tabs: {
      sendMessage: async (tabId: number, message: { type: string; source: string }) => {
        toTabs.push(`${tabId} ${message.type} ${message.source}`);
        return { open: true, found: true };
      },
    },
  };
  return { toTabs, listeners, browser };
});

vi.mock('webextension-polyfill', () => ({ default: h.browser }));
vi.mock('../../../src/content/reader.ts?iife', () => ({ default: 'src/content/reader.js' }));

const { listenToContentScripts } = await import('../../../src/background/contentMessages');
listenToContentScripts();

const ARTICLE = 'https://www.newsx.com/world/story-1';
const topFrame = { id: 'ours', frameId: 0, url: ARTICLE, tab: { id: 7 } };

/** The parts of a sender the browser fills in for a content script's message. */
interface Sender {
  id?: string;
  frameId?: number;
  url?: string;
  tab?: { id: number };
}

function deliver(message: unknown, sender: Sender): unknown {
  const [listener] = h.listeners;
  if (!listener) throw new Error('no listener');
  return listener(message, sender);
}

beforeEach(() => {
  h.toTabs.length = 0;
});

describe('messages the background hears', () => {
  it('opens the reader when our detection script in a tab’s top frame finds an article on a listed site', async () => {
    expect(await deliver({ type: 'auto:article-found' }, topFrame)).toEqual({ open: true, found: true });
    expect(h.toTabs).toEqual(['7 reader:open auto']);
  });

  it('ignores other extensions, our own extension pages, subframes and pages outside a tab', async () => {
    const message = { type: 'auto:article-found' };
    expect(deliver(message, { ...topFrame, id: 'someone-else' })).toBeUndefined();
    expect(deliver(message, { id: 'ours', url: 'chrome-extension://ours/src/options/index.html' })).toBeUndefined();
    expect(deliver(message, { ...topFrame, frameId: 2 })).toBeUndefined();
    expect(deliver(message, { ...topFrame, tab: { id: -1 } })).toBeUndefined();
    await Promise.resolve();
    expect(h.toTabs).toEqual([]);
  });

  it('ignores messages of unknown shape, and ones meant for the content side', () => {
    expect(deliver({ type: 'reader:open', source: 'auto' }, topFrame)).toBeUndefined();
    expect(deliver({ type: 'sites:choose', choice: 'everything' }, topFrame)).toBeUndefined();
    expect(deliver({ type: 'reader:next-page' }, topFrame)).toBeUndefined();
    expect(deliver('auto:article-found', topFrame)).toBeUndefined();
  });

  it('takes the page’s address from the browser, not the message: a page off the list does not open', async () => {
    expect(await deliver({ type: 'auto:article-found', url: ARTICLE }, { ...topFrame, url: 'https://elsewhere.example/a' })).toBeNull();
    expect(h.toTabs).toEqual([]);
  });
});
