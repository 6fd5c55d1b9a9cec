import browser from 'webextension-polyfill';
import readerScript from '../content/reader.ts?iife';
import { errorText, trace } from './clickTrace';

interface ReaderGlobal {
  __lucidReader?: unknown;
}

/**
 * Makes sure the reader's content script is in the tab's top frame.
 * Probing first keeps a second click from re-parsing the whole bundle.
 */
export async function ensureReaderInjected(tabId: number): Promise<void> {
  trace(tabId, 'probe:start');
  let probe;
  try {
    [probe] = await browser.scripting.executeScript({
      target: { tabId },
      func: () => Boolean((globalThis as ReaderGlobal).__lucidReader),
    });
  } catch (error) {
    trace(tabId, 'probe:error', { error: errorText(error) });
    throw error;
  }
  trace(tabId, 'probe:done', { result: probe?.result ?? null, frameId: probe?.frameId ?? null });
  if (probe?.result === true) return;
  trace(tabId, 'inject:start');
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [readerScript] });
  } catch (error) {
    trace(tabId, 'inject:error', { error: errorText(error) });
    throw error;
  }
  trace(tabId, 'inject:done');
}
