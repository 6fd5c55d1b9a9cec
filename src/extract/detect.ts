/**
 * Cheap article detection for every page load on news domains: a few meta tags,
 * one pass over paragraphs and Readability's own readerable heuristic. No clone,
 * no full parse.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { normText } from './dom';

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
  if (path === '' || /^\/(?:index|default|home)(?:\.\w+)?$/.test(path) || /^\/[a-z]{2}(?:-[a-z]{2})?$/.test(path)) return 'home';
  const segments = path.split('/').filter(Boolean);
  const last = segments[segments.length - 1] ?? '';
  if (/(?:^|\/)(?:tag|tags|topic|topics|category|categories|section|author|authors|archive|page)(?:\/|$)/.test(path) && !/\d{4,}|-.*-.*-/.test(last)) return 'listing';
  if (/\d{5,}/.test(path) || /\/(?:19|20)\d\d\/\d{1,2}\//.test(path) || (last.match(/-/g)?.length ?? 0) >= 3 || /\.(?:html?|php|aspx?|shtml)$/.test(last) && last.length > 12) return 'article';
  if (segments.length <= 2 && last.length < 25 && !/\d/.test(last)) return 'listing';
  return 'unknown';
}

/** CJK text says more per character; weigh it so thresholds hold across scripts. */
function weightedLength(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/g)?.length ?? 0;
  return text.length + cjk * 2;
}

export interface MainBlock {
  chars: number;
  paragraphs: number;
  /** Linked headings among the block's paragraphs: a teaser list, not a story. */
  linkedHeadings: number;
}

/** Paragraph-like elements: <p>, and the div/section "paragraph" classes some sites use instead. */
const PARAGRAPHS = 'p, div[class*="paragraph" i], section[class*="paragraph" i]';

function linkedText(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) n += normText(a.textContent).length;
  return n;
}

/**
 * The largest group of prose paragraphs sharing a parent. A story is one long group;
 * a teaser grid is many groups of one short paragraph each. Text laid out with <br>
 * inside one div counts as one group of that many lines.
 */
export function mainTextBlock(doc: Document): MainBlock {
  const groups = new Map<Element, { chars: number; paragraphs: number }>();
  const add = (parent: Element | null, len: number): void => {
    if (!parent) return;
    const g = groups.get(parent) ?? { chars: 0, paragraphs: 0 };
    g.chars += len;
    g.paragraphs += 1;
    groups.set(parent, g);
  };
  for (const p of Array.from(doc.querySelectorAll(PARAGRAPHS))) {
    const text = normText(p.textContent);
    const len = weightedLength(text);
    if (len < 60 || len > 5000 || linkedText(p) / text.length > 0.4 || p.closest('a')) continue;
    add(p.parentElement, len);
  }
  for (const br of Array.from(doc.getElementsByTagName('br'))) {
    const parent = br.parentElement;
    if (!parent || parent.tagName === 'P' || groups.has(parent)) continue;
    const text = normText(parent.textContent);
    const len = weightedLength(text);
    if (len >= 400 && linkedText(parent) / text.length < 0.3) groups.set(parent, { chars: len, paragraphs: parent.getElementsByTagName('br').length + 1 });
  }
  let best: MainBlock = { chars: 0, paragraphs: 0, linkedHeadings: 0 };
  let bestEl: Element | null = null;
  for (const [el, g] of groups) {
    if (g.chars > best.chars) {
      best = { ...g, linkedHeadings: 0 };
      bestEl = el;
    }
  }
  if (bestEl) {
    for (let c = bestEl.firstElementChild; c; c = c.nextElementSibling) {
      if (!/^H[2-5]$/.test(c.tagName)) continue;
      const len = normText(c.textContent).length;
      if (len > 0 && linkedText(c) / len > 0.6) best.linkedHeadings++;
    }
  }
  return best;
}

function metaContent(doc: Document, property: string): string {
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    if (m.getAttribute('property') === property || m.getAttribute('name') === property) return (m.getAttribute('content') ?? '').trim().toLowerCase();
  }
  return '';
}

const SEARCH_HEADING = /^(?:search results|results for|showing results|\d[\d,.]* results)/i;

export function isArticlePage(doc: Document, url?: string): boolean {
  if (!doc.body) return false;
  const shape = urlShape(url ?? doc.URL);
  if (shape === 'search') return false;
  const h1 = normText(doc.getElementsByTagName('h1')[0]?.textContent);
  if (SEARCH_HEADING.test(h1)) return false;

  // JSON-LD first: it settles most news pages without measuring any text.
  const ld = jsonLdTypes(doc);
  // A page that says it is a collection is one, unless it also says it is an article.
  if (ld.listing && !ld.article) return false;
  // The page's own JSON-LD entity is an article: the strongest single signal.
  if (ld.article && shape !== 'home') return true;

  const ogArticle = metaContent(doc, 'og:type') === 'article';
  const block = mainTextBlock(doc);
  const teaserList = block.linkedHeadings >= 3;
  const strongBlock = block.chars >= 1000 && block.paragraphs >= 3 && !teaserList;
  const fairBlock = block.chars >= 400 && block.paragraphs >= 2 && !teaserList;

  if (shape === 'home') return (ld.article || ogArticle) && strongBlock;
  if (strongBlock) return true;
  if (ogArticle && (fairBlock || isProbablyReaderable(doc))) return shape !== 'listing' || fairBlock;
  // Weak evidence: a fair text block at an article-like URL, unless the page is a grid of <article> cards.
  return fairBlock && shape === 'article' && doc.getElementsByTagName('article').length < 4 && isProbablyReaderable(doc);
}
