/**
 * The body copy both converters start from. The reader's body came out of DOMPurify, but the
 * saved file outlives this page: whatever could run or fetch is taken out again here, and every
 * address is made absolute, since the file will be opened far from the page it came from.
 */

import { GONE_ATTR, SHOWN_REMOVED_CLASS } from '../reader/blocks/blocks';

/** What the reader shows but the article is not: blocks removed in this view, and the cleaning's removals shown in place. */
const NOT_THE_ARTICLE = `[${GONE_ATTR}], .${SHOWN_REMOVED_CLASS}`;
const DROPPED = 'script, noscript, style, link, meta, base, iframe, frame, frameset, object, embed, template, form, input, button, select, textarea, picture > source';
const URL_ATTRS = ['href', 'src', 'poster', 'cite', 'action', 'formaction', 'xlink:href'];
// A srcset's candidates may be relative and a browser prefers them to src: src alone is kept.
// The reader's own state (a focusable mark, the paragraph read aloud) has no place in a file.
const DROPPED_ATTRS = ['srcset', 'sizes', 'ping', 'style', 'tabindex'];

/** The address made absolute against base, or null when it is not one a saved file may hold. */
export function absoluteUrl(value: string, base: string, image: boolean): string | null {
  // An absolute address stands on its own, whatever the base (which may be missing or no address).
  const url = URL.canParse(value.trim()) ? new URL(value.trim()) : URL.canParse(value.trim(), base) ? new URL(value.trim(), base) : null;
  if (url === null) return null;
  if (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:') return url.href;
  // An image may be inline data; nothing else may be (data: HTML would be a page of its own).
  if (image && url.protocol === 'data:' && /^data:image\/(?:png|gif|jpeg|webp|avif);/i.test(url.href)) return url.href;
  return null;
}

/** A copy of body as the reader shows the article (the blocks removed in it left out), with nothing that runs, fetches (but images) or points somewhere relative. */
export function cleanBody(body: Element, base: string): HTMLElement {
  const doc = body.ownerDocument;
  const copy = doc.createElement('div');
  for (const child of Array.from(body.childNodes)) copy.append(child.cloneNode(true));
  for (const el of Array.from(copy.querySelectorAll(`${DROPPED}, ${NOT_THE_ARTICLE}`))) el.remove();
  for (const el of Array.from(copy.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name.startsWith('data-lr-') || DROPPED_ATTRS.includes(name)) el.removeAttribute(attr.name);
      else if (URL_ATTRS.includes(name)) {
        const url = absoluteUrl(attr.value, base, el.localName === 'img' && name === 'src');
        if (url === null) el.removeAttribute(attr.name);
        else el.setAttribute(attr.name, url);
      }
    }
  }
  return copy;
}
