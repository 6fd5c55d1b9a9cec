/**
 * Cheap article detection for every page load on news domains: a few meta tags,
 * one pass over paragraphs and Readability's own readerable heuristic. No clone,
 * no full parse.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { normText } from './dom';
import { tooLittleText } from './textAmount';

/** Article-like schema.org types: every *Article (NewsArticle, ReportageNewsArticle, OpinionNewsArticle…) and postings. */
const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|Report|Review|Recipe|HowTo)$/;
const LISTING_TYPES = /^(?:SearchResultsPage|CollectionPage|ItemList|WebSite|ProfilePage)$/;

interface JsonLdTypes {
  article: boolean;
  listing: boolean;
  /** Article entities at the top level: a page listing teasers may declare one per card. */
  articles: number;
}

function collectTypes(node: unknown, out: JsonLdTypes, depth: number): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, out, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  const rawType = obj['@type'];
  const types = (Array.isArray(rawType) ? rawType : [rawType]).filter((t): t is string => typeof t === 'string');
  for (const t of types) {
    const name = t.replace(/^https?:\/\/schema\.org\//, '');
    if (ARTICLE_TYPES.test(name)) {
      out.article = true;
      out.articles++;
    }
    else if (LISTING_TYPES.test(name) && name !== 'WebSite') out.listing = true;
  }
  // Only the page's own entities count: an ItemList of NewsArticles is a listing.
  if ('@graph' in obj) collectTypes(obj['@graph'], out, depth + 1);
}

export function jsonLdTypes(doc: Document): JsonLdTypes {
  const out: JsonLdTypes = { article: false, listing: false, articles: 0 };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectTypes(JSON.parse(s.textContent ?? ''), out, 0);
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
  }
  if (out.articles >= 3) {
    out.article = false;
    out.listing = true;
  }
  return out;
}

export type UrlShape = 'home' | 'search' | 'listing' | 'article' | 'unknown';

export function urlShape(url: string | undefined): UrlShape {
  if (!url) return 'unknown';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'unknown';
  }
  const path = u.pathname.replace(/\/+$/, '').toLowerCase();
  const params = u.searchParams;
  if (/(?:^|\/)(?:search|suche|recherche|busca|buscar|find)(?:\/|$|\.)/.test(path) || ['q', 's', 'query', 'search', 'keyword', 'keywords', 'searchterm'].some((k) => params.has(k))) return 'search';
  // The root with a query ("/?p=3289", "/index.php?id=12") is how many CMSs address a post.
  const root = path === '' || /^\/(?:index|default|home)(?:\.\w+)?$/.test(path);
  if (root && [...params.keys()].some((k) => !/^utm_|^ref$|^lang$/.test(k))) return 'unknown';
  if (root || /^\/[a-z]{2}(?:-[a-z]{2})?$/.test(path)) return 'home';
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (/(?:^|\/)(?:tag|tags|topic|topics|category|categories|section|author|authors|archive|page)(?:\/|$)/.test(path) && !/\d{4,}|-.*-.*-/.test(last)) return 'listing';
  if (/\d{5,}/.test(path) || /\/(?:19|20)\d\d\/\d{1,2}\//.test(path) || (last.match(/-/g)?.length ?? 0) >= 3 || /\.(?:html?|php|aspx?|shtml)$/.test(last) && last.length > 12) return 'article';
  // A short bare slug near the root ("/world", "/sport/football") is a section; a file name is not.
  if (segments.length <= 2 && last.length < 25 && !/\d/.test(last) && !/\.\w{2,5}$/.test(last)) return 'listing';
  return 'unknown';
}

/** CJK text says more per character; weigh it so thresholds hold across scripts. */
function weightedLength(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  return text.length + cjk * 2;
}

interface MainBlock {
  chars: number;
  paragraphs: number;
  /** Several headings linking to other pages among the block's children, over at most a paragraph each. */
  teaserList: boolean;
}

/** Paragraphs by tag; the div/section "paragraph" classes some sites use instead are found apart. */
const CLASS_PARAGRAPHS = 'div[class*="paragraph" i], section[class*="paragraph" i]';
/** Landmarks a story's paragraphs are never in. */
const NOT_STORY = 'a, nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"]';
/** How far a paragraph's lone wrappers are climbed to find the block it belongs to. */
const MAX_WRAPPERS = 3;
/** A paragraph's weighted length counts within 60…5000. */
const MIN_PARAGRAPH = 60;
const MAX_PARAGRAPH = 5000;
/**
 * A group this long settles the scan: a later group could only take over with more prose
 * still, which leaves the verdict as it is (README, "Automatic opening"). Without it a 10 MB
 * story would be measured to its last paragraph.
 */
const SETTLED_CHARS = 20_000;

function linkedText(el: Element): number {
  const links = el.getElementsByTagName('a');
  let n = 0;
  for (let i = 0; i < links.length; i++) n += normText(links[i]?.textContent).length;
  return n;
}

/**
 * The container a paragraph is one item of. Some sites wrap every paragraph in a block or
 * two of its own (`<div class="text"><p>…</p></div>`); such a wrapper holds nothing else, so
 * the paragraph belongs to the container the wrappers sit in.
 */
function groupOf(p: Element): Element | null {
  let unit = p;
  for (let i = 0; i < MAX_WRAPPERS; i++) {
    const parent = unit.parentElement;
    if (!parent || parent.tagName === 'BODY' || parent.children.length !== 1) break;
    unit = parent;
  }
  return unit.parentElement;
}

/** A heading that links to another page; a link to a place in this page is a section anchor. */
function linksAway(heading: Element): boolean {
  const a = heading.querySelector('a[href]');
  const href = a?.getAttribute('href')?.trim() ?? '';
  return href !== '' && !href.startsWith('#');
}

/** Headings linking to other pages among a block's children. */
function linkedHeadingsOf(block: Element): number {
  let n = 0;
  for (let c = block.firstElementChild; c; c = c.nextElementSibling) {
    const heading = /^H[2-5]$/.test(c.tagName) ? c : c.firstElementChild && /^H[2-5]$/.test(c.firstElementChild.tagName) ? c.firstElementChild : null;
    if (!heading) continue;
    const len = normText(heading.textContent).length;
    if (len > 0 && linkedText(heading) / len > 0.6 && linksAway(heading)) n++;
  }
  return n;
}

/**
 * Teaser lists: several headings linking away over at most a paragraph each. Each such
 * heading is an h2–h5 of its own inside the block, so where the block holds too few of them
 * its children are not looked at (a story of 50 000 paragraphs has that many).
 */
function isTeaserList(block: Element, paragraphs: number): boolean {
  let headings = 0;
  for (const tag of ['h2', 'h3', 'h4', 'h5']) headings += block.getElementsByTagName(tag).length;
  if (headings < 3 || paragraphs >= 2 * headings) return false;
  const linked = linkedHeadingsOf(block);
  return linked >= 3 && paragraphs < 2 * linked;
}

/** Node.DOCUMENT_POSITION_FOLLOWING: the Node global is not there when Node runs the pipeline. */
const FOLLOWING = 4;

/**
 * The paragraph-like elements in document order: every <p> (a live collection, read only as
 * far as the scan goes) and the elements with a "paragraph" class, merged where there are any.
 */
function* paragraphs(doc: Document): Generator<Element> {
  const ps = doc.getElementsByTagName('p');
  const classed = doc.querySelectorAll(CLASS_PARAGRAPHS);
  let j = 0;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i] as Element;
    while (j < classed.length && (classed[j] as Element).compareDocumentPosition(p) & FOLLOWING) yield classed[j++] as Element;
    yield p;
  }
  while (j < classed.length) yield classed[j++] as Element;
}

/** A paragraph's weighted length when it counts as story prose, else 0. */
function proseLength(p: Element): number {
  const raw = p.textContent ?? '';
  // Whitespace only shrinks and CJK at most triples: too short a text cannot reach the floor.
  if (raw.length * 3 < MIN_PARAGRAPH) return 0;
  const text = normText(raw);
  const len = weightedLength(text);
  if (len < MIN_PARAGRAPH || len > MAX_PARAGRAPH || p.closest(NOT_STORY) || linkedText(p) / text.length > 0.4) return 0;
  return len;
}

/**
 * The largest group of prose paragraphs sharing a container. A story is one long group;
 * a teaser grid is many groups of one short paragraph each. Text laid out with <br>
 * inside one div counts as one group of that many lines.
 */
function mainTextBlock(doc: Document): MainBlock {
  const groups = new Map<Element, { chars: number; paragraphs: number }>();
  let settled: MainBlock | null = null;
  for (const p of paragraphs(doc)) {
    const len = proseLength(p);
    if (len === 0) continue;
    const group = groupOf(p);
    if (!group) continue;
    const g = groups.get(group) ?? { chars: 0, paragraphs: 0 };
    g.chars += len;
    g.paragraphs += 1;
    groups.set(group, g);
    // A teaser list this long is measured to the end: a story may still follow it.
    if (g.chars >= SETTLED_CHARS && g.paragraphs >= 3 && !isTeaserList(group, g.paragraphs)) {
      settled = { ...g, teaserList: false };
      break;
    }
  }
  if (settled) return settled;
  for (const br of Array.from(doc.getElementsByTagName('br'))) {
    const parent = br.parentElement;
    if (!parent || parent.tagName === 'P' || groups.has(parent)) continue;
    const text = normText(parent.textContent);
    const len = weightedLength(text);
    if (len >= 400 && linkedText(parent) / text.length < 0.3) groups.set(parent, { chars: len, paragraphs: parent.getElementsByTagName('br').length + 1 });
  }
  let best: MainBlock = { chars: 0, paragraphs: 0, teaserList: false };
  let bestEl: Element | null = null;
  for (const [el, g] of groups) {
    if (g.chars > best.chars) {
      best = { ...g, teaserList: false };
      bestEl = el;
    }
  }
  if (bestEl) best.teaserList = isTeaserList(bestEl, best.paragraphs);
  return best;
}

function metaContent(doc: Document, property: string): string {
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    if (m.getAttribute('property') === property || m.getAttribute('name') === property) return (m.getAttribute('content') ?? '').trim().toLowerCase();
  }
  return '';
}

const SEARCH_HEADING = /^(?:search results|results for|showing results|\d[\d,.]* results)/i;

export interface StoryVerdict {
  /** The page is an article (not a section, home, search or app page). */
  article: boolean;
  /** Its story's text is in the DOM: a page can declare itself an article in a shell a script fills in later. */
  ready: boolean;
}

/** Story text that is there to read: a few paragraphs, or one long <br>-laid block. */
function storyReady(block: MainBlock): boolean {
  return block.chars >= 400 || (block.paragraphs >= 3 && block.chars >= 150);
}

function judge(doc: Document, url: string | undefined, onlyIfReady: boolean): StoryVerdict {
  const no: StoryVerdict = { article: false, ready: false };
  if (!doc.body) return no;
  const shape = urlShape(url ?? doc.URL);
  if (shape === 'search') return no;
  const h1 = normText(doc.getElementsByTagName('h1')[0]?.textContent);
  if (SEARCH_HEADING.test(h1)) return no;
  if (onlyIfReady && tooLittleText(doc)) return no;

  const block = mainTextBlock(doc);
  const ready = storyReady(block);
  if (onlyIfReady && !ready) return no;
  const verdict = (article: boolean): StoryVerdict => ({ article, ready });
  // JSON-LD first: it settles most news pages without measuring any text.
  const ld = jsonLdTypes(doc);
  // A page that says it is a collection is one, unless it also says it is an article.
  if (ld.listing && !ld.article) return verdict(false);
  // The page's own JSON-LD entity is an article: the strongest single signal.
  if (ld.article && shape !== 'home') return verdict(true);

  const ogArticle = metaContent(doc, 'og:type') === 'article';
  // Teaser lists (mainTextBlock), or a grid of <article> cards.
  const { teaserList } = block;
  const cardGrid = doc.getElementsByTagName('article').length >= 4;
  const strongBlock = block.chars >= 1000 && block.paragraphs >= 3 && !teaserList;
  // Two paragraphs, or one long one (some sites set a whole story in one block).
  const fairBlock = ((block.chars >= 400 && block.paragraphs >= 2) || block.chars >= 700) && !teaserList;

  if (shape === 'home') return verdict((ld.article || ogArticle) && strongBlock);
  if (strongBlock) return verdict(true);
  if (teaserList || (cardGrid && !fairBlock)) return verdict(false);
  // Readability's readerable check walks the whole page: asked only where its answer counts.
  // With a fair block, og:type article or an article address is enough; without one, a
  // section address is never an article.
  if (fairBlock) return verdict(ogArticle || (shape === 'article' && !cardGrid) || isProbablyReaderable(doc));
  return verdict(shape !== 'listing' && isProbablyReaderable(doc));
}

/**
 * The one decision about a page, for automatic opening, its watcher and the reader alike:
 * is it an article, and is its story in the DOM yet. Readability's own readerable check is
 * the floor: where it says yes, only evidence that the page lists other pages says no.
 */
export function judgePage(doc: Document, url?: string): StoryVerdict {
  return judge(doc, url, false);
}

/**
 * `judgePage`'s article-and-ready, for automatic opening: it stops at the first sign that
 * no story is in the page yet (little text, no long enough block), before any signal that
 * only tells an article from a listing.
 */
export function storyToOpen(doc: Document, url?: string): boolean {
  const { article, ready } = judge(doc, url, true);
  return article && ready;
}

export function isArticlePage(doc: Document, url?: string): boolean {
  return judgePage(doc, url).article;
}
