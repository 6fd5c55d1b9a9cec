/**
 * The page edits of the anchoring bench, made on the page's DOM before extraction: a paragraph
 * of new prose inserted, a paragraph removed, a word changed. Each targets a page block by its
 * key (anchorBlocks.ts), so the same paragraph of the extracted body is meant; the paragraph
 * edits are made the way a site edits its story, on a paragraph with its wrappers (paragraphUnit)
 * of the story's own run (anchorPage.ts picks them).
 */
import { blockOf, blockText, squeeze } from './anchorBlocks';

export interface WordChange {
  key: string;
  /** whitespace-free offset of the word in the block's own text */
  offset: number;
  from: string;
  to: string;
}

export interface PageEdits {
  insertBefore?: { key: string; prose: string };
  remove?: string;
  words: WordChange[];
}

const PROSE = [
  'Officials said the review would take several more weeks to complete.',
  'Local residents told reporters they had not been consulted about the plans.',
  'The figures were published on the agency’s website late on Tuesday evening.',
  'A spokesperson declined to comment further on the matter when asked.',
  'Critics argue that the changes announced so far do not go far enough.',
  'The decision is expected to be discussed again at the next meeting of the board.',
  'Several people who attended the event described the atmosphere as tense but calm.',
];

export function plausibleProse(rand: () => number): string {
  const count = 2 + Math.floor(rand() * 2);
  const picked: string[] = [];
  for (let i = 0; i < count; i++) picked.push(PROSE[Math.floor(rand() * PROSE.length)]!);
  return picked.join(' ');
}

function changeWord(doc: Document, block: Element, change: WordChange): boolean {
  const walker = doc.createTreeWalker(block, 4);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    // Only the block's own text: nested blocks have keys of their own.
    if (blockOf(node, block) !== block) continue;
    const length = squeeze(node.data).length;
    if (change.offset >= seen + length) {
      seen += length;
      continue;
    }
    // The raw index of the word's first character in this node.
    let sq = seen;
    for (let i = 0; i < node.data.length; i++) {
      if (/\s/.test(node.data[i] ?? '')) continue;
      if (sq === change.offset) {
        if (!node.data.startsWith(change.from, i)) return false;
        node.data = node.data.slice(0, i) + change.to + node.data.slice(i + change.from.length);
        return true;
      }
      sq += 1;
    }
    return false;
  }
  return false;
}

const ownText = (el: Element): string =>
  Array.from(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join('')
    .trim();

/**
 * A paragraph as its page holds it: the paragraph with the wrappers that hold it alone
 * (`<div class="text"><p>…</p></div>`). A site adds or deletes a paragraph with its wrappers.
 */
export function paragraphUnit(block: Element): Element {
  let unit = block;
  for (let up = unit.parentElement; up && up.tagName !== 'BODY' && up.childElementCount === 1 && ownText(up) === ''; up = up.parentElement) unit = up;
  return unit;
}

/** New prose in the markup of the paragraph it goes before (its wrappers and its own element, without ids), as a site's editor adds one. */
function paragraphLike(unit: Element, block: Element, prose: string): Element {
  const shell = (el: Element): Element => {
    const copy = el.cloneNode(false) as Element;
    copy.removeAttribute('id');
    return copy;
  };
  const top = shell(unit);
  let inner = top;
  for (let el = unit; el !== block; ) {
    el = el.firstElementChild!;
    const copy = shell(el);
    inner.appendChild(copy);
    inner = copy;
  }
  inner.textContent = prose;
  return top;
}

/** Applies the edits to a freshly parsed page; says which took hold. */
export function applyEdits(doc: Document, edits: PageEdits): { inserted: boolean; removed: boolean; changed: boolean[] } {
  const page = blockText(doc.body);
  const only = (key: string): Element | null => {
    const list = page.byKey.get(key);
    return list?.length === 1 ? (list[0] ?? null) : null;
  };
  // Words first: their offsets are in the page as parsed.
  const changed = edits.words.map((w) => {
    const block = only(w.key);
    return block ? changeWord(doc, block, w) : false;
  });
  let removed = false;
  if (edits.remove) {
    const block = only(edits.remove);
    if (block) {
      paragraphUnit(block).remove();
      removed = true;
    }
  }
  let inserted = false;
  if (edits.insertBefore) {
    const block = only(edits.insertBefore.key);
    if (block) {
      const unit = paragraphUnit(block);
      unit.before(paragraphLike(unit, block, edits.insertBefore.prose));
      inserted = true;
    }
  }
  return { inserted, removed, changed };
}
