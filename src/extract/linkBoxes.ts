/**
 * Link boxes inside a story: a heading (or a short "More:" label) over nothing but links to
 * other pages, set between the story's paragraphs. They are the site's navigation, not part of
 * the story, and their headings would otherwise become the reader's outline. By structure only:
 * a box, or a heading and one list, with story prose both before and after it.
 */
import { normText } from './dom';
import { removeBlock, type BlockLedger } from './removals';

/** A paragraph of story prose. */
const PROSE = 80;
/** A label line over a box: "More:", "Read more", "Related". */
const MAX_LABEL = 40;
/** Share of the links' text in the rest of the box. */
const LINKS_ONLY = 0.9;

function isLabel(el: Element): boolean {
  const text = normText(el.textContent);
  if (!text || text.length > MAX_LABEL) return false;
  if (/^H[2-6]$/.test(el.tagName)) return true;
  return /^(?:P|DIV|STRONG|B|SPAN)$/.test(el.tagName) && /:$/.test(text) && el.querySelector('a') === null;
}

/** Links to other pages and nothing else (a list of them, or links side by side). */
function onlyLinksOut(els: Element[]): boolean {
  let text = 0;
  let linked = 0;
  let links = 0;
  for (const el of els) {
    if (el.querySelector('img, picture, video, pre, table') || /^(?:IMG|PICTURE|VIDEO|PRE|TABLE|FIGURE)$/.test(el.tagName)) return false;
    text += normText(el.textContent).length;
    for (const a of Array.from(el.tagName === 'A' ? [el] : el.querySelectorAll('a'))) {
      const href = a.getAttribute('href') ?? '';
      if (!href || href.startsWith('#')) return false;
      links++;
      linked += normText(a.textContent).length;
    }
  }
  return links >= 1 && text > 0 && linked >= LINKS_ONLY * text;
}

function isProse(el: Element | null): boolean {
  if (el?.tagName !== 'P') return false;
  const text = normText(el.textContent);
  const linked = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normText(a.textContent).length, 0);
  return text.length >= PROSE && linked < 0.5 * text.length;
}

function hasProseAround(root: Element, box: Element): boolean {
  const paras = Array.from(root.querySelectorAll('p')).filter(isProse);
  const before = paras.some((p) => (p.compareDocumentPosition(box) & 4) /* FOLLOWING */ !== 0 && !box.contains(p));
  const after = paras.some((p) => (p.compareDocumentPosition(box) & 2) /* PRECEDING */ !== 0 && !box.contains(p));
  return before && after;
}

/** `ledger`: where what goes is noted for the reader's "what was removed", and what a keep rule spares stays. */
export function removeLinkBoxes(root: Element, ledger?: BlockLedger): void {
  // A wrapper holding a label and links only.
  for (const box of Array.from(root.querySelectorAll('div, section, aside'))) {
    if (!root.contains(box) || box === root) continue;
    const [label, ...rest] = Array.from(box.children);
    if (!label || rest.length === 0 || !isLabel(label) || !onlyLinksOut(rest) || !hasProseAround(root, box)) continue;
    removeBlock(box, 'links', ledger);
  }
  // A heading and one list of links, between paragraphs of the story.
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const list = heading.nextElementSibling;
    if (!root.contains(heading) || !list || !/^(?:UL|OL)$/.test(list.tagName)) continue;
    if (!isProse(list.nextElementSibling) || !onlyLinksOut([list]) || !hasProseAround(root, heading)) continue;
    // The heading goes with its list, or stays with it where a keep rule spares the list.
    if (removeBlock(list, 'links', ledger)) removeBlock(heading, 'links', ledger);
  }
}
