/**
 * Where else on a page a story may live when the document itself has none: inside open shadow
 * roots (sites built from web components), and in same-origin frames, `<iframe srcdoc>`
 * included. Extraction works on a Document, so shadow trees are flattened into an inert copy
 * (slots filled with what is assigned to them, as the page shows it) and frames are offered as
 * their own documents. Closed shadow roots and other sites' frames stay out of reach.
 */
import { elementsInSlices } from '../shared/yielding';

export interface CandidateDocument {
  doc: Document;
  /** the address to resolve links and images against */
  url: string;
}

/** Frames with less text than this cannot hold an article: not worth an extraction pass. */
const MIN_FRAME_TEXT = 500;
/** Frames inside frames inside frames: an article is never that deep. */
const MAX_FRAME_DEPTH = 3;

/** In slices: on a page of 100 000 elements (a grid, no article) the walk alone is a second. */
async function hasOpenShadowRoot(doc: Document): Promise<boolean> {
  for await (const el of elementsInSlices(doc)) if (el.shadowRoot) return true;
  return false;
}

function isSlot(node: Node): node is HTMLSlotElement {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'slot';
}

/** What a node renders as, copied into `into`: its shadow tree in place of its children. */
function flatten(node: Node, into: Document, parent: Node): void {
  if (isSlot(node)) {
    const assigned = node.assignedNodes({ flatten: false });
    for (const child of assigned.length > 0 ? assigned : Array.from(node.childNodes)) flatten(child, into, parent);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    if (node.nodeType === Node.TEXT_NODE) parent.appendChild(into.importNode(node, false));
    return;
  }
  const element = node as Element;
  // Styles and scripts of shadow trees mean nothing in the copy.
  if (element.localName === 'script' || (element.localName === 'style' && element.getRootNode() !== element.ownerDocument)) return;
  const copy = into.importNode(element, false);
  parent.appendChild(copy);
  const source: ParentNode = element.shadowRoot ?? (element.localName === 'template' ? (element as HTMLTemplateElement).content : element);
  if (element.localName === 'template') return;
  for (const child of Array.from(source.childNodes)) flatten(child, into, copy);
}

/**
 * `attr` set on `to`, unless its name is one setAttribute refuses: the HTML parser keeps any
 * attribute name (`"foo"`, `a<b`, `@click`), and those carry nothing the reader needs.
 */
function copyAttribute(attr: Attr, to: Element): void {
  try {
    to.setAttribute(attr.name, attr.value);
  } catch (err) {
    // A DOMException, not always an Error of this realm.
    const name = String((err as { name?: unknown } | null)?.name);
    if (name !== 'InvalidCharacterError' && name !== 'NamespaceError') throw err;
  }
}

/** An inert copy of the document with its open shadow roots flattened in; null when it has none. */
export async function flattenedCopy(doc: Document): Promise<Document | null> {
  if (doc.documentElement === null || !(await hasOpenShadowRoot(doc))) return null;
  const copy = doc.implementation.createHTMLDocument(doc.title);
  const html = copy.documentElement;
  html.replaceChildren();
  for (const attr of Array.from(doc.documentElement.attributes)) copyAttribute(attr, html);
  for (const child of Array.from(doc.documentElement.childNodes)) flatten(child, copy, html);
  return copy;
}

function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | null {
  try {
    // null for other sites' frames; throws in some browsers instead.
    return frame.contentDocument;
  } catch {
    return null;
  }
}

function addressOf(doc: Document, fallback: string): string {
  const href = doc.location?.href ?? doc.URL;
  return /^https?:/i.test(href) ? href : fallback;
}

/**
 * The other documents to look in, best first: the page with its shadow trees flattened, then
 * its same-origin frames (biggest text first), each with its own shadow trees flattened.
 */
export async function embeddedDocuments(doc: Document, url: string, depth = 0): Promise<CandidateDocument[]> {
  const found: CandidateDocument[] = [];
  const flat = await flattenedCopy(doc);
  if (flat) found.push({ doc: flat, url });
  if (depth >= MAX_FRAME_DEPTH) return found;
  const frames = Array.from(doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame'))
    .map((frame) => frameDocument(frame))
    .filter((frameDoc): frameDoc is Document => frameDoc?.documentElement != null && (frameDoc.body?.textContent ?? '').length >= MIN_FRAME_TEXT)
    .sort((a, b) => (b.body?.textContent ?? '').length - (a.body?.textContent ?? '').length);
  for (const frameDoc of frames) {
    const frameUrl = addressOf(frameDoc, url);
    found.push({ doc: frameDoc, url: frameUrl }, ...(await embeddedDocuments(frameDoc, frameUrl, depth + 1)));
  }
  return found;
}
