/**
 * Cheap article detection for every page load on news domains: a few meta tags,
 * one pass over paragraphs and Readability's own readerable heuristic. No clone,
 * no full parse.
 */
import { isProbablyReaderable } from '@mozilla/readability';
import { normText } from './dom';

const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|Blog|LiveBlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|ReviewNewsArticle|BackgroundNewsArticle|AskPublicNewsArticle|SatiricalArticle|ScholarlyArticle|TechArticle|Report|SocialMediaPosting|DiscussionForumPosting|Review|Recipe|HowTo)$/;
const LISTING_TYPES = /^(?:SearchResultsPage|CollectionPage|ItemList|WebSite|ProfilePage)$/;

interface JsonLdTypes {
  article: boolean;
  listing: boolean;
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
    if (ARTICLE_TYPES.test(name)) out.article = true;
    else if (LISTING_TYPES.test(name) && name !== 'WebSite') out.listing = true;
  }
  // Only the page's own entities count: an ItemList of NewsArticles is a listing.
  if ('@graph' in obj) collectTypes(obj['@graph'], out, depth + 1);
}

export function jsonLdTypes(doc: Document): JsonLdTypes {
  const out: JsonLdTypes = { article: false, listing: false };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collectTypes(JSON.parse(s.textContent ?? ''), out, 0);
    } catch {
      /* broken JSON-LD is common; ignore it */
    }
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
}

/**
 * The largest group of prose paragraphs sharing a parent. A story is one long group;
 * a teaser grid is many groups of one short paragraph each.
 */
export function mainTextBlock(doc: Document): MainBlock {
  const groups = new Map<Element, MainBlock>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const text = normText(p.textContent);
    const len = weightedLength(text);
    if (len < 60) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += normText(a.textContent).length;
    if (linked / text.length > 0.4) continue;
    if (p.closest('a')) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    const g = groups.get(parent) ?? { chars: 0, paragraphs: 0 };
    g.chars += len;
    g.paragraphs += 1;
    groups.set(parent, g);
  }
  let best: MainBlock = { chars: 0, paragraphs: 0 };
  for (const g of groups.values()) if (g.chars > best.chars) best = g;
  return best;
}

function metaContent(doc: Document, selector: string): string {
  return (doc.querySelector(selector)?.getAttribute('content') ?? '').trim().toLowerCase();
}

export function isArticlePage(doc: Document, url?: string): boolean {
  if (!doc.body) return false;
  const shape = urlShape(url ?? doc.URL);
  if (shape === 'search') return false;
  const ld = jsonLdTypes(doc);
  const ogType = metaContent(doc, 'meta[property="og:type"]');
  const h1 = normText(doc.querySelector('h1')?.textContent);
  if (/^(?:search results|results for|showing results)/i.test(h1)) return false;

  const block = mainTextBlock(doc);
  const hasMeta = ogType === 'article' || ld.article;
  const strongBlock = block.chars >= 1000 && block.paragraphs >= 3;
  const fairBlock = block.chars >= 400 && block.paragraphs >= 2;

  if (ld.listing && !ld.article && !strongBlock) return false;
  if (shape === 'home' && !(hasMeta && strongBlock)) return false;
  if (strongBlock) return true;
  if (hasMeta && fairBlock) return true;
  if (!fairBlock) return false;
  // Weak evidence either way: let the URL and Readability's heuristic decide.
  return shape === 'article' && isProbablyReaderable(doc);
}
