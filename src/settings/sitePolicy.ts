/**
 * Which pages open by themselves, where the detection script is registered, and what the
 * "this site" buttons change. Pure: the browser-facing modules feed it settings and answers.
 */
import { findMatchingDomain, hostMatchesDomain, matchPatternsFor, siteDomain } from './domains';
import type { Settings, SettingsPatch } from './schema';
import type { SiteChoice } from '../shared/messages';

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

export interface SiteChoiceChange {
  /** the listed domain the choice is about */
  domain: string;
  patch: Pick<SettingsPatch, 'autoOpenDomains' | 'neverOpenDomains'>;
  /** host access this change needs ("always" on a site the extension cannot yet read) */
  needsAccess: boolean;
}

/**
 * "Don't open automatically on this site" opts out the listed domain the page is under, so the
 * whole site stops; "Always open articles on this site" lifts any opt-out covering the page and
 * lists the site (the page's registrable domain) if it is not listed yet.
 */
export function siteChoiceChange(settings: SiteSettings, host: string, choice: SiteChoice): SiteChoiceChange | null {
  const listed = findMatchingDomain(host, settings.autoOpenDomains);
  const domain = listed ?? siteDomain(host);
  if (domain === null) return null;
  if (choice === 'never') {
    const neverOpenDomains = settings.neverOpenDomains.includes(domain) ? settings.neverOpenDomains : [...settings.neverOpenDomains, domain];
    return { domain, patch: { neverOpenDomains }, needsAccess: false };
  }
  const neverOpenDomains = settings.neverOpenDomains.filter((never) => !hostMatchesDomain(host, never));
  const autoOpenDomains = listed === null ? [...settings.autoOpenDomains, domain] : settings.autoOpenDomains;
  return { domain, patch: { autoOpenDomains, neverOpenDomains }, needsAccess: true };
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
