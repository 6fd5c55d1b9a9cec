/**
 * Offsets into an element's text (its `textContent`, the text the anchors are made over) and
 * the DOM: a selection becomes offsets, offsets become ranges, ranges are drawn as <mark>s.
 */

/** The marks a highlight is drawn with carry its id, so it can be found, focused and erased. */
export const MARK_CLASS = 'lr-hl';

function textNodes(root: Node): Text[] {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The offset in root's text of a DOM boundary point (container, offset), or null outside root. */
export function textOffsetOf(root: Node, container: Node, offset: number): number | null {
  if (container !== root && !root.contains(container)) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.selectNodeContents(root);
  range.setEnd(container, offset);
  // A range's text is the text of the text nodes it holds, as textContent counts it.
  return range.toString().length;
}

/** Start and end of a range in root's text; null when either end is outside root or it is empty. */
export function offsetsOfRange(root: Node, range: Range): { start: number; end: number } | null {
  const start = textOffsetOf(root, range.startContainer, range.startOffset);
  const end = textOffsetOf(root, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** The text nodes of root that hold [start, end), each with the part of it that is inside; null when [start, end) is not all in root's text. */
function pieces(root: Node, start: number, end: number): { node: Text; from: number; to: number }[] | null {
  if (start < 0 || end <= start) return null;
  const out: { node: Text; from: number; to: number }[] = [];
  let at = 0;
  for (const node of textNodes(root)) {
    const length = node.data.length;
    const from = Math.max(start - at, 0);
    const to = Math.min(end - at, length);
    if (from < to) out.push({ node, from, to });
    at += length;
    if (at >= end) return out;
  }
  return null;
}

/** A range over [start, end) of root's text; null when the offsets are not in it. */
export function rangeFromOffsets(root: Node, start: number, end: number): Range | null {
  const parts = pieces(root, start, end);
  const first = parts?.[0];
  const last = parts?.[parts.length - 1];
  if (!first || !last) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}

/**
 * Wraps [start, end) of root's text in <mark class="lr-hl" data-hl-id data-colour>, one per text
 * node it crosses, and returns them in order (none when the offsets are not in root's text).
 * The text stays the same, so offsets still hold.
 */
export function drawHighlight(root: Node, start: number, end: number, attrs: { id: string; colour: string }): HTMLElement[] {
  const doc = root.ownerDocument ?? (root as Document);
  const marks: HTMLElement[] = [];
  for (const { node, from, to } of pieces(root, start, end) ?? []) {
    // Whitespace between blocks (a table's or a list's) cannot hold a <mark>.
    if (!node.data.slice(from, to).trim() && node.parentElement?.matches('table, thead, tbody, tr, ul, ol, dl')) continue;
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.data.length) target.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.hlId = attrs.id;
    mark.dataset.colour = attrs.colour;
    target.replaceWith(mark);
    mark.append(target);
    marks.push(mark);
  }
  return marks;
}

/**
 * Takes highlights' marks away — one highlight's (`id`), or every one — leaving their text where it
 * was, in whole text nodes again, as translation and read aloud found them.
 */
export function eraseHighlight(root: ParentNode, id?: string): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`))) {
    if (id !== undefined && mark.dataset.hlId !== id) continue;
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parents.add(parent);
  }
  for (const parent of parents) if (parent.isConnected) parent.normalize();
}
