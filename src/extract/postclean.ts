/**
 * Cleaning of Readability's output: what slipped through, plus the shape the
 * reader expects (no h1, no presentational attributes, tidy whitespace).
 */
import { isEmptyElement, normText } from './dom';
import { collectDrops } from './rules';
import { computeStats } from './stats';
import { absolutizeUrls } from './urls';

const STRIP_ATTRS = ['style', 'class', 'target', 'id', 'align', 'bgcolor', 'border', 'color', 'face'];

function comparable(s: string): string {
  return normText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Readability sometimes keeps the headline (and a repeated lede) at the top of the body. */
function removeDuplicates(root: Element, title: string): void {
  const t = comparable(title);
  const seen = new Set<string>();
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6, p'))) {
    const c = comparable(el.textContent ?? '');
    if (!c) continue;
    if (t && c === t && /^H[1-6]$/.test(el.tagName)) {
      el.remove();
      continue;
    }
    if (c.length > 40 && el.tagName === 'P') {
      if (seen.has(c)) el.remove();
      else seen.add(c);
    }
  }
}

function demoteH1(root: Element): void {
  const doc = root.ownerDocument;
  for (const h1 of Array.from(root.querySelectorAll('h1'))) {
    const h2 = doc.createElement('h2');
    while (h1.firstChild) h2.appendChild(h1.firstChild);
    h1.replaceWith(h2);
  }
}

function removeEmptyContainers(root: Element): void {
  const els = Array.from(root.querySelectorAll('div, section, p, span, ul, ol, li, header, figure, blockquote, strong, em, b, i, a, h2, h3, h4, h5, h6'));
  // Deepest first, so a wrapper emptied by its children goes too.
  for (let i = els.length - 1; i >= 0; i--) {
    const el = els[i];
    if (el && isEmptyElement(el)) el.remove();
  }
}

function stripAttributes(root: Element): void {
  for (const el of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const a of STRIP_ATTRS) el.removeAttribute(a);
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

export function postcleanContent(root: Element, title: string, baseUrl: string): void {
  const stats = computeStats(root);
  for (const el of collectDrops(root, stats)) el.remove();
  removeDuplicates(root, title);
  demoteH1(root);
  removeEmptyContainers(root);
  stripAttributes(root);
  normalizeWhitespace(root);
  absolutizeUrls(root, baseUrl);
}
