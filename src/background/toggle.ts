import { injectReader } from './inject';
import { signalUnavailable, clearUnavailable } from './unavailable';
import { sendToContent } from '../shared/toContent';
import type { OpenSource, ReaderStatus } from '../shared/messages';
import { errorText, trace } from './clickTrace';
import { prepareExtraction } from './extraction';

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

type Type = 'reader:toggle' | 'reader:open';

/**
 * The message to the reader in the tab, or null when no reader listens there: "Receiving end
 * does not exist", or (another of our scripts listening, or the page just navigated) no answer.
 */
async function ask(tabId: number, type: Type, source: OpenSource): Promise<ReaderStatus | null> {
  try {
    const status = (await sendToContent(tabId, { type, source })) ?? null;
    trace(tabId, 'send:done', { type, status });
    return status;
  } catch (error) {
    trace(tabId, 'send:no-reader', { type, error: errorText(error) });
    return null;
  }
}

/** The reader's answer, shown: a page it cannot be shown on gets the badge saying why. */
async function answered(tabId: number, status: ReaderStatus | null, quiet: boolean): Promise<ReaderStatus | null> {
  if (status?.notice !== undefined) {
    if (!quiet) await signalUnavailable(tabId, status.notice);
  } else if (status !== null) {
    // A tab that refused an earlier click in this page (the race in inject.ts) now has the reader.
    await clearUnavailable(tabId);
  }
  return status;
}

async function runInTab(tabId: number | undefined, source: OpenSource, type: Type, { quiet = false }: RunOptions): Promise<ReaderStatus | null> {
  if (tabId === undefined || tabId < 0) return null;
  // Off the click path: the extraction document gets ready while the tab is asked and injected.
  prepareExtraction();
  // Once the reader is in a page it answers straight away; only the first use injects it.
  const present = await ask(tabId, type, source);
  if (present !== null) return answered(tabId, present, quiet);
  if ((await injectReader(tabId)) === 'refused') {
    // Expected on pages the browser protects: not an error worth logging.
    if (!quiet) await signalUnavailable(tabId);
    return null;
  }
  const status = await ask(tabId, type, source);
  // Injected, yet no reader answers: Firefox resolves the injection on pages it keeps
  // extensions out of (about:support…) without running anything there.
  if (status === null && !quiet) await signalUnavailable(tabId);
  return answered(tabId, status, quiet);
}
