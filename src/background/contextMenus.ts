import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { siteAccess } from '../settings/browserSiteAccess';
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
 * The reader goes into the new tab by script, which needs host access to the link's site. The
 * request is made first thing, while the click still counts as the user's gesture; it resolves
 * at once where access is already held. Without it the page still opens, as a plain tab.
 */
function openLinkInReader(linkUrl: string, opener: Tabs.Tab | undefined): void {
  const access = siteAccess.requestForPage(linkUrl);
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

/** "Always open articles on this site" from the toolbar button's menu: a click, so access can be asked for. */
function alwaysOpenSite(pageUrl: string | undefined): void {
  void siteAccess.choose(pageUrl, 'always', true);
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
