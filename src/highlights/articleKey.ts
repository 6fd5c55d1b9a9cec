/**
 * Which article a page is, for its highlights: the same story read from a newsletter link, a
 * share button or the site's front page must find the same item. Pure: the reader's content
 * script and the background both use it, and the detection script does not.
 */

/** Query parameters that say where a visit came from, never which page it is. */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  '_ga',
  '_gl',
  'yclid',
  'ref_src',
  'ref_url',
  'twclid',
  'ttclid',
  'wbraid',
  'gbraid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  'vero_id',
  'oly_enc_id',
  'oly_anon_id',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_'] as const;

/** Host labels that name a mobile or accelerated copy of the same site, not another site. */
const MIRROR_LABELS = /^(?:www\d*|m|mobile|amp)\./;

/** The address of every highlight item is at most this long; longer addresses are kept as they are but not as keys. */
export const MAX_ADDRESS_LENGTH = 2048;

const KEY_PREFIX = 'highlights.';

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function parseHttp(href: string, base?: string): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The address without what does not name the page: the fragment, tracking parameters, an
 * empty query. `URL` already lowercases the host and drops a default port. Null when not http(s).
 */
export function normaliseAddress(href: string): string | null {
  const url = parseHttp(href);
  if (url === null) return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  if (kept.length !== [...url.searchParams].length) {
    url.search = '';
    for (const [name, value] of kept) url.searchParams.append(name, value);
  }
  // An empty query ("?" alone) names the same page as none.
  if (url.search === '') url.search = '';
  const text = url.href;
  return text.length <= MAX_ADDRESS_LENGTH ? text : null;
}

function siteHost(host: string): string {
  return host.replace(MIRROR_LABELS, '');
}

/**
 * Whether `candidate` is of the page's own site: the same host, once "www." or "m." is set
 * aside, or one a subdomain of the other. A page decides its canonical link, so one that
 * names another site (a syndicated story, or a page claiming a bank's article) is not
 * believed: its highlights would land in, and show, another site's item. The background
 * checks the same and more (the registrable domain), and the page's own address always passes.
 */
export function sameSite(pageHref: string, candidateHref: string): boolean {
  const page = parseHttp(pageHref);
  const candidate = parseHttp(candidateHref);
  if (page === null || candidate === null) return false;
  const a = siteHost(page.hostname);
  const b = siteHost(candidate.hostname);
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

function linkHref(doc: Document, selector: string, attribute: string): string | null {
  const value = doc.querySelector(selector)?.getAttribute(attribute)?.trim();
  return value ? value : null;
}

/**
 * The page's canonical address (`<link rel=canonical>`, else `og:url`, else its own), normalised.
 * Relative links resolve against the document's base, as the browser would follow them. Null
 * for a page that is not http(s) (a local file): it has no address another visit would share.
 */
export function articleAddress(doc: Document): string | null {
  const page = doc.URL;
  const base = doc.baseURI || page;
  const candidates = [linkHref(doc, 'link[rel~="canonical" i][href]', 'href'), linkHref(doc, 'meta[property="og:url" i][content]', 'content')];
  for (const candidate of candidates) {
    if (candidate === null) continue;
    const resolved = parseHttp(candidate, base);
    if (resolved === null || !sameSite(page, resolved.href)) continue;
    const address = normaliseAddress(resolved.href);
    if (address !== null) return address;
  }
  return normaliseAddress(page);
}

/** The storage.local item of an article's highlights. */
export function highlightsKey(address: string): string {
  return `${KEY_PREFIX}${address}`;
}

export function isHighlightsKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}

/** The address a highlights key names. */
export function addressOfKey(key: string): string {
  return key.slice(KEY_PREFIX.length);
}
