/** Where a block's first line starts, from its first character's box: distances from the block's two edges. */
export interface LineStart {
  fromLeft: number;
  fromRight: number;
}

/**
 * A reader function (for the driver's `tab.inReader` and Chromium's `inReader`): where the first
 * line of the first block in the reader matching `selector` (and holding `hasText`) starts. Text
 * read left to right starts at the left edge; right to left, at the right. Null when no block matches.
 */
export function firstLineStart(root: ShadowRoot, { selector, hasText = '' }: { selector: string; hasText?: string }): LineStart | null {
  const el = Array.from(root.querySelectorAll(selector)).find((candidate) => (candidate.textContent ?? '').includes(hasText));
  if (el === undefined) return null;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
  const text = walker.nextNode();
  if (text === null) return null;
  const offset = (text.textContent ?? '').search(/\S/);
  const range = document.createRange();
  range.setStart(text, offset);
  range.setEnd(text, offset + 1);
  const char = range.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  return { fromLeft: char.left - box.left, fromRight: box.right - char.right };
}
