/**
 * Readability does not sanitize, and the content ends up in our reader page, so
 * DOMPurify always runs last. It needs a real window (browser, or jsdom's).
 */
import createDOMPurify, { type DOMPurify } from 'dompurify';

const instances = new WeakMap<object, DOMPurify>();

function purifierFor(doc: Document): DOMPurify {
  const win = (doc.defaultView ?? (globalThis as { window?: Window }).window) as (Window & typeof globalThis) | undefined;
  if (!win) throw new Error('extract: no window to run DOMPurify in');
  let p = instances.get(win);
  if (!p) {
    p = createDOMPurify(win);
    // Once per window: given a config at each call, DOMPurify rebuilds its allow lists each time.
    p.setConfig({ ...CONFIG, IN_PLACE: true });
    instances.set(win, p);
  }
  if (!p.isSupported) throw new Error('extract: DOMPurify is not supported in this window');
  return p;
}

const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
  // The one list of attributes the article loses: presentation belongs to the reader's stylesheet,
  // the page's ids could clash with (or clobber) the reader's own, targets would open links
  // elsewhere. Readability has already dropped the old presentational ones (align, bgcolor, …).
  FORBID_ATTR: ['style', 'class', 'id', 'target', 'srcdoc'],
  ALLOW_DATA_ATTR: false,
  // but one: the reader's number of each block of the article (removals.ts, issue 24)
  ADD_ATTR: ['data-lr-block'],
};

/**
 * Sanitizes `root` in place (it must live in a detached copy, never the live page).
 * `doc` supplies the window. Throws rather than ever leaving markup unsanitized.
 */
export function sanitizeInPlace(root: Element, doc: Document): void {
  // In place: the purifier's config (purifierFor) says so.
  purifierFor(doc).sanitize(root);
}
