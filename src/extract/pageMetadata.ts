/**
 * The metadata raw Readability finds, read from the whole page, whatever part of it our
 * cleaned copy keeps: JSON-LD, every <meta> (also those a parser puts in <body>), the
 * title rule and the first byline element. Readability's own rules do the reading, so our
 * fields can never be fewer than its own on the same page.
 */
import { Readability } from '@mozilla/readability';
import { HIDDEN, readAttributes } from './attrs';
import { normText } from './dom';
import { metaText } from './metaText';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

interface RawMetadata {
  title?: string;
  byline?: string;
  excerpt?: string;
  siteName?: string;
  publishedTime?: string | null;
}

/** The parts of Readability 0.6 that its parse() uses for metadata; all read-only. */
interface ReadabilityMetadataRules {
  _getJSONLD(doc: Document): RawMetadata;
  _getArticleMetadata(jsonld: RawMetadata): RawMetadata;
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp; byline: RegExp };
  UNLIKELY_ROLES: string[];
}

function rulesFor(doc: Document): ReadabilityMetadataRules | null {
  const r = new Readability(doc) as unknown as Partial<ReadabilityMetadataRules>;
  return typeof r._getJSONLD === 'function' && typeof r._getArticleMetadata === 'function' && r.REGEXPS && r.UNLIKELY_ROLES
    ? (r as ReadabilityMetadataRules)
    : null;
}

const orNull = (s: string | null | undefined): string | null => normText(s) || null;

function hasAncestor(el: Element, tag: string): boolean {
  // Readability looks three levels up (its _hasAncestorTag default).
  let node = el.parentElement;
  for (let depth = 0; node && depth <= 3; depth++, node = node.parentElement) if (node.tagName === tag) return true;
  return false;
}

/**
 * The byline element Readability's first pass would take: the first visible element, in
 * document order, with rel=author, an author itemprop or a byline-like class, of under 100
 * characters, outside the containers that pass removes as unlikely.
 */
function findByline(root: Element, rules: ReadabilityMetadataRules): string | null {
  const { unlikelyCandidates, okMaybeItsACandidate, byline } = rules.REGEXPS;
  const stack: Element[] = [root];
  for (let el = stack.pop(); el !== undefined; el = stack.pop()) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'NOSCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') continue;
    if (readAttributes(el).flags & HIDDEN) continue;
    const role = el.getAttribute('role');
    if (el.getAttribute('aria-modal') === 'true' && role === 'dialog') continue;
    const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const itemprop = el.getAttribute('itemprop');
    if (el.getAttribute('rel') === 'author' || itemprop?.includes('author') || byline.test(match)) {
      const text = (el.textContent ?? '').trim();
      if (text.length > 0 && text.length < 100) {
        const name = el.querySelector('[itemprop*="name"]');
        return orNull(metaText(name ?? el));
      }
    }
    const unlikely =
      (unlikelyCandidates.test(match) && !okMaybeItsACandidate.test(match) && !hasAncestor(el, 'TABLE') && !hasAncestor(el, 'CODE') && el.tagName !== 'BODY' && el.tagName !== 'A') ||
      (role !== null && rules.UNLIKELY_ROLES.includes(role));
    if (unlikely) continue;
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return null;
}

/** Readability's metadata for `doc`, which is only read. */
export function pageMetadata(doc: Document): PageMetadata {
  const rules = rulesFor(doc);
  if (!rules) return { title: null, byline: null, excerpt: null, siteName: null, publishedTime: null };
  const meta = rules._getArticleMetadata(rules._getJSONLD(doc));
  return {
    title: orNull(meta.title),
    byline: orNull(meta.byline) ?? (doc.body ? findByline(doc.body, rules) : null),
    excerpt: orNull(meta.excerpt),
    siteName: orNull(meta.siteName),
    publishedTime: orNull(meta.publishedTime),
  };
}
