/**
 * The page edits of the anchoring bench, made on the page's DOM before extraction: a paragraph
 * of new prose inserted, a paragraph removed, a word changed. Each targets a page block by its
 * key (anchorBlocks.ts), so the same paragraph of the extracted body is meant.
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
      block.remove();
      removed = true;
    }
  }
  let inserted = false;
  if (edits.insertBefore) {
    const block = only(edits.insertBefore.key);
    if (block) {
      const p = doc.createElement('p');
      p.textContent = edits.insertBefore.prose;
      block.before(p);
      inserted = true;
    }
  }
  return { inserted, removed, changed };
}
