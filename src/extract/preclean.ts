/**
 * Builds the cleaned copy of the page that Readability parses. Copying and
 * cleaning happen in one pass over the live page (read-only): clutter is simply
 * not copied, which is much cheaper than cloning everything and deleting it after.
 * Readability judges containers by text and link density; ad slots, labels and
 * promo rails inside the story skew that and leak into its result.
 */
import { fallbackImage, fixLazyImage, isPlaceholderSrc } from './lazyImages';
import { HIDDEN } from './attrs';
import { collectDrops } from './rules';
import { storyRegion } from './region';
import { CAPTION_NAME } from './patterns';
import { computeStats, linkDensityOf, type NodeStats, type StatsMap } from './stats';

/** Never part of a story, whatever their content. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'OBJECT', 'EMBED', 'IFRAME', 'FRAME', 'FRAMESET', 'svg', 'SVG', 'CANVAS',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'DIALOG', 'ASIDE', 'FOOTER', 'MENU',
]);
const HEAD_KEEP = new Set(['TITLE', 'META', 'BASE']);

function isJsonLd(el: Element): boolean {
  return el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
}

/** Page chrome dropped before any text rule: invisible parts, scripts, widgets, navigation, empty boxes. */
function isChrome(el: Element, s: NodeStats): boolean {
  if (SKIP_TAGS.has(el.tagName)) return !isJsonLd(el);
  if (s.text === 0 && s.media === 0) return !isJsonLd(el) && el.tagName !== 'TD' && el.tagName !== 'TH';
  if (el.tagName === 'NAV') return linkDensityOf(s) > 0.5 || s.prose < 200;
  return (s.attrs.flags & HIDDEN) !== 0;
}

/**
 * Attributes Readability and the reader use. Dropping the rest (inline styles,
 * handlers, data-*) makes the copy and Readability's pass over it much cheaper.
 */
const KEEP_ATTRS = new Set([
  'class', 'id', 'role', 'itemprop', 'itemtype', 'itemscope', 'rel', 'href', 'name', 'src', 'srcset', 'sizes', 'alt', 'title',
  'lang', 'dir', 'datetime', 'colspan', 'rowspan', 'headers', 'scope', 'width', 'height', 'poster', 'type', 'cite', 'start',
  'value', 'reversed', 'content', 'property', 'media', 'controls',
]);

/** Short elements named like captions or photo credits become real <figcaption>s. */
function isCaption(src: Element, s: NodeStats | undefined): boolean {
  if (!s || s.text === 0 || s.text > 400 || s.paras > 1 || src.tagName === 'FIGCAPTION' || src.tagName === 'FIGURE') return false;
  return CAPTION_NAME.test(s.attrs.names) && !src.querySelector('img, picture, video');
}

function copyElement(src: Element, dst: Document, stats?: StatsMap): Element {
  const tag = stats && isCaption(src, stats.get(src)) ? 'figcaption' : src.localName;
  const copy = dst.createElementNS(src.namespaceURI, tag);
  for (const a of Array.from(src.attributes)) {
    if (KEEP_ATTRS.has(a.name)) copy.setAttribute(a.name, a.value);
  }
  return copy;
}

function copyTree(src: Element, dst: Document, drops: Set<Element>, stats: StatsMap): Element {
  // Images keep every attribute until their lazy-loading data-* is resolved.
  const copy = src.tagName === 'IMG' ? (dst.importNode(src, false) as Element) : copyElement(src, dst, stats);
  if (copy.tagName === 'IMG') fixLazyImage(copy);
  for (let c = src.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      copy.appendChild(dst.createTextNode(c.nodeValue ?? ''));
    } else if (c.nodeType === 1) {
      const el = c as Element;
      if (el.tagName === 'NOSCRIPT') {
        appendNoscriptImage(el, copy, dst);
        continue;
      }
      if (drops.has(el)) continue;
      if (el.tagName === 'SOURCE' && copy.tagName === 'PICTURE') {
        const s = dst.importNode(el, false) as Element;
        const lazy = el.getAttribute('data-srcset') ?? el.getAttribute('data-lazy-srcset');
        if (lazy) s.setAttribute('srcset', lazy);
        copy.appendChild(s);
        continue;
      }
      copy.appendChild(copyTree(el, dst, drops, stats));
    }
  }
  return copy;
}

/**
 * A <noscript> holding an <img> is the lazy image's real version: swap it in for
 * the placeholder before it, or add it when there is none. Other noscripts go.
 */
function appendNoscriptImage(ns: Element, parentCopy: Element, dst: Document): void {
  const img = fallbackImage(ns, dst);
  if (!img) return;
  const prev = parentCopy.lastElementChild;
  const prevImg = prev?.tagName === 'IMG' ? prev : prev?.querySelector('img') ?? null;
  if (prevImg && !isPlaceholderSrc(prevImg.getAttribute('src'), prevImg)) return;
  if (prevImg) prevImg.replaceWith(img);
  else parentCopy.appendChild(img);
}

function copyHead(head: Element | null, dst: Document): Element {
  const copy = dst.createElement('head');
  if (!head) return copy;
  for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
    if (HEAD_KEEP.has(c.tagName) || isJsonLd(c)) copy.appendChild(dst.importNode(c, true));
  }
  return copy;
}

/** A cleaned copy of `doc` (same URL); `doc` itself is only read. */
export function cleanCopy(doc: Document): Document {
  const dst = doc.cloneNode(false) as Document;
  const html = dst.importNode(doc.documentElement, false) as Element;
  dst.appendChild(html);
  html.appendChild(copyHead(doc.head, dst));
  const body = doc.body;
  if (!body) {
    html.appendChild(dst.createElement('body'));
    return dst;
  }
  const stats = computeStats(body);
  const region = storyRegion(body, stats);
  const drops = collectDrops(region, stats, isChrome);
  const bodyCopy = copyElement(body, dst);
  bodyCopy.appendChild(copyTree(region, dst, drops, stats));
  html.appendChild(bodyCopy);
  return dst;
}
