import { ensureReaderInjected } from './inject';
import { signalUnavailable, clearUnavailable } from './unavailable';
import { sendToTab } from '../shared/send';
import type { OpenSource, ReaderStatus } from '../shared/messages';

/** Open or close the reader in a tab; never throws, whatever the page is. */
export async function toggleReader(tabId: number | undefined, source: OpenSource): Promise<ReaderStatus | null> {
  return runInTab(tabId, source, 'reader:toggle');
}

export async function openReader(tabId: number | undefined, source: OpenSource): Promise<ReaderStatus | null> {
  return runInTab(tabId, source, 'reader:open');
}

async function runInTab(
  tabId: number | undefined,
  source: OpenSource,
  type: 'reader:toggle' | 'reader:open',
): Promise<ReaderStatus | null> {
  if (tabId === undefined || tabId < 0) return null;
  try {
    await ensureReaderInjected(tabId);
  } catch {
    // Expected on pages the browser protects: not an error worth logging.
    await signalUnavailable(tabId);
    return null;
  }
  await clearUnavailable(tabId);
  try {
    return await sendToTab(tabId, { type, source });
  } catch {
    // The page navigated away between injection and message: nothing to toggle any more.
    return null;
  }
}
