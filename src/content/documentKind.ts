/**
 * What kind of document the tab shows. Only HTML pages can hold an article; the browser shows
 * plain text, images and PDFs in HTML documents of its own making, and XML (feeds, SVG) as XML.
 * Kept free of imports: the small detection script uses it too.
 */
export type DocumentKind = 'html' | 'text' | 'image' | 'pdf' | 'other';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

export function documentKind(doc: Document): DocumentKind {
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  // SVG is an XML document of its own, not the browser's image viewer.
  if (type.startsWith('image/') && type !== 'image/svg+xml') return 'image';
  // text/css, text/csv, text/javascript… the browser shows them all as one <pre> of text.
  if (type.startsWith('text/') && type !== 'text/html' && type !== 'text/xml') return 'text';
  const root = doc.documentElement;
  const htmlRoot = root !== null && root.namespaceURI === XHTML_NS && root.localName === 'html';
  if ((type === 'text/html' || type === 'application/xhtml+xml') && htmlRoot) return 'html';
  return 'other';
}
