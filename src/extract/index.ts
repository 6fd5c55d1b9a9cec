/**
 * Article extraction: detection, cleaning around Readability, sanitizing and
 * metadata. Pure DOM code, shared by the content script and the Node benchmark.
 */
import { Readability } from '@mozilla/readability';
import { normText } from './dom';
import { cleanTitle, detectDir, detectLang, detectPublishedTime, metaTags } from './metadata';
import { postcleanContent } from './postclean';
import { cleanCopy } from './preclean';
import { readingTimeMinutes, wordCount } from './readingTime';
import { sanitizeInPlace } from './sanitize';
import { toText } from './text';
import { baseUrlOf } from './urls';

export { isArticlePage } from './detect';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null; // as found (ISO if available)
  lang: string | null; // BCP 47, e.g. "en", "ar", "zh-CN"
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  contentHtml: string; // cleaned + DOMPurify-sanitized article body HTML (no title h1)
  textContent: string; // body text only, blocks separated by "\n\n" (what the benchmark scores)
  wordCount: number;
  readingTimeMinutes: number; // >= 1
}

/** Fewer words than this is not worth a reader view (a short news brief has several times more). */
const MIN_WORDS = 25;

function orNull(s: string | null | undefined): string | null {
  const t = normText(s);
  return t ? t : null;
}

/** Readability scores text, so a hero image beside the story body is often left out: is one already at the top? */
function startsWithMedia(root: Element): boolean {
  const img = root.querySelector('img');
  const p = root.querySelector('p');
  return img !== null && (p === null || (p.compareDocumentPosition(img) & 2) /* PRECEDING */ !== 0);
}

/** Clones `doc` (never mutates it) and returns the cleaned article, or null when there is none. */
export function extractArticle(doc: Document, options?: { url?: string }): ExtractedArticle | null {
  const baseUrl = baseUrlOf(doc, options?.url);
  const { doc: clone, leadMedia } = cleanCopy(doc);

  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse();
  const root = parsed?.content;
  if (!parsed || !root) return null;
  if (leadMedia && !root.contains(leadMedia) && !startsWithMedia(root)) (root.firstElementChild ?? root).prepend(leadMedia);

  const metas = metaTags(doc);
  const title = cleanTitle(doc, metas, normText(parsed.title) || normText(doc.title));
  const byline = orNull(parsed.byline);
  postcleanContent(root, title, byline, baseUrl);
  // The copy has no browsing context, so nothing in it loads or runs while DOMPurify works.
  sanitizeInPlace(root, doc);
  const textContent = toText(root);
  const words = wordCount(textContent);
  // Readability returns something for any page; a few words are a page's chrome, not a story.
  if (words < MIN_WORDS) return null;

  const lang = detectLang(doc, metas, parsed.lang);
  return {
    title,
    byline,
    siteName: orNull(parsed.siteName),
    publishedTime: detectPublishedTime(doc, metas, parsed.publishedTime),
    lang,
    dir: detectDir(doc, parsed.dir, lang, textContent),
    excerpt: orNull(parsed.excerpt),
    contentHtml: root.innerHTML,
    textContent,
    wordCount: words,
    readingTimeMinutes: readingTimeMinutes(textContent),
  };
}
