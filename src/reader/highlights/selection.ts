import { offsetsOfRange, rangeFromOffsets } from '../../highlights/textRange';

interface ComposedSelection {
  getComposedRanges?: (...args: unknown[]) => StaticRange[];
}

interface SelectingRoot {
  getSelection?: () => Selection | null;
}

function liveRange(doc: Document, from: AbstractRange): Range {
  const range = doc.createRange();
  range.setStart(from.startContainer, from.startOffset);
  range.setEnd(from.endContainer, from.endOffset);
  return range;
}

/**
 * The selected range, seen from inside `body`'s tree. In a (closed) shadow root, Chromium's
 * document selection stops at the host: the standard getComposedRanges (Firefox 142+, Chromium
 * 137+) or Chromium's own ShadowRoot.getSelection reach in; older Firefox shows shadow ranges as they are.
 */
function selectedRange(body: HTMLElement): Range | null {
  const doc = body.ownerDocument;
  const root = body.getRootNode();
  const selection = doc.getSelection();
  if (root instanceof ShadowRoot) {
    const composed = (selection as (Selection & ComposedSelection) | null)?.getComposedRanges;
    if (selection && typeof composed === 'function') {
      let ranges: StaticRange[] = [];
      try {
        ranges = composed.call(selection, { shadowRoots: [root] });
      } catch {
        // The first shipped form took the roots as arguments.
        ranges = composed.call(selection, root);
      }
      const first = ranges[0];
      if (first && !first.collapsed && body.contains(first.startContainer)) return liveRange(doc, first);
    }
    const own = (root as ShadowRoot & SelectingRoot).getSelection?.();
    if (own && own.rangeCount > 0) return own.getRangeAt(0);
  }
  return selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

/** The part of range inside body (a selection may run on into the title or the next-page link). */
function within(body: HTMLElement, range: Range): Range | null {
  const inside = body.ownerDocument.createRange();
  inside.selectNodeContents(body);
  const clipped = range.cloneRange();
  try {
    if (clipped.compareBoundaryPoints(Range.START_TO_START, inside) < 0) clipped.setStart(inside.startContainer, inside.startOffset);
    if (clipped.compareBoundaryPoints(Range.END_TO_END, inside) > 0) clipped.setEnd(inside.endContainer, inside.endOffset);
  } catch {
    // In another tree altogether.
    return null;
  }
  return clipped.collapsed ? null : clipped;
}

/** The selection's offsets in body's text; null when nothing of body is selected. */
export function selectedOffsets(body: HTMLElement): { start: number; end: number; range: Range } | null {
  const selected = selectedRange(body);
  const range = selected && !selected.collapsed ? within(body, selected) : null;
  if (!range) return null;
  const offsets = offsetsOfRange(body, range);
  if (!offsets) return null;
  // Selected space alone (a double click between paragraphs) is nothing to highlight.
  if (!range.toString().trim()) return null;
  return { ...offsets, range };
}

/** Puts the selection back over [start, end) of body's text (after Esc, or a redraw). */
export function selectOffsets(body: HTMLElement, start: number, end: number): void {
  const range = rangeFromOffsets(body, start, end);
  const selection = selectionFor(body);
  if (!range || !selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

function selectionFor(body: HTMLElement): Selection | null {
  const root = body.getRootNode() as ShadowRoot & SelectingRoot;
  return (root instanceof ShadowRoot ? root.getSelection?.() : null) ?? body.ownerDocument.getSelection();
}

export function clearSelection(body: HTMLElement): void {
  selectionFor(body)?.removeAllRanges();
}

