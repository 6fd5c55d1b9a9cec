import browser from 'webextension-polyfill';
import readerScript from '../content/reader.ts?iife';
import convertersScript from '../content/exportConverters.ts?iife';
import { errorText, trace } from './clickTrace';
import { delay } from '../shared/yielding';

/**
 * Waits before each new try at injecting into a tab the browser says we may read. Chromium
 * grants activeTab to the page's renderer process in a message of its own, which can arrive
 * after the injection request: the renderer then refuses ("Cannot access contents of the
 * page"), although the click's grant is in place. Seen on 7 of 88 fresh tabs in one run over
 * the benchmark pages (README, "The toolbar click"); a try a few dozen ms later goes in.
 * About 1.5 s in all: on a page that stays closed to us, the badge is not held up long.
 */
const RETRY_DELAYS_MS = [25, 50, 100, 200, 400, 800] as const;


/**
 * Without the `tabs` permission the browser shows a tab's address only where the extension may
 * read the page (the click's activeTab grant, or host access): a web page whose address we can
 * see is one the browser lets us into, so a refusal there is the race above, not a policy.
 */
async function readableWebPage(tabId: number): Promise<boolean> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return tab !== null && /^(https?|file):/.test(tab.url ?? '');
}

export type InjectResult = 'injected' | 'refused';

/** Puts the reader's content script into the tab's top frame; a second copy does nothing (see reader.ts). */
export async function injectReader(tabId: number): Promise<InjectResult> {
  for (let attempt = 0; ; attempt++) {
    try {
      const results = await browser.scripting.executeScript({ target: { tabId }, files: [readerScript] });
      // Firefox answers for the pages it keeps extensions out of (about:support…) with no frame
      // injected instead of rejecting as Chrome does.
      if (results.length === 0) {
        trace(tabId, 'inject:refused', { attempt });
        return 'refused';
      }
      trace(tabId, 'inject:done', { attempt });
      return 'injected';
    } catch (error) {
      const retryInMs = RETRY_DELAYS_MS[attempt];
      const readable = retryInMs !== undefined && (await readableWebPage(tabId));
      trace(tabId, 'inject:error', { attempt, error: errorText(error), retryInMs: readable ? retryInMs : null });
      if (!readable) return 'refused';
      await delay(retryInMs);
    }
  }
}

/**
 * Puts the save converters into the tab's top frame, beside the reader that asked (the click's
 * access still holds: the page has not moved on, or the reader would have gone with it).
 */
export async function injectConverters(tabId: number): Promise<boolean> {
  try {
    const results = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [convertersScript] });
    return results.length > 0;
  } catch (error) {
    trace(tabId, 'inject:converters-error', { error: errorText(error) });
    return false;
  }
}
