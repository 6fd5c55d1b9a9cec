import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';

// Browsers offer no way to open a context menu from a test, so the menu handlers are driven
// here against a recorded browser: what is asked for, in which order, and what is opened.
const h = vi.hoisted(() => {
  const log: string[] = [];
  const state = { readerIn: new Set<number>(), grant: true, injectable: true, settings: null as unknown as Settings, saved: [] as unknown[] };
  const listeners = { updated: new Set<(id: number, change: { status?: string }) => void>() };
  const browser = {
    i18n: { getMessage: (key: string) => `msg:${key}` },
    contextMenus: {
      removeAll: async () => void log.push('menus:removeAll'),
      create: (item: { id: string; contexts: string[] }) => void log.push(`menus:create ${item.id} ${item.contexts.join(',')}`),
    },
    permissions: {
      request: async ({ origins }: { origins: string[] }) => {
        log.push(`permissions:request ${origins.join(' ')}`);
        return state.grant;
      },
      contains: async () => state.grant,
    },
    tabs: {
      create: async ({ url }: { url: string }) => {
        log.push(`tabs:create ${url}`);
        return { id: 77, status: 'loading' };
      },
      get: async () => ({ id: 77, status: 'loading' }),
      onUpdated: {
        addListener: (fn: (id: number, change: { status?: string }) => void) => listeners.updated.add(fn),
        removeListener: (fn: (id: number, change: { status?: string }) => void) => listeners.updated.delete(fn),
      },
      onRemoved: { addListener: () => undefined, removeListener: () => undefined },
    },
  };
  return { log, state, listeners, browser };
});

vi.mock('webextension-polyfill', () => ({ default: h.browser }));
// The real toggle.ts runs, on top of a recorded injection, badge and message.
vi.mock('../../../src/background/inject', () => ({
  injectReader: async (tabId: number) => {
    if (!h.state.injectable) {
      h.log.push(`inject refused ${tabId}`);
      return 'refused';
    }
    h.log.push(`inject ${tabId}`);
    h.state.readerIn.add(tabId);
    return 'injected';
  },
}));
vi.mock('../../../src/background/unavailable', () => ({
  signalUnavailable: async (tabId: number) => void h.log.push(`unavailable ${tabId}`),
  clearUnavailable: async () => undefined,
}));
vi.mock('../../../src/shared/toContent', () => ({
  sendToContent: async (tabId: number, message: { type: string; source: string }) => {
    // The click path asks first; a tab without the reader has no receiver yet.
    if (!h.state.readerIn.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    h.log.push(`send ${tabId} ${message.type} ${message.source}`);
    return { open: true, found: true };
  },
}));
vi.mock('../../../src/settings/browserStore', () => ({
  settingsStore: {
    load: async () => h.state.settings,
    save: async (patch: SettingsPatch) => {
      h.state.saved.push(patch);
      return { ...h.state.settings, ...patch };
    },
  },
}));

const { createContextMenus, onContextMenuClicked } = await import('../../../src/background/contextMenus');

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  h.log.length = 0;
  h.state.grant = true;
  h.state.injectable = true;
  h.state.readerIn.clear();
  h.state.saved = [];
  h.state.settings = defaultSettings();
  h.listeners.updated.clear();
});

describe('context menus', () => {
  it('offers the reader on pages, on links and on the toolbar button', async () => {
    await createContextMenus();
    expect(h.log).toEqual([
      'menus:removeAll',
      'menus:create lucid-open-page page',
      'menus:create lucid-open-link link',
      'menus:create lucid-always-open action',
    ]);
  });

  it('"Open in reader view" opens the reader in the tab it was used on', async () => {
    onContextMenuClicked({ menuItemId: 'lucid-open-page', editable: false, modifiers: [] }, { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
    await settle();
    expect(h.log).toEqual(['inject 5', 'send 5 reader:open menu']);
  });

  it('"Open in reader view" on a page the browser protects says so with the badge', async () => {
    h.state.injectable = false;
    onContextMenuClicked({ menuItemId: 'lucid-open-page', editable: false, modifiers: [] }, { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false });
    await settle();
    expect(h.log).toEqual(['inject refused 5', 'unavailable 5']);
  });

  it('"Open link in reader view" asks for the link’s site first, then opens it in reader view once loaded', async () => {
    onContextMenuClicked(
      { menuItemId: 'lucid-open-link', linkUrl: 'https://www.example.org/story/1', editable: false, modifiers: [] },
      { id: 5, index: 2, highlighted: true, active: true, pinned: false, incognito: false },
    );
    // The request is made synchronously, inside the click's user gesture, for the whole site:
    // a redirect from example.org to www.example.org (or back) stays covered.
    expect(h.log[0]).toBe('permissions:request *://example.org/* *://*.example.org/*');
    await settle();
    expect(h.log).toContain('tabs:create https://www.example.org/story/1');
    expect(h.log).not.toContain('send 77 reader:open menu');
    for (const listener of [...h.listeners.updated]) listener(77, { status: 'complete' });
    await settle();
    expect(h.log.slice(-2)).toEqual(['inject 77', 'send 77 reader:open menu']);
  });

  it('"Open link in reader view" asks for just the host where it is not a site (an IP address)', async () => {
    onContextMenuClicked(
      { menuItemId: 'lucid-open-link', linkUrl: 'http://192.168.1.10/story', editable: false, modifiers: [] },
      { id: 5, index: 2, highlighted: true, active: true, pinned: false, incognito: false },
    );
    expect(h.log[0]).toBe('permissions:request *://192.168.1.10/*');
    await settle();
  });

  it('"Open link in reader view" leaves no "unavailable" badge when the reader cannot go in (the link left the site)', async () => {
    h.state.injectable = false;
    onContextMenuClicked(
      { menuItemId: 'lucid-open-link', linkUrl: 'https://example.org/story/1', editable: false, modifiers: [] },
      { id: 5, index: 2, highlighted: true, active: true, pinned: false, incognito: false },
    );
    await settle();
    for (const listener of [...h.listeners.updated]) listener(77, { status: 'complete' });
    await settle();
    expect(h.log).toContain('tabs:create https://example.org/story/1');
    expect(h.log.filter((line) => /^(inject|send|unavailable) /.test(line))).toEqual(['inject refused 77']);
  });

  it('"Open link in reader view" without the site’s access still opens the link, as a plain tab', async () => {
    h.state.grant = false;
    onContextMenuClicked(
      { menuItemId: 'lucid-open-link', linkUrl: 'https://www.example.org/story/1', editable: false, modifiers: [] },
      { id: 5, index: 2, highlighted: true, active: true, pinned: false, incognito: false },
    );
    await settle();
    for (const listener of [...h.listeners.updated]) listener(77, { status: 'complete' });
    await settle();
    expect(h.log).toContain('tabs:create https://www.example.org/story/1');
    expect(h.log.some((line) => /^(inject|send|unavailable) /.test(line))).toBe(false);
  });

  it('"Always open articles on this site" asks for the whole site (its registrable domain) and lists it once granted', async () => {
    onContextMenuClicked(
      { menuItemId: 'lucid-always-open', pageUrl: 'https://news.example.co.uk/a/1', editable: false, modifiers: [] },
      { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url: 'https://news.example.co.uk/a/1' },
    );
    expect(h.log[0]).toBe('permissions:request *://example.co.uk/* *://*.example.co.uk/*');
    await settle();
    expect(h.state.saved).toHaveLength(1);
    expect((h.state.saved[0] as SettingsPatch).autoOpenDomains).toContain('example.co.uk');
  });

  it('"Open link in reader view" on a subdomain asks for the link’s whole site, never a public suffix', async () => {
    onContextMenuClicked(
      { menuItemId: 'lucid-open-link', linkUrl: 'https://edition.cnn.com/2026/11/30/world/story', editable: false, modifiers: [] },
      { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url: 'https://example.org/' },
    );
    expect(h.log[0]).toBe('permissions:request *://cnn.com/* *://*.cnn.com/*');
    h.log.length = 0;
    onContextMenuClicked(
      { menuItemId: 'lucid-open-link', linkUrl: 'http://www.co.uk/', editable: false, modifiers: [] },
      { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url: 'https://example.org/' },
    );
    expect(h.log[0]).toBe('permissions:request *://www.co.uk/*');
    await settle();
  });

  it('"Always open articles on this site" changes nothing when access is refused', async () => {
    h.state.grant = false;
    onContextMenuClicked(
      { menuItemId: 'lucid-always-open', pageUrl: 'https://news.example.org/a/1', editable: false, modifiers: [] },
      { id: 5, index: 0, highlighted: true, active: true, pinned: false, incognito: false, url: 'https://news.example.org/a/1' },
    );
    await settle();
    expect(h.state.saved).toEqual([]);
  });
});
