/** Make links and media URLs absolute so the reader view (another origin) can load them. */
import { parseSrcset, serializeSrcset } from './srcset';

function absolute(value: string, base: string): string | null {
  const v = value.trim();
  if (!v || /^(?:data|blob|mailto|tel|javascript):/i.test(v)) return null;
  if (v.startsWith('#')) return null;
  try {
    return new URL(v, base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(srcset: string, base: string): string {
  return serializeSrcset(parseSrcset(srcset).map(({ url, descriptors }) => ({ url: absolute(url, base) ?? url, descriptors })));
}

export function absolutizeUrls(root: ParentNode, base: string): void {
  for (const el of Array.from(root.querySelectorAll('[href],[src],[srcset],[poster]'))) {
    for (const attr of ['href', 'src', 'poster'] as const) {
      const v = el.getAttribute(attr);
      if (v === null) continue;
      const abs = absolute(v, base);
      if (abs) el.setAttribute(attr, abs);
    }
    const srcset = el.getAttribute('srcset');
    if (srcset) el.setAttribute('srcset', absoluteSrcset(srcset, base));
  }
}

/** The URL relative links resolve against: <base href> if present, else the page URL. */
export function baseUrlOf(doc: Document, url?: string): string {
  const pageUrl = url ?? doc.URL;
  // getElementsByTagName: a selector query costs more than the rest of this function.
  const baseHref = doc.getElementsByTagName('base')[0]?.getAttribute('href');
  if (baseHref) {
    try {
      return new URL(baseHref, pageUrl).href;
    } catch {
      /* malformed <base>: fall back to the page URL */
    }
  }
  return pageUrl;
}
