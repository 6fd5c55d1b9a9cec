/**
 * Domain handling for automatic activation.
 *
 * A "domain" in the settings is a host name such as `bbc.co.uk`: lowercase,
 * punycoded, no scheme, port, path or trailing dot. It covers itself and every
 * subdomain.
 *
 * Decisions (see normalizeDomain, and siteDomain in publicSuffix.ts):
 * - A leading `www.` is stripped: users typing "www.bbc.com" mean the site,
 *   and the stored domain then also covers `news.bbc.com`.
 * - Public suffixes (`co.uk`, `com.au`, `github.io`) are refused wherever a site
 *   is added (publicSuffix.ts, by the Public Suffix List through `tldts`): `co.uk`
 *   would cover every company in the UK, so `www.co.uk` is refused too. The list
 *   is ~120 kB gzipped, so it stays out of the reader and the detection script;
 *   what they read back is checked for shape only.
 * - A site added from a page or a link is its registrable domain
 *   (`news.bbc.co.uk` → `bbc.co.uk`): sites move their pages between
 *   subdomains. A subdomain already in a list (the shipped
 *   `timesofindia.indiatimes.com`) stays as it is.
 * - IP literals are rejected: the lists are about news *sites*, and a match
 *   pattern like `*://*.1.2.3.4/*` is meaningless.
 * - Single-label names ("localhost", "com", "bbc") are rejected: a bare TLD
 *   would match every site under it, and a bare word is almost always a typo.
 */

export const DEFAULT_NEWS_DOMAINS: readonly string[] = Object.freeze([
  'newsx.com',
  'bbc.com',
  'bbc.co.uk',
  'reuters.com',
  'apnews.com',
  'nytimes.com',
  'theguardian.com',
  'washingtonpost.com',
  'cnn.com',
  'aljazeera.com',
  'ndtv.com',
  'hindustantimes.com',
  'indianexpress.com',
  'timesofindia.indiatimes.com',
  'npr.org',
  'theverge.com',
  'arstechnica.com',
  'lemonde.fr',
  'elpais.com',
  'spiegel.de',
]);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const MAX_HOST_LENGTH = 253;

/**
 * Parses anything a user might type or paste (bare host, URL, host:port) into
 * the lowercase, punycoded host name, or null. Uses the URL parser so IDN and
 * percent-encoding follow the same rules as the browser.
 */
function canonicalHost(input: string): string | null {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text === '') return null;
  // Users write "*.example.com" meaning "the site and its subdomains".
  if (text.startsWith('*.')) text = text.slice(2);
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  // "me@bbc.com" is an e-mail address, not a site.
  if (url.username !== '' || url.password !== '') return null;
  let host = url.hostname.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host === '' || host.length > MAX_HOST_LENGTH) return null;
  if (host.startsWith('[')) return host; // IPv6 literal, already canonical
  if (IPV4.test(host)) return host;
  return host.split('.').every((label) => LABEL.test(label)) ? host : null;
}

function isIpLiteral(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[');
}

/**
 * Normalizes user input to a domain of the stored shape, or null if it cannot be one. Whether
 * it is a public suffix is publicSuffix.ts's question, asked where sites are added.
 */
export function normalizeDomain(input: string): string | null {
  const host = canonicalHost(input);
  if (host === null || isIpLiteral(host)) return null;
  const labels = host.split('.');
  if (labels.length < 2) return null;
  // Keep "www.com" intact: stripping would leave a bare TLD.
  return labels[0] === 'www' && labels.length > 2 ? labels.slice(1).join('.') : host;
}

/** Normalizes, drops invalid entries and duplicates, keeps first-seen order. */
export function normalizeDomainList(list: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const entry of list) {
    if (typeof entry !== 'string') continue;
    const domain = normalizeDomain(entry);
    if (domain !== null) seen.add(domain);
  }
  return [...seen];
}

function coveredBy(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** True when `hostname` is `domain` or one of its subdomains. */
export function hostMatchesDomain(hostname: string, domain: string): boolean {
  const host = canonicalHost(hostname);
  const normalized = normalizeDomain(domain);
  if (host === null || normalized === null) return false;
  return coveredBy(host, normalized);
}

/**
 * The most specific listed domain covering `hostname`, so that callers can say
 * which entry caused a match (and remove exactly that one).
 */
export function findMatchingDomain(hostname: string, domains: readonly string[]): string | null {
  const host = canonicalHost(hostname);
  if (host === null) return null;
  let best: string | null = null;
  for (const entry of domains) {
    const domain = normalizeDomain(entry);
    if (domain === null || !coveredBy(host, domain)) continue;
    if (best === null || domain.length > best.length) best = domain;
  }
  return best;
}

/** Match patterns for permissions.request origins and registerContentScripts. */
export function matchPatternsFor(domain: string): string[] {
  const normalized = normalizeDomain(domain);
  if (normalized === null) return [];
  return [`*://${normalized}/*`, `*://*.${normalized}/*`];
}
