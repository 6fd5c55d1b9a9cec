import browser from 'webextension-polyfill';

// Pages the browser keeps extensions out of (chrome://, the web store, PDF viewer, about:…)
// make executeScript reject. The user still deserves an answer to their click: a badge and a
// tooltip on this tab alone. The browser resets a tab's own badge and title when the tab
// navigates, so nothing needs to watch for that.
const BADGE = '×';

export async function signalUnavailable(tabId: number): Promise<void> {
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: BADGE }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#5f6368' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitleUnavailable') }),
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
