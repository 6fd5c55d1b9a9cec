import { extractArticle, MIN_UNMARKED_CHARS } from '../extract';
import { findNextPage } from '../extract/pagination';
import type { BlockRule } from '../extract';
import type { Extraction, PageSnapshot } from '../shared/messages';

/**
 * The extraction itself, where it runs in the extension: Chromium's offscreen document
 * (./main.ts) and Firefox's background page. It parses each snapshot the tab sent and runs the
 * same pipeline the tab once ran on its live document, so the tab's main thread only serializes.
 */

/**
 * A parsed document resolves relative addresses against the extension page it was parsed in,
 * not the page it came from: the page's own `<base href>` is made absolute against the page's
 * address, or one is added, so that `baseURI` is what it was in the tab.
 */
function rebase(doc: Document, url: string): void {
  const base = doc.querySelector('base[href]');
  try {
    const href = new URL(base?.getAttribute('href') ?? '', url).href;
    if (base) {
      base.setAttribute('href', href);
    } else {
      const added = doc.createElement('base');
      added.setAttribute('href', href);
      doc.head.prepend(added);
    }
  } catch {
    // An address that is no URL: links keep resolving against it as they can.
  }
}

/**
 * Parses HTML as the browser's DOMParser does: scripting disabled, so `<noscript>` content is
 * markup (as in the Node bench's jsdom), nothing runs and nothing loads.
 */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const isReadable = (extraction: { article: Extraction['article'] }): boolean =>
  extraction.article !== null && extraction.article.textContent.length >= MIN_UNMARKED_CHARS;

/**
 * The first snapshot with a readable article, else what the first one gave (an article too short,
 * or none). `siteRules`: the page's site's rules, which the background read from storage.
 */
export function extractSnapshots(documents: readonly PageSnapshot[], parse: (html: string) => Document = parseHtml, siteRules: readonly BlockRule[] = []): Extraction {
  let first: Extraction | null = null;
  for (const snapshot of documents) {
    const doc = parse(snapshot.html);
    rebase(doc, snapshot.url);
    const article = extractArticle(doc, { url: snapshot.url, siteRules });
    const found: Extraction = { article, nextPage: null, readable: false };
    found.readable = isReadable(found);
    if (first === null) {
      // The page's own pager leads on, whichever document's story is shown.
      found.nextPage = findNextPage(doc, snapshot.url);
      first = found;
    }
    if (found.readable) return { ...found, nextPage: first.nextPage };
  }
  return first ?? { article: null, nextPage: null, readable: false };
}
