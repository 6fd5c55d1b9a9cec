/**
 * Lazy-loading sites ship placeholder `src`s and keep the real URL in data
 * attributes or a <noscript> fallback. Readability only sees `src`, so resolve
 * them first or the reader shows grey boxes.
 */
import { parseSrcset } from './srcset';

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src', 'data-img-src', 'data-echo'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
const IMAGE_URL = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;

/** Placeholders: small data: URIs, spacer/blank/pixel images, 1x1 images. */
export function isPlaceholderSrc(src: string | null, img?: Element): boolean {
  if (!src?.trim()) return true;
  const s = src.trim();
  if (/^data:/i.test(s)) return s.length < 2000 || /^data:image\/svg/i.test(s);
  if (/(?:^|\/)(?:blank|spacer|pixel|transparent|placeholder|lazy|loading|grey|gray|1x1)[\w-]*\.(?:gif|png|svg|jpe?g|webp)/i.test(s)) return true;
  return img !== undefined && img.getAttribute('width') === '1' && img.getAttribute('height') === '1';
}

function firstSrcsetUrl(srcset: string): string | null {
  const first = parseSrcset(srcset)[0]?.url;
  return first && !/^data:/i.test(first) ? first : null;
}

function lazySrc(img: Element): string | null {
  for (const attr of LAZY_SRC_ATTRS) {
    const v = img.getAttribute(attr)?.trim();
    if (v && !/^data:/i.test(v)) return v;
  }
  // Sites invent their own attribute names; any data-* holding one image URL will do.
  for (const a of Array.from(img.attributes)) {
    const v = a.value.trim();
    if (a.name.startsWith('data-') && !a.name.includes('srcset') && IMAGE_URL.test(v) && !/\s/.test(v)) return v;
  }
  const srcset = img.getAttribute('srcset');
  return srcset ? firstSrcsetUrl(srcset) : null;
}

/** Mutates an <img> of the cleaned copy so that `src`/`srcset` hold the real image. */
export function fixLazyImage(img: Element): void {
  for (const attr of LAZY_SRCSET_ATTRS) {
    const v = img.getAttribute(attr)?.trim();
    if (v) {
      img.setAttribute('srcset', v);
      break;
    }
  }
  if (isPlaceholderSrc(img.getAttribute('src'), img)) {
    const real = lazySrc(img);
    if (real) {
      img.setAttribute('src', real);
      // A 1x1 spacer's size is not the picture's.
      if (img.getAttribute('width') === '1') img.removeAttribute('width');
      if (img.getAttribute('height') === '1') img.removeAttribute('height');
    }
  }
  const srcset = img.getAttribute('srcset');
  if (srcset && /^\s*data:/i.test(srcset)) img.removeAttribute('srcset');
  img.removeAttribute('loading');
}

/**
 * The <img> inside a <noscript>, created in `dst`. With scripting on, browsers keep
 * noscript content as text, so parse it with a template when there is no element.
 */
export function fallbackImage(ns: Element, dst: Document): Element | null {
  let img = ns.querySelector('img');
  if (!img) {
    const raw = ns.textContent ?? '';
    if (!/<img[\s>]/i.test(raw)) return null;
    const tpl = dst.createElement('template');
    tpl.innerHTML = raw;
    img = tpl.content.querySelector('img');
  }
  if (!img || isPlaceholderSrc(img.getAttribute('src'))) return null;
  const copy = dst.importNode(img, false) as Element;
  fixLazyImage(copy);
  return copy;
}
