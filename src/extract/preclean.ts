/**
 * Builds the cleaned copy of the page that Readability parses. Copying and
 * cleaning happen in one pass over the live page (read-only): clutter is simply
 * not copied, which is much cheaper than cloning everything and deleting it after.
 * Readability judges containers by text and link density; ad slots, labels and
 * promo rails inside the story skew that and leak into its result.
 */
import { HIDDEN } from './attrs';
import { fallbackImage, fixLazyImage, isPlaceholderSrc } from './lazyImages';
import { BLOCK_TAGS, CAPTION_NAME, CREDIT_LINE } from './patterns';
import { headlineOf, mainBlock, storyRegion } from './region';
import type { BlockLedger } from './removals';
import { collectDrops } from './rules';
import { computeStats, linkDensityOf, type NodeStats, type StatsMap } from './stats';

/** Never part of a story, whatever their content. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'LINK', 'TEMPLATE', 'OBJECT', 'EMBED', 'IFRAME', 'FRAME', 'FRAMESET', 'svg', 'SVG', 'CANVAS',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OPTION', 'DIALOG', 'ASIDE', 'FOOTER', 'MENU',
]);
const HEAD_KEEP = new Set(['TITLE', 'META', 'BASE']);

/**
 * Attributes Readability and the reader use. Dropping the rest (inline styles,
 * handlers, data-*) makes the copy and Readability's pass over it much cheaper.
 */
const KEEP_ATTRS = new Set([
  'class', 'id', 'role', 'itemprop', 'itemtype', 'itemscope', 'rel', 'href', 'name', 'src', 'srcset', 'sizes', 'alt', 'title',
  'lang', 'dir', 'datetime', 'colspan', 'rowspan', 'headers', 'scope', 'width', 'height', 'poster', 'type', 'cite', 'start',
  'value', 'reversed', 'content', 'property', 'media', 'controls', 'data-language', 'data-lang',
]);

const NOT_LEAD_IMAGE = /logo|avatar|icon|author|sprite|badge|profile/i;

function isJsonLd(el: Element): boolean {
  return el.tagName === 'SCRIPT' && (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
}

/**
 * An inline element holding only whitespace separates words: highlighted code is made of
 * `<span>def</span><span> </span><span>name</span>`, and its indentation lives in such spans.
 */
function isSpacer(el: Element): boolean {
  return !BLOCK_TAGS.has(el.tagName) && el.firstChild !== null && /^\s+$/.test(el.textContent ?? '');
}

/** Page chrome dropped before any text rule: invisible parts, scripts, widgets, navigation, empty boxes. */
function isChrome(el: Element, s: NodeStats): boolean {
  // A <footer> inside a quote is its attribution, not page chrome.
  if (SKIP_TAGS.has(el.tagName)) return !isJsonLd(el) && !(el.tagName === 'FOOTER' && el.parentElement?.tagName === 'BLOCKQUOTE');
  if (s.text === 0 && s.media === 0) return !isJsonLd(el) && el.tagName !== 'TD' && el.tagName !== 'TH' && !isSpacer(el);
  if (el.tagName === 'NAV') return linkDensityOf(s) > 0.5 || s.prose < 200;
  return (s.attrs.flags & HIDDEN) !== 0;
}

/** Short elements named like captions or photo credits become real <figcaption>s. */
function isCaption(src: Element, s: NodeStats | undefined): boolean {
  if (!s || s.text === 0 || s.text > 400 || s.paras > 1 || src.tagName === 'FIGURE') return false;
  const named = CAPTION_NAME.test(s.attrs.names) || (s.short !== null && s.short.length <= 150 && CREDIT_LINE.test(s.short));
  return named && !src.querySelector('img, picture, video');
}

/** A real picture (not a logo, avatar or spacer) that can lead the story. */
function isLeadMedia(copy: Element): boolean {
  const img = copy.tagName === 'IMG' ? copy : copy.querySelector('img');
  if (!img || isPlaceholderSrc(img.getAttribute('src'), img)) return false;
  const size = Math.min(Number(img.getAttribute('width') ?? 1000) || 1000, Number(img.getAttribute('height') ?? 1000) || 1000);
  return size >= 150 && !NOT_LEAD_IMAGE.test(`${img.getAttribute('class') ?? ''} ${img.getAttribute('src') ?? ''} ${copy.getAttribute('class') ?? ''}`);
}

/** The DOM's refusals of a name the HTML parser let through. */
const BAD_NAME = new Set(['InvalidCharacterError', 'NamespaceError']);

/**
 * The element `tag` in `ns`, or a <span> when the DOM will not create that name: the HTML
 * parser keeps any tag name (`<a<b>`, `<x:y:z>`, a name with a control character in it), and
 * such an element renders as an unknown inline element, which is what a span is.
 */
export function createNamed(dst: Document, ns: string | null, tag: string): Element {
  try {
    return dst.createElementNS(ns, tag);
  } catch (err) {
    // A DOMException, not always an Error of this realm (a parsed document's window has its own).
    if (BAD_NAME.has(String((err as { name?: unknown } | null)?.name))) return dst.createElementNS('http://www.w3.org/1999/xhtml', 'span');
    throw err;
  }
}

class Copier {
  /** The first picture above the main text block: Readability often leaves the hero image out. */
  leadMedia: Element | null = null;
  private passedMain = false;
  /** Off while a removed block is copied for the removed list: its copy is shown, never looked up. */
  private tracking = true;

  constructor(
    private readonly dst: Document,
    private readonly stats: StatsMap,
    private readonly drops: Set<Element>,
    private readonly main: Element | null,
    private readonly ledger: BlockLedger | undefined,
  ) {}

  element(src: Element, inCaption: boolean): Element {
    const caption = !inCaption && src.tagName !== 'FIGCAPTION' && isCaption(src, this.stats.get(src));
    // Readability deletes every <footer>, including a quote's attribution; keep that one as a paragraph.
    const attribution = src.tagName === 'FOOTER' && src.parentElement?.tagName === 'BLOCKQUOTE';
    const tag = caption ? 'figcaption' : attribution ? 'p' : src.localName;
    const copy = createNamed(this.dst, src.namespaceURI, tag);
    // Readability deletes a heading whose class or id merely sounds negative ("scroll-mt-4",
    // "media-heading"): our rules have judged it by its text and place already, so it keeps neither.
    const heading = /^H[1-6]$/.test(src.tagName);
    for (const name of src.getAttributeNames()) {
      // Only names of our own list: a page's attribute names may be no XML name at all
      // ("foo", a<b, @click), which setAttribute refuses; none of those carries anything we need.
      if (KEEP_ATTRS.has(name) && !(heading && (name === 'class' || name === 'id'))) copy.setAttribute(name, src.getAttribute(name) ?? '');
    }
    if (this.tracking) this.ledger?.track(copy, src);
    return copy;
  }

  /** A copy of `src` for the removed list: as the article's, without the ledger's record of sources. */
  untrackedTree(src: Element): Element {
    this.tracking = false;
    try {
      return this.tree(src);
    } finally {
      this.tracking = true;
    }
  }

  tree(src: Element, inCaption = false): Element {
    if (src === this.main) this.passedMain = true;
    // Images keep every attribute until their lazy-loading data-* is resolved.
    const copy = src.tagName === 'IMG' ? this.image(src) : this.element(src, inCaption);
    if (copy.tagName === 'IMG') fixLazyImage(copy);
    this.children(src, copy, inCaption || copy.tagName === 'FIGCAPTION', /^H[1-6]$/.test(copy.tagName));
    if (!this.passedMain && /^(?:FIGURE|PICTURE|IMG)$/.test(copy.tagName)) {
      // Post-order: the <img> completes before its <figure>; take the figure with its caption.
      if (this.leadMedia ? copy.contains(this.leadMedia) : isLeadMedia(copy)) this.leadMedia = copy;
    }
    return copy;
  }

  /**
   * Copies the children of `src` into `copy`. Inside a heading, blocks are unwrapped: a heading
   * holds a line of text, and Readability turns `<h3><div>Title</div></h3>` into a paragraph it
   * then deletes with the heading (site generators wrap heading text and anchor icons in divs).
   */
  private children(src: Element, copy: Element, inCaption: boolean, inHeading: boolean): void {
    for (let c = src.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        copy.appendChild(this.dst.createTextNode(c.nodeValue ?? ''));
      } else if (c.nodeType === 1) {
        const el = c as Element;
        if (el.tagName === 'NOSCRIPT') this.noscriptImage(el, copy);
        else if (this.drops.has(el)) continue;
        else if (el.tagName === 'SOURCE') copy.appendChild(this.source(el));
        else if (inHeading && BLOCK_TAGS.has(el.tagName)) {
          // The block's edges separated words: a space keeps them apart.
          copy.appendChild(this.dst.createTextNode(' '));
          this.children(el, copy, inCaption, true);
          copy.appendChild(this.dst.createTextNode(' '));
        }
        else copy.appendChild(this.tree(el, inCaption));
      }
    }
  }

  /** An image with all its attributes (its lazy loading's data-* are read later), but the page's own copies of ours. */
  private image(src: Element): Element {
    const copy = this.dst.importNode(src, false) as Element;
    copy.removeAttribute('data-lr-block');
    if (this.tracking) this.ledger?.track(copy, src);
    return copy;
  }

  private source(src: Element): Element {
    const s = this.dst.importNode(src, false) as Element;
    const lazy = src.getAttribute('data-srcset') ?? src.getAttribute('data-lazy-srcset');
    if (lazy) s.setAttribute('srcset', lazy);
    return s;
  }

  /**
   * A <noscript> holding an <img> is the lazy image's real version: swap it in for
   * the placeholder before it, or add it when there is none. Other noscripts go.
   */
  private noscriptImage(ns: Element, parentCopy: Element): void {
    const img = fallbackImage(ns, this.dst);
    if (!img) return;
    const prev = parentCopy.lastElementChild;
    const prevImg = prev?.tagName === 'IMG' ? prev : (prev?.querySelector('img') ?? null);
    if (prevImg && !isPlaceholderSrc(prevImg.getAttribute('src'), prevImg)) return;
    if (prevImg) prevImg.replaceWith(img);
    else parentCopy.appendChild(img);
  }
}

function copyHead(head: Element | null, dst: Document): Element {
  const copy = dst.createElement('head');
  if (!head) return copy;
  for (let c = head.firstElementChild; c; c = c.nextElementSibling) {
    if (HEAD_KEEP.has(c.tagName) || isJsonLd(c)) copy.appendChild(dst.importNode(c, true));
  }
  return copy;
}

export interface CleanCopy {
  doc: Document;
  /** The hero picture above the story in the copy, if any (see Copier.leadMedia). */
  leadMedia: Element | null;
  /** Prose directly in the main text block: a result with much less missed the story. */
  mainProse: number;
}

export interface CopyOptions {
  /** The page's title, to find its headline: the region reaches up to it. */
  title?: string | null;
  /** Copy the whole body, not only the story region. */
  wholeBody?: boolean;
  /** Told where each copied element comes from and what the cleaning drops (site rules, the removed list). */
  ledger?: BlockLedger;
}

/** A cleaned copy of `doc` (same URL); `doc` itself is only read. */
export function cleanCopy(doc: Document, options: CopyOptions = {}): CleanCopy {
  const dst = doc.cloneNode(false) as Document;
  const html = dst.importNode(doc.documentElement, false) as Element;
  dst.appendChild(html);
  html.appendChild(copyHead(doc.head, dst));
  const body = doc.body;
  if (!body) {
    html.appendChild(dst.createElement('body'));
    return { doc: dst, leadMedia: null, mainProse: 0 };
  }
  const stats = computeStats(body);
  const region = options.wholeBody ? body : storyRegion(body, stats, headlineOf(body, options.title ?? ''));
  const main = mainBlock(region, stats);
  const ledger = options.ledger;
  ledger?.setMain(main);
  const copier = new Copier(dst, stats, collectDrops(region, stats, isChrome, false, ledger?.watchPage), main, ledger);
  if (ledger) ledger.copyOf = (page) => copier.untrackedTree(page);
  const bodyCopy = copier.element(body, false);
  bodyCopy.appendChild(copier.tree(region));
  html.appendChild(bodyCopy);
  return { doc: dst, leadMedia: copier.leadMedia, mainProse: main ? (stats.get(main)?.ownProse ?? 0) : 0 };
}
