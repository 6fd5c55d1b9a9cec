/**
 * The text of an article body (or a page) cut into blocks, in whitespace-free coordinates:
 * extracted text differs in whitespace between runs, so places are compared by the other
 * characters. A block is the nearest block element of a text node, its key the whitespace-free
 * text of its own text nodes; a paragraph is traced from the extracted body to the page, and
 * from one extraction to the next, by its key (and which of the blocks with that key it is).
 */

export const BLOCK_TAGS = new Set([
  'P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DD', 'DT', 'DL', 'FIGCAPTION', 'FIGURE', 'DIV',
  'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'TABLE', 'TBODY', 'THEAD', 'TR', 'CAPTION', 'UL', 'OL', 'BODY',
  'DETAILS', 'SUMMARY', 'ADDRESS', 'NAV', 'FORM', 'CENTER',
]);

export const squeeze = (s: string): string => s.replace(/\s+/g, '');

export function blockOf(node: Node, root: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName)) return el;
    if (el === root) return null;
  }
  return null;
}

/** Consecutive text of one block. */
export interface Segment {
  block: Element;
  key: string;
  /** which of the blocks with this key, in order */
  ordinal: number;
  /** whitespace-free offsets of the segment in the whole text */
  sqStart: number;
  sqEnd: number;
  /** whitespace-free characters of the block's own text before this segment */
  inBlock: number;
  /** how many segments the block's own text has (1: a plain paragraph) */
  parts: number;
}

export interface BlockText {
  text: string;
  squeezed: string;
  /** whitespace-free offset of each text offset (length text.length + 1) */
  sqOf: Int32Array;
  /** text offset of each whitespace-free offset */
  rawOf: Int32Array;
  segments: Segment[];
  /** key → blocks with it, in order */
  byKey: Map<string, Element[]>;
}

/** Cuts root's text (its textContent) into blocks. */
export function blockText(root: Node): BlockText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const runs: { block: Element | null; data: string }[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) runs.push({ block: blockOf(n, root), data: (n as Text).data });
  const text = runs.map((r) => r.data).join('');
  const sqOf = new Int32Array(text.length + 1);
  const rawOf = new Int32Array(text.length + 1);
  let sq = 0;
  for (let i = 0; i < text.length; i++) {
    sqOf[i] = sq;
    if (!/\s/.test(text[i] ?? '')) rawOf[sq++] = i;
  }
  sqOf[text.length] = sq;
  rawOf[sq] = text.length;
  const squeezed = squeeze(text);

  // Own text of each block, and its segments.
  const own = new Map<Element, string[]>();
  const segments: Omit<Segment, 'key' | 'ordinal' | 'parts'>[] = [];
  let at = 0;
  for (const run of runs) {
    const start = at;
    at += squeeze(run.data).length;
    if (!run.block || at === start) continue;
    const parts = own.get(run.block) ?? [];
    const inBlock = parts.reduce((n, p) => n + p.length, 0);
    parts.push(squeeze(run.data));
    own.set(run.block, parts);
    const last = segments[segments.length - 1];
    if (last && last.block === run.block && last.sqEnd === start) last.sqEnd = at;
    else segments.push({ block: run.block, sqStart: start, sqEnd: at, inBlock });
  }
  const keys = new Map<Element, string>();
  const byKey = new Map<string, Element[]>();
  for (const [block, parts] of own) {
    const key = parts.join('');
    keys.set(block, key);
  }
  // Blocks in document order (the order of their first segment).
  for (const seg of segments) {
    const key = keys.get(seg.block) ?? '';
    const list = byKey.get(key) ?? [];
    if (!list.includes(seg.block)) list.push(seg.block);
    byKey.set(key, list);
  }
  const partsOf = new Map<Element, number>();
  for (const seg of segments) partsOf.set(seg.block, (partsOf.get(seg.block) ?? 0) + 1);
  return {
    text,
    squeezed,
    sqOf,
    rawOf,
    byKey,
    segments: segments.map((s) => {
      const key = keys.get(s.block) ?? '';
      return { ...s, key, ordinal: (byKey.get(key) ?? []).indexOf(s.block), parts: partsOf.get(s.block) ?? 1 };
    }),
  };
}

/** The segment holding whitespace-free offset sq (the one it starts, at a boundary). */
export function segmentAt(t: BlockText, sq: number): Segment | null {
  let lo = 0;
  let hi = t.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = t.segments[mid]!;
    if (sq < s.sqStart) hi = mid - 1;
    else if (sq >= s.sqEnd) lo = mid + 1;
    else return s;
  }
  return null;
}

/** Where a whitespace-free offset is: its block's key, which block of that key, and the offset in its own text. */
export interface Place {
  key: string;
  ordinal: number;
  offset: number;
}

export function placeAt(t: BlockText, sq: number): Place | null {
  const s = segmentAt(t, sq);
  return s ? { key: s.key, ordinal: s.ordinal, offset: s.inBlock + sq - s.sqStart } : null;
}
