import { ensureReaderInjected } from './inject';
import { signalUnavailable, clearUnavailable } from './unavailable';
import { sendToTab } from '../shared/send';
import type { OpenSource, ReaderStatus } from '../shared/messages';

export interface RunOptions {
  /**
   * Say nothing when the reader cannot go into the tab. For tabs the user did not point at
   * themselves (a link opened from the menu may redirect to a host we hold no access for), the
   * grey "×" would wrongly call an ordinary page one the browser protects.
   */
  quiet?: boolean;
}

/** Open or close the reader in a tab; never throws, whatever the page is. */
export async function toggleReader(tabId: number | undefined, source: OpenSource): Promise<ReaderStatus | null> {
  return runInTab(tabId, source, 'reader:toggle', {});
}

export async function openReader(tabId: number | undefined, source: OpenSource, options: RunOptions = {}): Promise<ReaderStatus | null> {
  return runInTab(tabId, source, 'reader:open', options);
}

async function runInTab(
  tabId: number | undefined,
  source: OpenSource,
  type: 'reader:toggle' | 'reader:open',
  { quiet = false }: RunOptions,
): Promise<ReaderStatus | null> {
  if (tabId === undefined || tabId < 0) return null;
  try {
    await ensureReaderInjected(tabId);
  } catch {
    // Expected on pages the browser protects: not an error worth logging.
    if (!quiet) await signalUnavailable(tabId);
    return null;
  }
  await clearUnavailable(tabId);
  try {
    const status = await sendToTab(tabId, { type, source });
    if (status.notice !== undefined && !quiet) await signalUnavailable(tabId, status.notice);
    return status;
  } catch {
    // The page navigated away between injection and message: nothing to toggle any more.
    return null;
  }
}
