import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { matchPatternsFor } from '../settings/domains';
import { siteDomain } from '../settings/publicSuffix';
import { settingsStore } from '../settings/browserStore';
import { hasSiteAccess } from '../shared/siteAccess';
import { siteChoiceChange } from '../settings/siteChoice';
import { webHost } from '../settings/sitePolicy';
import { whenLoaded } from './tabLoad';
import { openReader } from './toggle';

const OPEN_PAGE = 'lucid-open-page';
const OPEN_LINK = 'lucid-open-link';
const ALWAYS_OPEN = 'lucid-always-open';

/** Menus outlive the service worker, so they are (re)made once per install or update. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const title = (key: string): string => browser.i18n.getMessage(key);
  browser.contextMenus.create({ id: OPEN_PAGE, title: title('menuOpenInReader'), contexts: ['page'] });
  browser.contextMenus.create({
    id: OPEN_LINK,
    title: title('menuOpenLinkInReader'),
    contexts: ['link'],
    targetUrlPatterns: ['http://*/*', 'https://*/*'],
  });
  browser.contextMenus.create({ id: ALWAYS_OPEN, title: title('menuAlwaysOpenHere'), contexts: ['action'] });
}

/**
 * Where "Open link in reader view" asks for access: the link's whole site (its registrable
 * domain) and its subdomains, as a listed site would, since links often redirect within the
 * site (edition.cnn.com → www.cnn.com). A host that is not under a site (an IP address,
 * localhost, a public suffix such as www.co.uk) gets just itself.
 */
function linkAccessPatterns(host: string): string[] {
  const domain = siteDomain(host);
  return domain === null ? [`*://${host}/*`] : matchPatternsFor(domain);
}

/**
 * The reader goes into the new tab by script, which needs host access to the link's site. The
 * request is made first thing, while the click still counts as the user's gesture; it resolves
 * at once where access is already held. Without it the page still opens, as a plain tab.
 */
function openLinkInReader(linkUrl: string, opener: Tabs.Tab | undefined): void {
  const host = webHost(linkUrl);
  if (host === null) return;
  const access = browser.permissions.request({ origins: linkAccessPatterns(host) }).catch(() => false);
  void (async () => {
    const tab = await browser.tabs.create({
      url: linkUrl,
      active: true,
      ...(opener?.id !== undefined ? { openerTabId: opener.id } : {}),
      ...(opener?.index !== undefined ? { index: opener.index + 1 } : {}),
    });
    if (tab.id === undefined || !(await access)) return;
    await whenLoaded(tab.id);
    // Quiet: if the link left the site (a redirect elsewhere), the reader cannot go in, and the
    // page is an ordinary one, not one the browser protects.
    await openReader(tab.id, 'menu', { quiet: true });
  })();
}

/** "Always open articles on this site" from the toolbar button's menu, a gesture like the link's. */
function alwaysOpenSite(pageUrl: string | undefined): void {
  const host = webHost(pageUrl);
  const domain = host === null ? null : siteDomain(host);
  if (host === null || domain === null) return;
  const access = browser.permissions.request({ origins: matchPatternsFor(domain) }).catch(() => false);
  void (async () => {
    const change = siteChoiceChange(await settingsStore.load(), host, 'always');
    if (change === null) return;
    // An already listed parent domain (bbc.com for news.bbc.com) needs its own access.
    const granted = change.domain === domain ? await access : await hasSiteAccess(change.domain);
    if (granted) await settingsStore.save(change.patch);
  })();
}

export function onContextMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  switch (info.menuItemId) {
    case OPEN_PAGE:
      void openReader(tab?.id, 'menu');
      return;
    case OPEN_LINK:
      if (info.linkUrl) openLinkInReader(info.linkUrl, tab);
      return;
    case ALWAYS_OPEN:
      alwaysOpenSite(tab?.url ?? info.pageUrl);
      return;
  }
}
