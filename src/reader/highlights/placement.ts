/** Where the control goes, in the scroller's content box: under the selection's end, else above its start. */
export interface ControlPoint {
  x: number;
  below: number;
  above: number;
}

const GAP = 8;

export function pointOf(rects: readonly DOMRect[], scroller: HTMLElement | null, rtl: boolean): ControlPoint {
  const first = rects[0];
  const last = rects[rects.length - 1];
  if (!scroller || !first || !last) return { x: 0, below: 0, above: 0 };
  const box = scroller.getBoundingClientRect();
  return {
    // The end of the selection is on its left in right-to-left text.
    x: (rtl ? last.left : last.right) - box.left + scroller.scrollLeft,
    below: last.bottom - box.top + scroller.scrollTop + GAP,
    above: first.top - box.top + scroller.scrollTop - GAP,
  };
}

export function rectsOf(target: Range | HTMLElement): DOMRect[] {
  // jsdom has no layout for ranges.
  return typeof target.getClientRects === 'function' ? Array.from(target.getClientRects()) : [];
}

export function isRtl(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return el !== null && getComputedStyle(el).direction === 'rtl';
}
