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
  if (probe?.result === true) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [readerScript] });
}
