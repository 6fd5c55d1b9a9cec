/**
 * DOM to plain text the way a reader sees it: blocks on their own lines, inline
 * runs joined. `textContent` would glue "end.</p><p>Next" into one token.
 */
import { BLOCK_TAGS } from './patterns';

/**
 * Captions stay in the HTML (the reader shows them under their image) but are not
 * body text: the benchmark's article body and the word count leave them out. A
 * `figcaption` outside any figure, inside a link, holding a heading or several
 * paragraphs is no caption but a link card's text (a shop's product name, maker and
 * price), and counted; a credit line the copy made a caption (preclean.ts) stays out.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'svg', 'SVG']);

function isCaption(el: Element): boolean {
  if (el.tagName !== 'FIGCAPTION') return false;
  const card = el.closest('figure') === null && el.closest('a') !== null && el.querySelector('h1, h2, h3, h4, h5, h6, p ~ p') !== null;
  return !card;
}

function blocksOf(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = current.replace(/[ \t\n\r\f\u00a0]+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = el.tagName ?? '';
    if (SKIP.has(tag) || isCaption(el)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    const cell = tag === 'TD' || tag === 'TH';
    if (block) flush();
    else if (cell || tag === 'IMG') current += ' ';
    for (let c = node.firstChild; c; c = c.nextSibling) visit(c);
    if (block) flush();
    else if (cell) current += ' ';
  };
  visit(root);
  flush();
  return blocks;
}

export function toText(root: Node): string {
  return blocksOf(root).join('\n\n');
}
