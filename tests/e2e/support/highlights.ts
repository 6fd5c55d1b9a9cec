import type { ReaderFunction, Tab } from './driver';

export interface WordSpan {
  /** index among the article body's paragraphs */
  paragraph: number;
  /** first and last word (0-based, inclusive) */
  from: number;
  to: number;
}

/**
 * Runs on the reader's shadow root: scrolls the paragraph into view and gives where a person
 * presses the mouse (on the first character's left half) and lets go (on the last character's
 * right half) to select those words, and the words themselves. Self-contained: sent as source.
 */
export const wordSpanPoints: ReaderFunction<WordSpan, { from: { x: number; y: number }; to: { x: number; y: number }; text: string } | null> = (root, span) => {
  const p = root.querySelectorAll('.lr-content p')[span.paragraph];
  if (!p) return null;
  p.scrollIntoView({ block: 'center' });
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  const chars: { node: Text; offset: number }[] = [];
  let text = '';
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) chars.push({ node, offset: i });
    text += node.data;
  }
  const words = Array.from(text.matchAll(/\S+/g));
  const first = words[span.from];
  const last = words[span.to];
  if (first?.index === undefined || last?.index === undefined) return null;
  const start = first.index;
  const end = last.index + last[0].length - 1;
  const box = (at: number): DOMRect => {
    const c = chars[at];
    if (!c) throw new Error('no such character');
    const range = document.createRange();
    range.setStart(c.node, c.offset);
    range.setEnd(c.node, c.offset + 1);
    return range.getBoundingClientRect();
  };
  const a = box(start);
  const b = box(end);
  return {
    from: { x: a.left + Math.min(2, a.width / 4), y: a.top + a.height / 2 },
    to: { x: b.right - Math.min(2, b.width / 4), y: b.top + b.height / 2 },
    text: text.slice(start, end + 1),
  };
};

/** Selects the words with a real mouse drag; returns them as the page shows them. */
export async function selectWords(tab: Tab, span: WordSpan): Promise<string> {
  const points = await tab.inReader(wordSpanPoints, span);
  if (!points) throw new Error(`no paragraph ${span.paragraph} with words ${span.from}–${span.to} in the reader`);
  await tab.drag(points.from, points.to);
  return points.text;
}

/** Runs on the reader's shadow root: the text of each highlight drawn in the article, in reading order. */
export const drawnHighlights: ReaderFunction<undefined, string[]> = (root) => {
  const byId = new Map<string, string>();
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>('.lr-content mark.lr-hl'))) {
    const id = mark.dataset.hlId ?? '';
    byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
  }
  return Array.from(byId.values()).map((text) => text.replace(/\s+/g, ' ').trim());
};
