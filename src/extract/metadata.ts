/**
 * Metadata Readability does not find reliably: language from og:locale or meta
 * tags, direction from the language or the script itself, published time from
 * common meta tags.
 */
import { RTL_CHARS, RTL_LANGS } from './patterns';

function meta(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** "en_US" → "en-US", "zh-cn" → "zh-CN"; null when it is not a language tag. */
export function normalizeLang(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const first = raw.split(/[,;\s]/)[0]?.trim().replace(/_/g, '-');
  if (!first || !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return null;
  const [lang, ...rest] = first.split('-');
  const parts = [lang!.toLowerCase()];
  for (const p of rest) {
    if (p.length === 2) parts.push(p.toUpperCase());
    else if (p.length === 4) parts.push(p[0]!.toUpperCase() + p.slice(1).toLowerCase());
    else parts.push(p.toLowerCase());
  }
  return parts.join('-');
}

export function detectLang(doc: Document, readabilityLang: string | null | undefined): string | null {
  return (
    normalizeLang(readabilityLang) ??
    normalizeLang(doc.documentElement?.getAttribute('lang')) ??
    normalizeLang(doc.documentElement?.getAttribute('xml:lang')) ??
    normalizeLang(meta(doc, ['meta[property="og:locale"]', 'meta[http-equiv="content-language" i]', 'meta[name="language" i]', 'meta[name="lang" i]', 'meta[itemprop="inLanguage"]']))
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
  if (lang) {
    const l = lang.toLowerCase();
    if (RTL_LANGS.has(l) || RTL_LANGS.has(l.split('-')[0] ?? '')) return 'rtl';
  }
  return scriptDirection(text);
}

export function detectPublishedTime(doc: Document, readabilityTime: string | null | undefined): string | null {
  if (readabilityTime) return readabilityTime;
  const fromMeta = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date.issued"]',
    'meta[property="og:published_time"]',
  ]);
  if (fromMeta) return fromMeta;
  const time = doc.querySelector('article time[datetime], time[itemprop="datePublished"], time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}
