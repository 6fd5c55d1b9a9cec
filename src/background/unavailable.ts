import browser from 'webextension-polyfill';

// Pages the browser keeps extensions out of (chrome://, the web store, PDF viewer, about:…)
// make executeScript reject. The user still deserves an answer to their click: a badge and
// a tooltip on this tab, cleared when the tab navigates.
const marked = new Set<number>();

export async function signalUnavailable(tabId: number): Promise<void> {
  marked.add(tabId);
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '×' }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#5f6368' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitleUnavailable') }),
  ]);
}

export async function clearUnavailable(tabId: number): Promise<void> {
  if (!marked.delete(tabId)) return;
  await Promise.allSettled([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') }),
  ]);
}
