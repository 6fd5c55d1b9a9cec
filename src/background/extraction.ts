import browser from 'webextension-polyfill';
import type { BlockRule } from '../siteRules/types';
import type { Extraction, PageSnapshot, ToExtractorRequest } from '../shared/messages';
import { ensureOffscreenDocument, forgetOffscreenDocument } from './offscreen';

/**
 * Where the tab's snapshots are turned into an article: never in the tab. Chromium's service
 * worker has no DOM, so its offscreen document extracts; Firefox's background page has one and
 * extracts itself, loading the extraction code on first use (it is not in Chromium's worker).
 */
const FIREFOX = import.meta.env.MODE === 'firefox';

async function inOffscreenDocument(documents: PageSnapshot[], siteRules: BlockRule[]): Promise<Extraction> {
  const request: ToExtractorRequest<'extractor:extract'> = { type: 'extractor:extract', documents, siteRules };
  for (let attempt = 0; ; attempt++) {
    await ensureOffscreenDocument();
    try {
      return (await browser.runtime.sendMessage(request)) as Extraction;
    } catch (error) {
      // "Receiving end does not exist": the document was closed under us. Make it again, once.
      if (attempt > 0) throw error;
      forgetOffscreenDocument();
    }
  }
}

/** `siteRules`: the page's site's rules, read by the background from storage, never taken from the tab. */
export async function extractInExtension(documents: PageSnapshot[], siteRules: BlockRule[] = []): Promise<Extraction> {
  if (FIREFOX) {
    const { extractSnapshots } = await import('../offscreen/extractSnapshots');
    return extractSnapshots(documents, undefined, siteRules);
  }
  return inOffscreenDocument(documents, siteRules);
}

/**
 * Called where the background handles a click, the shortcut or a menu, beside the injection:
 * the extraction document is ready by the time the tab's snapshot arrives.
 */
export function prepareExtraction(): void {
  if (FIREFOX) {
    void import('../offscreen/extractSnapshots');
    return;
  }
  ensureOffscreenDocument().catch(() => {
    // Tried again, and reported, when the snapshot arrives.
  });
}
