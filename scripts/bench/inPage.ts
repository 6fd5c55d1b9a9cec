/**
 * What the in-browser bench reads from a page, as expressions for the page's main world. They
 * are strings, not functions: tsx names functions through a helper the page does not have.
 */
import { HOST_SELECTOR } from '../../src/reader/host';

export type ReaderState = 'opened' | 'no-article' | null;

/**
 * Stamps the wall-clock time the reader's host element enters the page, so the open time does
 * not include the bench's own polling interval.
 */
export const STAMP_READER_ARRIVAL = `(() => {
  delete globalThis.__lucidBenchOpenedAt;
  if (document.querySelector(${JSON.stringify(HOST_SELECTOR)})) return;
  const observer = new MutationObserver(() => {
    if (!document.querySelector(${JSON.stringify(HOST_SELECTOR)})) return;
    globalThis.__lucidBenchOpenedAt = Date.now();
    observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
})()`;

export const READER_ARRIVED_AT = `globalThis.__lucidBenchOpenedAt ?? null`;

/**
 * The reader's shadow root is closed, out of the page's reach: these two are functions of the
 * root, run through CDP (tests/e2e/support/readerAccess.ts, inReaderSourceCdp).
 * Whether it shows an article or its "no article" line.
 */
export const READER_STATE = `(root) => {
  if (root.querySelector('.lr-content')) return 'opened';
  if (root.querySelector('#lr-empty-msg')) return 'no-article';
  return null;
}`;

/** The article body as the reader shows it (title and byline line are not part of it). */
export const READER_CONTENT_HTML = `(root) => root.querySelector('.lr-content')?.innerHTML ?? ''`;

/**
 * Raw Readability in the same page, on a clone of the document as it stands before the click.
 * `source` is Readability.js itself; evaluated through the debugger, it runs in the main world,
 * which a page's Content-Security-Policy does not govern.
 */
export function rawReadabilityExpression(source: string): string {
  return `(() => {
    ${source}
    ;const start = performance.now();
    const parsed = new Readability(document.cloneNode(true)).parse();
    return { text: parsed && parsed.textContent ? parsed.textContent : '', ms: performance.now() - start };
  })()`;
}

/**
 * With --trace: the page's own history calls and same-document navigations, each with the
 * wall-clock time, to set beside the extension's click-path log. Installed before the page's
 * scripts run; the calls themselves go through unchanged.
 */
export const RECORD_HISTORY = `(() => {
  const log = (globalThis.__lucidBenchHistory = []);
  for (const kind of ['pushState', 'replaceState']) {
    const original = history[kind];
    history[kind] = function (...args) {
      log.push({ at: Date.now(), kind, url: args[2] === undefined ? null : String(args[2]) });
      return original.apply(this, args);
    };
  }
  addEventListener('popstate', () => log.push({ at: Date.now(), kind: 'popstate', url: location.href }));
  addEventListener('hashchange', () => log.push({ at: Date.now(), kind: 'hashchange', url: location.href }));
})()`;

export const HISTORY_LOG = `globalThis.__lucidBenchHistory ?? []`;
