/**
 * Which pages open by themselves, where the detection script is registered, and what the
 * "this site" buttons change. Pure: the browser-facing modules feed it settings and answers.
 */
import { findMatchingDomain, hostMatchesDomain, matchPatternsFor } from './domains';
import type { Settings, SettingsPatch } from './schema';

export type SiteSettings = Pick<Settings, 'autoOpen' | 'autoOpenDomains' | 'neverOpenDomains'>;

/** The host of a web page's address; null for anything the reader does not run on by itself. */
export function webHost(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Whether the lists make this host open automatically, whatever the global switch says. The
 * more specific entry wins, so "never bbc.com" with "always news.bbc.com" still opens the news
 * subdomain; on a tie the opt-out wins.
 */
export function listedForAutoOpen(settings: SiteSettings, host: string): boolean {
  const always = findMatchingDomain(host, settings.autoOpenDomains);
  if (always === null) return false;
  const never = findMatchingDomain(host, settings.neverOpenDomains);
  return never === null || always.length > never.length;
}

export function autoOpensOn(settings: SiteSettings, url: string | undefined): boolean {
  const host = webHost(url);
  return settings.autoOpen && host !== null && listedForAutoOpen(settings, host);
}

export interface RegistrationPlan {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Where the detection script should run: the listed domains the extension holds host access
 * for, minus opted-out parts of them (unless a more specific listed domain lies inside one).
 * null when it should run nowhere.
 */
export function registrationPlan(settings: SiteSettings, heldDomains: readonly string[]): RegistrationPlan | null {
  if (!settings.autoOpen) return null;
  const held = new Set(heldDomains);
  const active = settings.autoOpenDomains.filter((domain) => held.has(domain) && listedForAutoOpen(settings, domain));
  if (active.length === 0) return null;
  const excluded = settings.neverOpenDomains.filter(
    (never) =>
      active.some((domain) => domain !== never && hostMatchesDomain(never, domain)) &&
      !active.some((domain) => domain !== never && hostMatchesDomain(domain, never)),
  );
  return { matches: active.flatMap(matchPatternsFor), excludeMatches: excluded.flatMap(matchPatternsFor) };
}

/** Listing a domain from the options page: it is listed, and opt-outs covering it are lifted. */
export function addSitePatch(settings: SiteSettings, domain: string): Pick<SettingsPatch, 'autoOpenDomains' | 'neverOpenDomains'> {
  return {
    autoOpenDomains: settings.autoOpenDomains.includes(domain) ? settings.autoOpenDomains : [...settings.autoOpenDomains, domain],
    neverOpenDomains: settings.neverOpenDomains.filter((never) => !hostMatchesDomain(domain, never)),
  };
}

/**
 * Whether the host access asked for a removed domain can be given back: not while another
 * listed domain overlaps it, since browsers revoke every pattern the removed ones cover.
 */
export function accessReleasable(removed: string, remaining: readonly string[]): boolean {
  return !remaining.some((domain) => hostMatchesDomain(domain, removed) || hostMatchesDomain(removed, domain));
}
