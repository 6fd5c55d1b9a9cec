import browser from 'webextension-polyfill';
import { whenLoaded } from './tabLoad';
import { openReader } from './toggle';

/**
 * The reader's "Next page" link: the tab goes to the article's next page and the reader opens
 * there. Only within the page's own origin, the one the reader was opened on (the browser keeps
 * the click's access across a same-origin navigation); the address the message names is
 * checked against the one the browser reports for the sender.
 */
export async function openNextPage(tabId: number, pageUrl: string, nextUrl: string): Promise<boolean> {
  let next: URL;
  try {
    next = new URL(nextUrl);
    if (next.origin !== new URL(pageUrl).origin || (next.protocol !== 'https:' && next.protocol !== 'http:')) return false;
  } catch {
    return false;
  }
  // The old page is still "complete" for a moment: the new one must have started loading first.
  const started = new Promise<void>((resolve) => {
    const onUpdated = (id: number, change: { status?: string }): void => {
      if (id !== tabId || change.status !== 'loading') return;
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    }, 10_000);
    browser.tabs.onUpdated.addListener(onUpdated);
  });
  await browser.tabs.update(tabId, { url: next.href });
  await started;
  await whenLoaded(tabId);
  return (await openReader(tabId, 'menu', { quiet: true }))?.open === true;
}
