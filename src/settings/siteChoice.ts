/**
 * The change a site choice makes ("Always open articles on this site", "Don't open
 * automatically on this site"). Apart from sitePolicy.ts because it names the page's site by
 * the Public Suffix List, which only the background and the options page load.
 */
import { findMatchingDomain, hostMatchesDomain } from './domains';
import { siteDomain } from './publicSuffix';
import type { SettingsPatch } from './schema';
import type { SiteSettings } from './sitePolicy';

/** What the "this site" buttons ask for: open articles here by themselves, or never. */
export type SiteChoice = 'always' | 'never';

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

