import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { fakeBrowser } from '../support/browser';
import { fakeHostAccess, type HostAccess } from '../support/permissions';
import { defaultSettings } from '../../../src/settings/schema';

// Browsers offer no way to open a context menu from a test, so the menu handlers are driven
// here against the in-memory browser (tabs, storage, badges) with its host access
// (support/permissions.ts). The test plays the page's side, which no fake knows: whether the
// reader's script is in a tab, and whether the browser refuses to put it there.
const page = { readerIn: new Set<number>(), injectable: true };
const log: string[] = [];
const menus: string[] = [];
let access: HostAccess;

// The built file's name is all the background needs of the reader bundle.
vi.mock('../../../src/content/reader.ts?iife', () => ({ default: 'src/content/reader.js' }));

const { createContextMenus, onContextMenuClicked } = await import('../../../src/background/contextMenus');
const { settingsStore } = await import('../../../src/settings/browserStore');
const { siteAccess } = await import('../../../src/settings/browserSiteAccess');

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const createdUrls = () => vi.mocked(fakeBrowser.tabs.create).mock.calls.map(([props]) => props.url);
let opener: Tabs.Tab;

/** The last tab the menu opened: the link's. */
async function linkTab(): Promise<Tabs.Tab> {
  await vi.waitFor(() => expect(vi.mocked(fakeBrowser.tabs.create).mock.results.length).toBeGreaterThan(1));
  return (await vi.mocked(fakeBrowser.tabs.create).mock.results.at(-1)?.value) as Tabs.Tab;
}

type UpdatedTab = Parameters<typeof fakeBrowser.tabs.onUpdated.trigger>[2];
const loaded = (tab: Tabs.Tab) => fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status: 'complete' } as UpdatedTab);

/** The link's tab finishes loading, once the menu waits for it. */
async function finishLoading(tab: Tabs.Tab): Promise<void> {
  await vi.waitFor(() => expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true));
  await loaded(tab);
}

/** The site choice's answer (the menu handler itself returns nothing to wait on). */
const lastChoice = () => vi.mocked(siteAccess.choose).mock.results.at(-1)?.value;

beforeEach(async () => {
  // Each test reads its own calls: spies from the test before are taken off first.
  vi.restoreAllMocks();
  log.length = 0;
  menus.length = 0;
  page.readerIn.clear();
  page.injectable = true;
  access = fakeHostAccess();
  vi.spyOn(siteAccess, 'choose');
  vi.spyOn(fakeBrowser.tabs, 'create');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => `msg:${key}`);
  vi.spyOn(fakeBrowser.contextMenus, 'removeAll').mockImplementation(async () => void menus.push('removeAll'));
  vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(((item: { id: string; contexts: string[]; title: string }) => {
    menus.push(`${item.id} ${item.contexts.join(',')} ${item.title}`);
    return item.id;
  }) as typeof fakeBrowser.contextMenus.create);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: { type: string; source: string }) => {
    if (!page.readerIn.has(tabId)) throw new Error('Could not establish connection. Receiving end does not exist.');
    log.push(`send ${tabId} ${message.type} ${message.source}`);
    return { open: true, found: true };
  }) as typeof fakeBrowser.tabs.sendMessage);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({ target }: { target: { tabId: number } }) => {
    if (!page.injectable) {
      // Firefox's answer where it keeps extensions out: no frame injected; Chromium's is a rejection.
      log.push(`inject refused ${target.tabId}`);
      return [];
    }
    log.push(`inject ${target.tabId}`);
    page.readerIn.add(target.tabId);
    return [{ frameId: 0, result: null, documentId: String(target.tabId) }];
  }) as unknown as typeof fakeBrowser.scripting.executeScript);
  opener = await fakeBrowser.tabs.create({ url: 'https://news.example.co.uk/a/1', active: true });
});

const click = (menuItemId: string, extra: { linkUrl?: string; pageUrl?: string } = {}, tab: Tabs.Tab = opener): void =>
  onContextMenuClicked({ menuItemId, editable: false, modifiers: [], ...extra }, tab);

describe('context menus', () => {
  it('offers the reader on pages, on links and on the toolbar button', async () => {
    await createContextMenus();
    expect(menus).toEqual([
      'removeAll',
      'lucid-open-page page msg:menuOpenInReader',
      'lucid-open-link link msg:menuOpenLinkInReader',
      'lucid-always-open action msg:menuAlwaysOpenHere',
    ]);
  });

  it('"Open in reader view" opens the reader in the tab it was used on', async () => {
    click('lucid-open-page');
    await vi.waitFor(() => expect(log).toEqual([`inject ${opener.id}`, `send ${opener.id} reader:open menu`]));
    expect(await badge(opener.id!)).toBe('');
  });

  it('"Open in reader view" on a page the browser protects says so with the badge', async () => {
    page.injectable = false;
    click('lucid-open-page');
    await vi.waitFor(async () => expect(await badge(opener.id!)).toBe('×'));
    expect(log).toEqual([`inject refused ${opener.id}`]);
  });

  it('"Open link in reader view" asks for the link’s site first, then opens it in reader view once loaded', async () => {
    click('lucid-open-link', { linkUrl: 'https://www.example.org/story/1' });
    // The request is made synchronously, inside the click's user gesture, for the whole site:
    // a redirect from example.org to www.example.org (or back) stays covered.
    expect(access.requests).toEqual([['*://example.org/*', '*://*.example.org/*']]);
    const tab = await linkTab();
    expect(tab.url).toBe('https://www.example.org/story/1');
    expect(tab.active).toBe(true);
    await vi.waitFor(() => expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(true));
    expect(log).toEqual([]);
    await finishLoading(tab);
    await vi.waitFor(() => expect(log).toEqual([`inject ${tab.id}`, `send ${tab.id} reader:open menu`]));
  });

  it('"Open link in reader view" asks for just the host where it is not a site (an IP address)', async () => {
    click('lucid-open-link', { linkUrl: 'http://192.168.1.10/story' });
    expect(access.requests).toEqual([['*://192.168.1.10/*']]);
    expect((await linkTab()).url).toBe('http://192.168.1.10/story');
  });

  it('"Open link in reader view" leaves no "unavailable" badge when the reader cannot go in (the link left the site)', async () => {
    page.injectable = false;
    click('lucid-open-link', { linkUrl: 'https://example.org/story/1' });
    const tab = await linkTab();
    expect(tab.url).toBe('https://example.org/story/1');
    const badgeSet = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await finishLoading(tab);
    await vi.waitFor(() => expect(log).toEqual([`inject refused ${tab.id}`]));
    // The quiet path ends with the refusal; the badge would be set in the same chain of promises,
    // which has run out by the time the poll above sees the refusal.
    expect(badgeSet).not.toHaveBeenCalled();
    expect(await badge(tab.id!)).toBe('');
  });

  it('"Open link in reader view" without the site’s access still opens the link, as a plain tab', async () => {
    access.grant = false;
    click('lucid-open-link', { linkUrl: 'https://www.example.org/story/1' });
    const tab = await linkTab();
    expect(tab.url).toBe('https://www.example.org/story/1');
    // Without access the menu never waits for the tab to load, so nothing can go in later.
    await vi.waitFor(async () => expect(await vi.mocked(fakeBrowser.permissions.request).mock.results[0]?.value).toBe(false));
    await loaded(tab);
    expect(fakeBrowser.tabs.onUpdated.hasListeners()).toBe(false);
    expect(log).toEqual([]);
    expect(await badge(tab.id!)).toBe('');
  });

  it('"Always open articles on this site" asks for the whole site (its registrable domain) and lists it once granted', async () => {
    click('lucid-always-open', { pageUrl: 'https://news.example.co.uk/a/1' });
    expect(access.requests).toEqual([['*://example.co.uk/*', '*://*.example.co.uk/*']]);
    expect(await lastChoice()).toEqual({ outcome: 'listed', domain: 'example.co.uk' });
    expect((await settingsStore.load()).autoOpenDomains).toContain('example.co.uk');
  });

  it('"Open link in reader view" on a subdomain asks for the link’s whole site, never a public suffix', async () => {
    const example = await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    click('lucid-open-link', { linkUrl: 'https://edition.cnn.com/2026/11/30/world/story' }, example);
    expect(access.requests).toEqual([['*://cnn.com/*', '*://*.cnn.com/*']]);
    click('lucid-open-link', { linkUrl: 'http://www.co.uk/' }, example);
    expect(access.requests.at(-1)).toEqual(['*://www.co.uk/*']);
    await vi.waitFor(() => expect(createdUrls()).toEqual(expect.arrayContaining(['https://edition.cnn.com/2026/11/30/world/story', 'http://www.co.uk/'])));
  });

  it('"Always open articles on this site" changes nothing when access is refused', async () => {
    access.grant = false;
    const before = await settingsStore.load();
    click('lucid-always-open', { pageUrl: 'https://news.example.org/a/1' }, await fakeBrowser.tabs.create({ url: 'https://news.example.org/a/1' }));
    expect(await lastChoice()).toEqual({ outcome: 'refused', domain: 'example.org' });
    expect(await settingsStore.load()).toEqual(before);
    expect(before.autoOpenDomains).toEqual(defaultSettings().autoOpenDomains);
  });
});
