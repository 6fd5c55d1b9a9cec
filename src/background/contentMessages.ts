import browser, { type Runtime } from 'webextension-polyfill';
import { CATALOGUES } from '../i18n/catalogues';
import { isOwnTopFrame, isToBackgroundRequest, snapshotsOfPage, type AnyToBackgroundRequest } from '../shared/messages';
import { chooseForSite, onArticleFound } from './autoOpen';
import { openNextPage } from './nextPage';
import { changeHighlights } from './highlights';
import { injectConverters } from './inject';
import { extractWithSiteRules } from './siteRules';

function handle(message: AnyToBackgroundRequest, tabId: number, url: string): Promise<unknown> {
  switch (message.type) {
    case 'auto:article-found':
      return onArticleFound(tabId, url);
    case 'sites:choose':
      return chooseForSite(url, message.choice);
    case 'reader:next-page':
      return openNextPage(tabId, url, message.url);
    case 'i18n:catalogue':
      return Promise.resolve(CATALOGUES[message.lang] ?? null);
    case 'page:extract':
      if (!snapshotsOfPage(message.documents, url)) return Promise.reject(new Error('a snapshot of another origin'));
      return extractWithSiteRules(message.documents, url);
    case 'highlights:change':
      return changeHighlights(url, message);
    case 'export:converters':
      return injectConverters(tabId);
  }
}

/**
 * Every message the background hears: only from our own content scripts in a tab's top frame
 * (not other extensions, not our extension pages, not subframes), and only of the known shapes.
 * The page's address comes from the browser, not the message.
 */
export function listenToContentScripts(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (!isOwnTopFrame(sender, browser.runtime.id) || !isToBackgroundRequest(message)) return undefined;
    return handle(message, sender.tab.id, sender.url);
  });
}
