/**
 * Metadata Readability does not find reliably: language from og:locale or meta
 * tags, direction from the language or the script itself, a date to show from
 * common meta tags.
 */
import { dirOf, RTL_CHARS } from './language';
import { isChromeZone } from './region';

/**
 * All <meta> values keyed by lower-cased property / name / http-equiv / itemprop,
 * read in one pass (one selector query per key would walk the page each time).
 */
export function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(doc.getElementsByTagName('meta'))) {
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'http-equiv', 'itemprop']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !out.has(key)) out.set(key, content);
    }
  }
  return out;
}

function first(metas: Map<string, string>, keys: string[]): string | null {
  for (const k of keys) {
    const v = metas.get(k);
    if (v) return v;
  }
  return null;
}

/** "en_US" → "en-US", "zh-cn" → "zh-CN"; null when it is not a language tag. */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;]/)[0]?.trim().replace(/_/g, '-');
  if (!first || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return null;
  const [lang = '', ...rest] = first.split('-');
  const parts = [lang.toLowerCase()];
  for (const p of rest) {
    if (p.length === 2) parts.push(p.toUpperCase());
    else if (p.length === 4) parts.push(p.charAt(0).toUpperCase() + p.slice(1).toLowerCase());
    else parts.push(p.toLowerCase());
  }
  return parts.join('-');
}

export function detectLang(doc: Document, metas: Map<string, string>, readabilityLang: string | null | undefined): string | null {
  return (
    normalizeLang(readabilityLang) ??
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(first(metas, ['og:locale', 'content-language', 'language', 'lang', 'inlanguage', 'dc.language']))
  );
}

/** Share of letters in right-to-left scripts decides when no markup says so. */
export function scriptDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 5000);
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && rtl / letters > 0.4 ? 'rtl' : 'ltr';
}

export function detectDir(doc: Document, readabilityDir: string | null | undefined, lang: string | null, text: string): 'ltr' | 'rtl' {
  const explicit = (readabilityDir ?? doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  // A right-to-left language settles it; any other may still be written in an RTL script.
  if (lang && dirOf(lang) === 'rtl') return 'rtl';
  return scriptDirection(text);
}

/**
 * The date the reader shows under the title. `publishedTime` is what the page declares for
 * machines, by Readability's own rules (JSON-LD, article:published_time), and stays exactly
 * that; where it has none, the page often still states a date: older date metas, or a
 * <time> in the story's header. The first <time> outside the page's chrome is taken, since a
 * footer, sidebar or comment thread dates other things.
 */
export function detectDisplayDate(doc: Document, metas: Map<string, string>, publishedTime: string | null): string | null {
  if (publishedTime) return publishedTime;
  const fromMeta = first(metas, [
    'datepublished',
    'pubdate',
    'publish-date',
    'publishdate',
    'date',
    'dc.date',
    'dc.date.issued',
    'og:published_time',
  ]);
  if (fromMeta) return fromMeta;
  for (const time of Array.from(doc.getElementsByTagName('time'))) {
    const v = time.getAttribute('datetime')?.trim();
    if (v && !inPageChrome(time)) return v;
  }
  return null;
}

function inPageChrome(el: Element): boolean {
  for (let n = el.parentElement; n && n.tagName !== 'BODY'; n = n.parentElement) {
    if (isChromeZone(n, `${n.id} ${n.getAttribute('class') ?? ''}`.trim())) return true;
  }
  return false;
}

const SEPARATOR = /^[\s|\-–—:·•»«_/\\[\]()]+|[\s|\-–—:·•»«_/\\[\]()]+$/g;

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Readability keeps "Headline | Site" where the page's title says so. When the page also
 * states the bare headline (og:title, twitter:title or its h1) at the start of the title,
 * and what follows is set off by a separator, that suffix is the site's or section's
 * name, not part of the story's: the reader shows the headline. A headline found at the
 * end is only taken when what comes before it is the site's name.
 */
export function cleanTitle(doc: Document, metas: Map<string, string>, title: string, siteName: string | null = null): string {
  const candidates = [metas.get('og:title'), metas.get('twitter:title'), doc.getElementsByTagName('h1')[0]?.textContent];
  for (const raw of candidates) {
    const c = (raw ?? '').replace(/\s+/g, ' ').trim();
    if (!c || c === title || c.length < 15 || c.length < title.length * 0.4) continue;
    const at = title.indexOf(c);
    if (at < 0) continue;
    const before = title.slice(0, at);
    const after = title.slice(at + c.length);
    if (before.trim() === '' && /^\s*[|\-–—:·•»_/[(]/.test(after)) return c;
    if (after.trim() === '' && siteName && squash(before.replace(SEPARATOR, '')) === squash(siteName)) return c;
  }
  return dashSuffixRemoved(title);
}

const words = (s: string): number => s.trim().split(/\s+/).length;

/**
 * Readability 0.6 drops a final " | Site" or " - Site" part of a title but not one set off by
 * an en or em dash, which sites use as much; newer Readability treats them alike, and so do we.
 */
function dashSuffixRemoved(title: string): string {
  const separators = Array.from(title.matchAll(/ [–—] /g));
  const last = separators.pop();
  if (last?.index === undefined) return title;
  const head = title.slice(0, last.index).trim();
  return words(head) >= 3 && words(title.slice(last.index + 3)) <= 4 ? head : title;
}
