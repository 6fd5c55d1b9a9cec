/**
 * One bottom-up pass that measures every element (text, link text, prose, and the
 * text itself when short). The cleaning rules need these numbers for many nested
 * elements; asking `textContent` for each would walk the page once per element.
 */
import { readAttributes, type AttrDigest } from './attrs';
import { BLOCK_TAGS } from './patterns';

export interface NodeStats {
  /** Characters of text, whitespace collapsed. */
  text: number;
  /** Characters inside links. */
  link: number;
  /** Characters in story-like paragraphs (long, few links). */
  prose: number;
  /** Paragraphs counted in `prose`. */
  paras: number;
  /** Prose of direct paragraph children only: the largest marks the story's main text block. */
  ownProse: number;
  /** This element is one paragraph of prose (a <p>, or a block with no blocks inside). */
  isParagraph: boolean;
  /** Media and structural void elements inside (img, video, br, table…): an element with no text and none of these is empty. */
  media: number;
  /** Attribute digest (class/id names, hidden and ad flags). */
  attrs: AttrDigest;
  /** The text itself (whitespace collapsed, trimmed) when at most SHORT_MAX characters, else null. */
  short: string | null;
}

export type StatsMap = Map<Element, NodeStats>;

const SHORT_MAX = 300;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'HEAD']);
export const EMPTY_STATS: NodeStats = { text: 0, link: 0, prose: 0, paras: 0, ownProse: 0, isParagraph: false, media: 0, attrs: { names: '', flags: 0 }, short: '' };
/** Blocks that hold a paragraph's text directly on sites that do not use <p>. */
const PARAGRAPH_LIKE = new Set(['P', 'DIV', 'SECTION', 'TD', 'LI', 'BLOCKQUOTE', 'PRE', 'DD', 'ARTICLE']);
const MEDIA_TAGS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'IFRAME', 'EMBED', 'OBJECT', 'BR', 'HR', 'TABLE', 'MATH', 'math', 'CANVAS', 'NOSCRIPT']);

function measure(el: Element, out: StatsMap): NodeStats {
  const tag = el.tagName;
  if (NOT_TEXT.has(tag)) {
    // A noscript may hold a lazy image's fallback; count it as media so it is not dropped as empty.
    const s = tag === 'NOSCRIPT' ? { ...EMPTY_STATS, media: 1 } : EMPTY_STATS;
    out.set(el, s);
    return s;
  }
  let raw = '';
  let rawOk = true;
  let link = 0;
  let prose = 0;
  let paras = 0;
  let ownProse = 0;
  let hasBlockChild = false;
  let media = MEDIA_TAGS.has(tag) ? 1 : 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if (rawOk) {
        raw += c.nodeValue ?? '';
        if (raw.length > SHORT_MAX * 4) rawOk = false;
      }
      continue;
    }
    if (c.nodeType !== 1) continue;
    const child = c as Element;
    const s = measure(child, out);
    // A wrapper holding one paragraph and little else (`<div class="text"><p>…</p></div>`)
    // is that paragraph: the story is the container of the wrappers.
    if (s.isParagraph || (s.paras === 1 && s.prose >= 0.8 * s.text)) ownProse += s.prose;
    if (BLOCK_TAGS.has(child.tagName)) hasBlockChild = true;
    link += s.link;
    prose += s.prose;
    paras += s.paras;
    media += s.media;
    if (rawOk) {
      if (s.short === null) rawOk = false;
      else raw += BLOCK_TAGS.has(child.tagName) || child.tagName === 'BR' ? ` ${s.short} ` : s.short;
    }
  }
  // Text length is needed exactly even for long subtrees; recount only when the short path gave up.
  let text: number;
  let short: string | null = null;
  if (rawOk) {
    const collapsed = raw.replace(/\s+/g, ' ').trim();
    text = collapsed.length;
    if (text <= SHORT_MAX) short = collapsed;
  } else {
    text = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) text += (c.nodeValue ?? '').replace(/\s+/g, ' ').length;
      else if (c.nodeType === 1) text += out.get(c as Element)?.text ?? 0;
    }
  }
  if (tag === 'A') link = text;
  const isParagraph = PARAGRAPH_LIKE.has(tag) && (tag === 'P' || !hasBlockChild) && text >= 80 && link / text < 0.5;
  if (isParagraph) {
    prose = text;
    paras = 1;
  }
  const stats: NodeStats = { text, link, prose, paras, ownProse, isParagraph, media, attrs: readAttributes(el), short };
  out.set(el, stats);
  return stats;
}

export function computeStats(root: Element): StatsMap {
  const out: StatsMap = new Map();
  measure(root, out);
  return out;
}

export function linkDensityOf(s: NodeStats): number {
  return s.text > 0 ? Math.min(1, s.link / s.text) : 0;
}
