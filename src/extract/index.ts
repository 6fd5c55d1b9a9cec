/**
 * Article extraction: detection, cleaning around Readability, sanitizing and
 * metadata. Pure DOM code, shared by the content script and the Node benchmark.
 */
import { normText } from './dom';
import { cleanTitle, detectDir, detectLang, detectDisplayDate, metaTags } from './metadata';
import { postcleanContent } from './postclean';
import { judgePage } from './detect';
import { tooLittleText } from './textAmount';
import { pageMetadata } from './pageMetadata';
import { cleanCopy, type CopyOptions } from './preclean';
import { readingTimeMinutes, wordCount } from './readingTime';
import { sanitizeInPlace } from './sanitize';
import { toText } from './text';
import { baseUrlOf } from './urls';
import { serializeBody } from './bodyParts';
import { labelCodeLanguages, markCallouts } from './docs';
import { removeLinkBoxes } from './linkBoxes';
import { fillLeadImage } from './leadImage';
import type { BlockDescriptor, BlockRule, RemovedBlock } from './blocks';
import { BlockLedger } from './removals';
import { findThread, threadContent, threadHolds } from './thread';
import { inDoubt, parseWithReadability, type RawParse, readabilityFallback } from './fallback';

export { isArticlePage } from './detect';
export type { BlockDescriptor, BlockLandmark, BlockPosition, BlockRule, BlockRuleAction, RemovedBlock, RemovedReason } from './blocks';

export interface ExtractedArticle {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** The publication time the page declares (JSON-LD, article:published_time), by Readability's rules. */
  publishedTime: string | null;
  /** The date the reader shows: publishedTime, else a date the page states elsewhere (metadata.ts). */
  displayDate: string | null;
  lang: string | null; // BCP 47, e.g. "en", "ar", "zh-CN"
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  contentHtml: string; // cleaned + DOMPurify-sanitized article body HTML (no title h1)
  /** where a long body splits into parts the reader adds one at a time (bodyParts.ts); absent: one part */
  contentBreaks?: number[];
  textContent: string; // body text only, blocks separated by "\n\n" (what the benchmark scores)
  wordCount: number;
  readingTimeMinutes: number; // >= 1
  /**
   * The page's description of each top-level block of contentHtml, indexed by the block's
   * `data-lr-block` number (blocks.ts). Absent where there is no page behind the text (plain
   * text, the options page's sample).
   */
  blocks?: BlockDescriptor[];
  /** What the cleaning removed from the story region, in page order (blocks.ts RemovedBlock); absent as `blocks`. */
  removed?: RemovedBlock[];
}

interface ExtractOptions {
  /** the page's address (default: the document's) */
  url?: string;
  /** the page's site's rules ('remove' and 'keep'); malformed ones are skipped */
  siteRules?: readonly BlockRule[];
}

/** Fewer words than this is not worth a reader view (a short news brief has several times more). */
const MIN_WORDS = 25;
/** Shorter than this, a page's text is shown only where it reads as prose or the page is judged an article (worthShowing). */
export const MIN_UNMARKED_CHARS = 400;
/**
 * Readability's result on the story region holding less than this share of the main text
 * block's prose means it chose some other block: the whole body is tried instead.
 */
const REGION_AGREEMENT = 0.5;

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

/** Sentences, not interface labels: blocks of 80 characters or more, 200 in all, that hold sentences. */
function readsAsProse(text: string): boolean {
  const sentences = text.split('\n\n').filter((b) => b.length >= 80 && /[.!?。！？…"”»)][\s]|[.!?。！？…"”»):]$/.test(b));
  return sentences.reduce((n, b) => n + b.length, 0) >= 200;
}

/**
 * Readability returns something for any page. A few words, or a few lines of a web app's
 * interface, are a page's chrome, not a story; they are shown only when they read as prose,
 * when they are all the page has to say, or when the page is judged an article.
 */
function worthShowing(doc: Document, url: string, text: string, words: number): boolean {
  if (words === 0) return false;
  if (words >= MIN_WORDS && (text.length >= MIN_UNMARKED_CHARS || readsAsProse(text))) return true;
  const sentence = text.split('\n\n').some((b) => b.length >= 60 && /[.!?。！？][\s"”»)]/.test(`${b} `));
  if (sentence && text.length >= 0.8 * normText(doc.body?.textContent).length) return true;
  return judgePage(doc, url).article;
}

function parseCopy(
  doc: Document,
  options: CopyOptions,
  siteRules: readonly BlockRule[] | undefined,
): { parsed: RawParse; leadMedia: Element | null; mainProse: number; ledger: BlockLedger } | null {
  const ledger = new BlockLedger(siteRules);
  const { doc: clone, leadMedia, mainProse } = cleanCopy(doc, { ...options, ledger });
  const parsed = parseWithReadability(clone);
  return parsed && { parsed, leadMedia, mainProse, ledger };
}

/** What Readability gives when it finds nothing: an empty body, no metadata of its own. */
function blankParse(doc: Document): RawParse {
  const content = doc.implementation.createHTMLDocument('').createElement('div');
  return { title: '', content, textContent: '', length: 0, excerpt: '', byline: '', dir: '', siteName: '', lang: '', publishedTime: '' } as RawParse;
}

interface Shown {
  root: Element;
  textContent: string;
  words: number;
  blocks: BlockDescriptor[];
  removed: RemovedBlock[];
}

/** The article's root made ready to show: docs' code and callouts marked, blocks numbered, sanitized, its text. */
function present(root: Element, ledger: BlockLedger, doc: Document, baseUrl: string): Shown {
  // While the page's classes are still there (sanitizing drops them), and before the ledger numbers the blocks.
  labelCodeLanguages(root);
  markCallouts(root);
  // Before DOMPurify, which takes the copy's record of where each element came from.
  const { blocks, removed } = ledger.finish(root, doc, baseUrl);
  // The copy has no browsing context, so nothing in it loads or runs while DOMPurify works.
  sanitizeInPlace(root, doc);
  const textContent = toText(root);
  return { root, textContent, words: wordCount(textContent), blocks, removed };
}

/** Clones `doc` (never mutates it) and returns the cleaned article, or null when there is none. */
export function extractArticle(doc: Document, options?: ExtractOptions): ExtractedArticle | null {
  // A page without 38 characters of text anywhere (an app shell, a grid of controls) has nothing
  // worth a reader: settled by one walk of its text, before a copy and two Readability passes.
  if (tooLittleText(doc)) return null;
  const url = options?.url ?? doc.URL;
  const baseUrl = baseUrlOf(doc, url);
  // Metadata comes from the whole page, as raw Readability reads it, whatever the copy keeps.
  const page = pageMetadata(doc);
  const rules = options?.siteRules;
  let result = parseCopy(doc, { title: page.title }, rules);
  if (!result || normText(result.parsed.textContent).length < REGION_AGREEMENT * result.mainProse) {
    const whole = parseCopy(doc, { title: page.title, wholeBody: true }, rules);
    if (whole && (!result || normText(whole.parsed.textContent).length > normText(result.parsed.textContent).length)) result = whole;
  }
  // A forum thread or Q&A page: every post in order (thread.ts). Its posts may be all the
  // page's text (a crawler view in <noscript>, which Readability never reads).
  const posts = findThread(doc);
  if (!result && !posts) return null;
  const { parsed, leadMedia, ledger: copyLedger } = result ?? { parsed: blankParse(doc), leadMedia: null, ledger: null };
  const metas = metaTags(doc);
  const title = cleanTitle(doc, metas, page.title ?? (normText(parsed.title) || normText(doc.title)), page.siteName);
  const byline = page.byline ?? orNull(parsed.byline);
  // Each post is cleaned as a body is, on its own: a quote repeats an earlier post by right.
  const thread = posts && threadContent(posts, parsed.content.ownerDocument, (post) => postcleanContent(post, title, byline, baseUrl));
  const threadText = normText(thread?.textContent);
  const found = normText(parsed.content.textContent);
  // Where Readability found much less than the thread, it kept one post or some other box.
  const useThread = thread !== null && (threadText.length >= 2 * found.length || threadHolds(threadText, found));
  const root = useThread ? thread : parsed.content;
  // A thread's posts are copied from the page afresh: what the copy's cleaning removed is not
  // theirs to show, and its blocks have no record of where they came from.
  const ledger = !useThread && copyLedger ? copyLedger : new BlockLedger(rules);
  if (!useThread) {
    if (leadMedia && !root.contains(leadMedia) && !startsWithMedia(root)) (root.firstElementChild ?? root).prepend(leadMedia);
    ledger.applyRemoveRules(root);
    removeLinkBoxes(root, ledger);
    fillLeadImage(root, doc);
    postcleanContent(root, title, byline, baseUrl, ledger);
  }
  let shown: Shown | null = present(root, ledger, doc, baseUrl);
  if (!worthShowing(doc, url, shown.textContent, shown.words)) shown = null;
  // Never less than Readability (fallback.ts): no answer or a short one, and raw Readability
  // finds a main text of at least twice as much, not a list of links.
  let lastWord: RawParse | null = null;
  if (inDoubt(shown?.textContent ?? null)) {
    lastWord = readabilityFallback(doc, shown?.textContent ?? null);
    // Readability's answer is shown as it found it: our cleaning is what lost the text.
    if (lastWord) shown = present(lastWord.content, new BlockLedger(rules), doc, baseUrl);
  }
  if (!shown || (lastWord && !worthShowing(doc, url, shown.textContent, shown.words))) return null;
  const { textContent, words, blocks, removed } = shown;
  // Readability's own reading of the page's language and direction, from whichever pass is shown.
  const own = lastWord ?? parsed;

  const lang = detectLang(doc, metas, own.lang);
  const body = serializeBody(shown.root);
  return {
    title,
    byline,
    siteName: page.siteName ?? orNull(parsed.siteName),
    publishedTime: page.publishedTime ?? null,
    displayDate: detectDisplayDate(doc, metas, page.publishedTime ?? null),
    lang,
    dir: detectDir(doc, own.dir, lang, textContent),
    excerpt: page.excerpt ?? orNull(parsed.excerpt),
    contentHtml: body.html,
    ...(body.breaks ? { contentBreaks: body.breaks } : {}),
    textContent,
    wordCount: words,
    readingTimeMinutes: readingTimeMinutes(textContent),
    blocks,
    removed,
  };
}
