import browser from 'webextension-polyfill';
import readerScript from '../content/reader.ts?iife';

interface ReaderGlobal {
  __lucidReader?: unknown;
}

/**
 * Makes sure the reader's content script is in the tab's top frame.
 * Probing first keeps a second click from re-parsing the whole bundle.
 */
export async function ensureReaderInjected(tabId: number): Promise<void> {
  const [probe] = await browser.scripting.executeScript({
    target: { tabId },
    func: () => Boolean((globalThis as ReaderGlobal).__lucidReader),
  });
  // Firefox answers for the pages it keeps extensions out of (about:support…) with no result
  // instead of rejecting as Chrome does: the probe never ran there, and nor would the reader.
  if (typeof probe?.result !== 'boolean') throw new Error('the browser keeps extensions out of this tab');
  if (probe.result) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [readerScript] });
}
