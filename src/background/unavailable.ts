import browser from 'webextension-polyfill';
import type { PageNotice } from '../shared/messages';

// Pages the browser keeps extensions out of (chrome://, the web store, PDF viewer, about:…)
// make executeScript reject. The user still deserves an answer to their click: a badge and a
// tooltip on this tab alone. The browser resets a tab's own badge and title when the tab
// navigates, so nothing needs to watch for that. Documents the reader runs in but cannot show
// (XML, an image, a PDF) get the same badge, with a tooltip that says why.
const BADGE = '×';

/** `title` is the tooltip's message key: why the reader cannot show this tab. */
export async function signalUnavailable(tabId: number, title: PageNotice | 'actionTitleUnavailable' = 'actionTitleUnavailable'): Promise<void> {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: BADGE }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#5f6368' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage(title) }),
  ]);
}

/** Takes the badge back where an earlier click in the same page set it. */
export async function clearUnavailable(tabId: number): Promise<void> {
  const text = await browser.action.getBadgeText({ tabId }).catch(() => '');
  if (text !== BADGE) return;
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }),
  ]);
}
