/**
 * Sites as the Public Suffix List defines them (through `tldts`, private section included, so
 * `alice.github.io` is a site of its own as browsers treat it). Only the places that add a
 * site import this: the options page and the background. The list is ~120 kB gzipped, and the
 * reader and the detection script never add one.
 */
import { getDomain, getPublicSuffix } from 'tldts';
import { normalizeDomain, normalizeDomainList } from './domains';

const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/** True for `co.uk`, `com`, `github.io`: names under which anyone may register a site. */
export function isPublicSuffix(host: string): boolean {
  return getPublicSuffix(host, PSL_OPTIONS) === host;
}

/** A domain that may be listed: the stored shape, and not a public suffix (`www.co.uk` → null). */
export function listableDomain(input: string): string | null {
  const domain = normalizeDomain(input);
  return domain === null || isPublicSuffix(domain) ? null : domain;
}

/**
 * The site a host belongs to: its registrable domain (`news.bbc.co.uk` → `bbc.co.uk`), or
 * null where there is none (an IP address, a public suffix, a bare name).
 */
export function siteDomain(input: string): string | null {
  const domain = listableDomain(input);
  return domain === null ? null : getDomain(domain, PSL_OPTIONS);
}

/** A site list with public suffixes taken out, as a file being imported may hold them. */
export function listableDomains(list: readonly unknown[]): string[] {
  return normalizeDomainList(list).filter((domain) => !isPublicSuffix(domain));
}
