import { groupLines, type Line } from './lines';

interface Rectish {
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/** A viewport rect in the scroller's content coordinates, which scrolling leaves alone. */
function toContent(rect: Rectish, scroller: HTMLElement): Rectish {
  const origin = scroller.getBoundingClientRect().top + scroller.clientTop - scroller.scrollTop;
  return { top: rect.top - origin, bottom: rect.bottom - origin, width: rect.width, height: rect.height };
}

/**
 * The lines of the body's text. Measured per text node: a range over whole elements gives their boxes, not their
 * lines. Text that is not shown (a hidden original under its translation) has no boxes and adds no line.
 */
export function measureLines(body: HTMLElement, scroller: HTMLElement): Line[] {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  const boxes: Rectish[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!/\S/.test((node as Text).data)) continue;
    range.selectNodeContents(node);
    for (const rect of Array.from(range.getClientRects())) boxes.push(toContent(rect, scroller));
  }
  return groupLines(boxes);
}

/** The boxes of a range (the sentence being read), in content coordinates. */
export function rangeBoxes(range: Range, scroller: HTMLElement): Rectish[] {
  return Array.from(range.getClientRects()).map((rect) => toContent(rect, scroller));
}
