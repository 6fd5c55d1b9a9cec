// The options page's highlights on the extension API; what it wires is pure (library.ts, writer.ts).
import browser from 'webextension-polyfill';
import { createHighlightsLibrary } from './library';
import { createHighlightWriter, extensionLocks } from './writer';

/**
 * The options page writes storage.local itself (extension pages send the background no
 * messages). Its writer takes the same Web Lock per article as the background's, and both are
 * of the extension's origin, so a delete or an import never interleaves with a tab's change.
 */
export const browserHighlightsLibrary = createHighlightsLibrary({
  readAll: () => browser.storage.local.get(null),
  onChanged: (listener) => {
    const forward = (changes: Record<string, { newValue?: unknown }>, areaName: string): void => listener(changes, areaName);
    browser.storage.onChanged.addListener(forward);
    return () => browser.storage.onChanged.removeListener(forward);
  },
  writer: createHighlightWriter(browser.storage.local, extensionLocks()),
});
