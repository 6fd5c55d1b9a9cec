/**
 * The tab's one share of an extraction: the document as HTML, for the extension to parse
 * (background/extraction.ts). `outerHTML` of a whole 10 MB page is one native call of
 * ~100–300 ms in the page's main thread, so big subtrees are taken apart: an element with
 * more than SUBTREE_ELEMENTS descendants is written tag by tag around its children, smaller
 * ones by `outerHTML` in one go, and the work yields to the page every SLICE_MS. The result
 * parses to the same tree as the page's own `outerHTML` would (tests/unit/content/snapshot.test.ts).
 */
import { SLICE_MS, slicer } from '../shared/yielding';

/** Small enough that its `outerHTML` is well under a millisecond. */
const SUBTREE_ELEMENTS = 1000;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Their text is written as is (HTML's serialization algorithm); `noscript` too, since pages run with scripting on. */
const RAW_TEXT = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;');

function openTag(el: Element): string {
  let tag = `<${el.localName}`;
  for (const attr of Array.from(el.attributes)) tag += ` ${attr.name}="${escapeAttr(attr.value)}"`;
  return `${tag}>`;
}

/** The HTML of one node, in pieces small enough to yield between. */
function* pieces(node: Node): Generator<string> {
  switch (node.nodeType) {
    case Node.TEXT_NODE: {
      const parent = node.parentElement;
      const raw = parent !== null && parent.namespaceURI === HTML_NS && RAW_TEXT.has(parent.localName);
      yield raw ? (node as Text).data : escapeText((node as Text).data);
      return;
    }
    case Node.COMMENT_NODE:
      yield `<!--${(node as Comment).data}-->`;
      return;
    case Node.ELEMENT_NODE: {
      const el = node as Element;
      // Foreign (SVG, MathML) and template content keep the browser's own serialization.
      const small = el.namespaceURI !== HTML_NS || el.localName === 'template' || el.getElementsByTagName('*').length <= SUBTREE_ELEMENTS;
      if (small) {
        yield el.outerHTML;
        return;
      }
      yield openTag(el);
      if (VOID.has(el.localName)) return;
      for (let child = el.firstChild; child !== null; child = child.nextSibling) yield* pieces(child);
      yield `</${el.localName}>`;
      return;
    }
    default:
      // Processing instructions and the like have no place in an HTML document's markup.
      return;
  }
}

/** The document's HTML (doctype included: it decides quirks mode), written in slices that leave the page responsive. */
export async function serializeDocument(doc: Document, sliceMs = SLICE_MS): Promise<string> {
  const parts: string[] = doc.doctype ? [`<!DOCTYPE ${doc.doctype.name}>`] : [];
  const root = doc.documentElement;
  if (root === null) return parts.join('');
  const slices = slicer(sliceMs);
  for (const piece of pieces(root)) {
    parts.push(piece);
    if (slices.due()) await slices.pause();
  }
  return parts.join('');
}
