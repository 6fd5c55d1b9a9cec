/**
 * A long article reaches the reader in parts: parsing and laying out a 10 MB body in one go
 * blocked the tab for seconds (issue 9: no task of ours over 200 ms). The reader shows the
 * first part at once and adds each next one in a frame of its own (reader/articleParts.ts).
 */

/** About this many characters of HTML a part; a body up to twice as long stays in one piece. */
export const PART_CHARS = 64_000;

export interface SerializedBody {
  /** the body's HTML: exactly what it parses back to, whole */
  html: string;
  /** offsets into `html` where a part begins after the first, ascending; absent for one part */
  breaks?: number[];
}

/** HTML's serialization of text (in an element whose text is not raw: the body holds no script or style). */
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const WRAPPERS = new Set(['div', 'section', 'article', 'main']);

/** A box that only wraps the rest: no text of its own, no attribute that changes how the text reads. */
function soleWrapper(root: Element): Element | null {
  const only = root.firstElementChild;
  if (only === null || only !== root.lastElementChild || !WRAPPERS.has(only.localName)) return null;
  if (only.getAttributeNames().some((name) => name !== 'id' && name !== 'class')) return null;
  for (const node of Array.from(root.childNodes)) if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return null;
  return only;
}

function serializeNode(node: Node): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return escapeText((node as Text).data);
  if (node.nodeType === 8) return `<!--${(node as Comment).data}-->`;
  return '';
}

/**
 * The body's HTML, with the offsets of its parts when it is long. Parts split the body between
 * its top-level nodes, so each parses on its own into the same tree; plain wrappers around the
 * whole story (Readability's page `<div>`) are left out.
 */
export function serializeBody(root: Element): SerializedBody {
  const whole = root.innerHTML;
  if (whole.length <= 2 * PART_CHARS) return { html: whole };
  let story: Element = root;
  for (let wrapper = soleWrapper(story); wrapper !== null; wrapper = soleWrapper(story)) story = wrapper;
  const pieces: string[] = [];
  const breaks: number[] = [];
  let length = 0;
  let partStart = 0;
  for (const node of Array.from(story.childNodes)) {
    const piece = serializeNode(node);
    if (length - partStart >= PART_CHARS && node.nodeType === 1) {
      breaks.push(length);
      partStart = length;
    }
    pieces.push(piece);
    length += piece.length;
  }
  return breaks.length > 0 ? { html: pieces.join(''), breaks } : { html: pieces.join('') };
}

/** The parts themselves, as the reader adds them. */
export function bodyParts(body: SerializedBody): string[] {
  const starts = [0, ...(body.breaks ?? [])];
  return starts.map((start, i) => body.html.slice(start, starts[i + 1] ?? body.html.length));
}
