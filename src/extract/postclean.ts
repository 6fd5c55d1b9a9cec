/**
 * Cleaning of Readability's output: what slipped through, plus the shape the
 * reader expects (no h1, tidy whitespace; sanitize.ts takes the presentational attributes).
 */
import { normText } from './dom';
import { SIGNUP_CTA, TAIL_BOILERPLATE } from './patterns';
import { removeBlock, type BlockLedger } from './removals';
import { collectDrops } from './rules';
import { computeStats } from './stats';
import { removeTeasers } from './teasers';
import { absolutizeUrls } from './urls';

function comparable(s: string): string {
  return normText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Readability sometimes keeps the headline at the top of the body, and sites repeat the
 * lede (a summary box, then the first paragraph). Only repeats at the top or back to back
 * go, and only from another kind of container: recipes and meal plans legitimately repeat
 * lines, and two like blocks side by side are the author's own.
 */
function removeDuplicates(root: Element, title: string, ledger?: BlockLedger): void {
  const t = comparable(title);
  const top = new Map<string, Element>();
  let previous: { text: string; el: Element } | null = null;
  let index = 0;
  // A block nested in another with the same text is one block, not a repeat.
  const sameKind = (a: Element, b: Element): boolean => (a.tagName === b.tagName && a.parentElement === b.parentElement) || a.contains(b) || b.contains(a);
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, p'))) {
    const c = comparable(el.textContent ?? '');
    if (!c) continue;
    index++;
    if (t && c === t && /^H[1-6]$/.test(el.tagName) && removeBlock(el, 'other', ledger)) continue;
    const earlier = c === previous?.text ? previous.el : index <= 4 ? top.get(c) : undefined;
    if (c.length > 40 && earlier && !sameKind(earlier, el) && removeBlock(el, 'other', ledger)) continue;
    if (index <= 4 && !top.has(c)) top.set(c, el);
    previous = { text: c, el };
  }
}

const LEAF_BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, div, figcaption, pre, table';

/** Innermost text blocks in document order: a block is a leaf unless the next block is inside it. */
function leafBlocks(root: Element): Element[] {
  const all = Array.from(root.querySelectorAll(LEAF_BLOCKS));
  return all.filter((el, i) => {
    const next = all[i + 1];
    return !next || !el.contains(next);
  });
}

/**
 * Section kickers ("UK news") above the story: short blocks made of one link. Only
 * at the top; further down a linked line is usually part of the story.
 */
function removeLeadingKickers(blocks: Element[], ledger?: BlockLedger): void {
  for (const el of blocks.slice(0, 3)) {
    const text = normText(el.textContent);
    if (!text) continue;
    const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normText(a.textContent).length, 0);
    if (text.length > 60 || linked < text.length * 0.9) return;
    removeBlock(el, 'links', ledger);
  }
}

/**
 * "Jane Doe is a writer and …": the author's bio line after the story. Recognised by the
 * byline's name, or by the italics sites set it in.
 */
function isAuthorBio(el: Element, text: string, byline: string | null): boolean {
  if (text.length > 300 || !/^[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3},?\s+(?:is|was|has been)\s/u.test(text)) return false;
  const name = byline?.replace(/^by\s+/i, '').split(/[,|•]/)[0]?.trim();
  if (name && text.startsWith(name)) return true;
  const only = el.children.length === 1 ? el.firstElementChild : null;
  return only !== null && /^(?:EM|I)$/.test(only.tagName) && normText(only.textContent) === text;
}

/** Credits, contact lines, sign-up and affiliate notes appended after the story. */
function removeTrailingBoilerplate(blocks: Element[], byline: string | null, ledger?: BlockLedger): void {
  for (let i = blocks.length - 1, checked = 0; i >= 0 && checked < 8; i--, checked++) {
    const el = blocks[i];
    if (!el) break;
    const text = normText(el.textContent);
    if (!text) continue;
    if (el.tagName === 'FIGCAPTION' || text.length > 400) break;
    const cta = text.length <= 250 && SIGNUP_CTA.test(text) && el.querySelector('a') !== null;
    if (!cta && !isAuthorBio(el, text, byline) && !TAIL_BOILERPLATE.some((re) => re.test(text))) break;
    removeBlock(el, cta ? 'promotion' : 'details', ledger);
  }
}

/**
 * A list of links to places in the page ("Key events", a table of contents) goes: the
 * reader drops the page's ids, so every one of them would lead nowhere. So does the short
 * heading that only introduced it.
 */
function removeInPageNavigation(root: Element, pageUrl: string, ledger?: BlockLedger): void {
  const page = pageUrl.split('#')[0];
  const inPageLink = (a: Element): boolean => {
    const href = a.getAttribute('href') ?? '';
    if (href.startsWith('#')) return true;
    try {
      const u = new URL(href, pageUrl);
      return u.hash !== '' && u.href.split('#')[0] === page;
    } catch {
      return false;
    }
  };
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children);
    if (items.length < 2 || !root.contains(list)) continue;
    const inPage = items.every((li) => {
      const text = normText(li.textContent).length;
      const linked = Array.from(li.querySelectorAll('a[href]')).filter(inPageLink).reduce((n, a) => n + normText(a.textContent).length, 0);
      return text > 0 && linked >= 0.8 * text;
    });
    if (!inPage) continue;
    const heading = list.previousElementSibling;
    if (heading && /^H[2-6]$/.test(heading.tagName) && normText(heading.textContent).length <= 40) removeBlock(heading, 'links', ledger);
    removeBlock(list, 'links', ledger);
  }
}

function demoteH1(root: Element): void {
  const doc = root.ownerDocument;
  for (const h1 of Array.from(root.querySelectorAll('h1'))) {
    const h2 = doc.createElement('h2');
    // where it came from in the page (removals.ts), for the block's description
    const source = h1.getAttribute('data-lr-src');
    if (source !== null) h2.setAttribute('data-lr-src', source);
    while (h1.firstChild) h2.appendChild(h1.firstChild);
    h1.replaceWith(h2);
  }
}

const EMPTY_REMOVABLE = new Set(['DIV', 'SECTION', 'P', 'SPAN', 'UL', 'OL', 'LI', 'HEADER', 'FIGURE', 'BLOCKQUOTE', 'STRONG', 'EM', 'B', 'I', 'A', 'H2', 'H3', 'H4', 'H5', 'H6']);

const INLINE = new Set(['SPAN', 'STRONG', 'EM', 'B', 'I', 'A']);

/**
 * Wrappers left with neither text nor media once their content was removed. An inline one
 * holding only a space still separates two words: the space stays.
 */
function removeEmptyContainers(root: Element): void {
  const stats = computeStats(root);
  for (const [el, s] of stats) {
    if (s.text !== 0 || s.media !== 0 || el === root || !EMPTY_REMOVABLE.has(el.tagName) || !root.contains(el)) continue;
    // In code, whitespace is content (indentation): it stays as it is.
    if (INLINE.has(el.tagName) && /\s/.test(el.textContent ?? '')) el.replaceWith(el.ownerDocument.createTextNode(el.closest('pre') ? (el.textContent ?? ' ') : ' '));
    else el.remove();
  }
}

/** Collapse whitespace runs outside <pre>, where spacing is content. */
function normalizeWhitespace(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (!/[ \t\n\r\f]{2}|[\t\n\r\f]/.test(v) || n.parentElement?.closest('pre')) continue;
    n.nodeValue = v.replace(/[ \t\n\r\f]+/g, ' ');
  }
}

/** `ledger`: told what is removed and why, and which blocks the site's "keep" rules spare (removals.ts). */
export function postcleanContent(root: Element, title: string, byline: string | null, baseUrl: string, ledger?: BlockLedger): void {
  const stats = computeStats(root);
  for (const el of collectDrops(root, stats, undefined, true, ledger?.watchArticle)) el.remove();
  removeDuplicates(root, title, ledger);
  removeInPageNavigation(root, baseUrl, ledger);
  removeTeasers(root, leafBlocks(root), baseUrl, ledger);
  const blocks = leafBlocks(root);
  removeLeadingKickers(blocks, ledger);
  removeTrailingBoilerplate(blocks, byline, ledger);
  demoteH1(root);
  removeEmptyContainers(root);
  normalizeWhitespace(root);
  absolutizeUrls(root, baseUrl);
}
