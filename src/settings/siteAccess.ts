/**
 * Listing a site and holding the host access it needs, in one place: the options page, the
 * background's menus, the overlay's site button (through the background) and the detection
 * script's registration all go through here, and every step answers in terms a view can show.
 *
 * Browsers honour `permissions.request` only during the person's click, so every function that
 * may ask makes its request before its first `await`.
 *
 * Loads the Public Suffix List (publicSuffix.ts): only the background and the options page
 * import this at run time; the overlay takes its types alone.
 */
import { findMatchingDomain, matchPatternsFor, normalizeDomain } from './domains';
import { isPublicSuffix, siteDomain } from './publicSuffix';
import type { SettingsStore } from './store';
import { siteChoiceChange, type SiteChoice } from './siteChoice';
import { accessReleasable, addSitePatch, listedForAutoOpen, webHost, type SiteSettings } from './sitePolicy';

export type { SiteChoice } from './siteChoice';

/**
 * Why no site can be listed: the address is not a web page the browser lets extensions read
 * (`chrome://`, `about:`, a file), the name is one anyone may register under (`co.uk`,
 * `github.io`), or it names no site at all (an IP address, `localhost`, a typo).
 */
type NotListable = 'browser-page' | 'public-suffix' | 'no-site';

/** The answers of the options page's site list. */
export type ListAnswer =
  /** listed with its access held (added now, or its missing access granted now) */
  | { outcome: 'listed'; domain: string }
  | { outcome: 'already-listed'; domain: string }
  | { outcome: 'removed'; domain: string }
  /** the browser (or the person, at its prompt) refused host access: nothing was listed */
  | { outcome: 'refused'; domain: string }
  | { outcome: 'not-listable'; why: NotListable };

/** The answers to a site choice made on a page (the overlay's button, the toolbar button's menu). */
export type ChoiceAnswer =
  | { outcome: 'listed'; domain: string }
  | { outcome: 'opted-out'; domain: string }
  | { outcome: 'refused'; domain: string }
  /** access is missing and no click of ours can ask for it here: the options page must */
  | { outcome: 'ask-on-options-page'; domain: string }
  | { outcome: 'not-listable'; why: NotListable };

export type SiteOf = { domain: string } | { why: NotListable };

/** The site a typed name belongs to (`news.bbc.co.uk` → `bbc.co.uk`), or why there is none. */
export function siteOfName(input: string): SiteOf {
  const name = normalizeDomain(input);
  if (name === null) return { why: 'no-site' };
  if (isPublicSuffix(name)) return { why: 'public-suffix' };
  const domain = siteDomain(name);
  return domain === null ? { why: 'no-site' } : { domain };
}

/**
 * Where reading one page of a host takes access: its whole site (its registrable domain and
 * subdomains, as a listed site would, since links often redirect within the site), or just the
 * host where it is under no site (an IP address, `localhost`, a public suffix). null: not a web page.
 */
export function pageAccessPatterns(url: string | undefined): string[] | null {
  const host = webHost(url);
  if (host === null) return null;
  const domain = siteDomain(host);
  return domain === null ? [`*://${host}/*`] : matchPatternsFor(domain);
}

interface Listenable {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

/** The part of `browser.permissions` used here. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  onAdded: Listenable;
  onRemoved: Listenable;
}

export interface SiteAccessDeps {
  permissions: PermissionsApi;
  store: Pick<SettingsStore, 'load' | 'save'>;
}

export interface SiteAccess {
  /** Whether the extension may read a listed site (the person can withhold or withdraw it at any time). */
  held(domain: string): Promise<boolean>;
  /** The domains of a list the extension may read. */
  heldAmong(domains: readonly string[]): Promise<string[]>;
  /** Calls `listener` when the browser grants or withdraws host access; returns the way to stop. */
  onChange(listener: () => void): () => void;
  /**
   * Lists what was typed on the options page: its site, with its access asked for. A site
   * listed already (by itself or by the site it is under) whose entry is among `lacking`
   * (known to be without access) gets its access asked for again instead.
   */
  add(settings: SiteSettings, input: string, lacking: ReadonlySet<string>): Promise<ListAnswer>;
  /** Asks again for a listed site's access: imported or synced lists, access withdrawn or declined. */
  grant(domain: string): Promise<ListAnswer>;
  /** Unlists a site, and gives back the access asked for it where no other listed site needs it. */
  remove(settings: SiteSettings, domain: string): Promise<ListAnswer>;
  /** Takes a site off the list of sites that never open by themselves. */
  removeOptOut(settings: SiteSettings, domain: string): Promise<ListAnswer>;
  /**
   * A choice made on a page. `mayAsk`: the call runs in a click on the browser's own UI (the
   * toolbar button's menu), so missing access can be asked for; from the overlay it cannot
   * (a content script may not ask, and a message carries no gesture).
   */
  choose(pageUrl: string | undefined, choice: SiteChoice, mayAsk: boolean): Promise<ChoiceAnswer>;
  /** "Open link in reader view": access to the link's site (see pageAccessPatterns); false if refused. */
  requestForPage(url: string): Promise<boolean>;
}

export function createSiteAccess({ permissions, store }: SiteAccessDeps): SiteAccess {
  const ask = (origins: string[]): Promise<boolean> => {
    try {
      return permissions.request({ origins }).catch(() => false);
    } catch {
      // Firefox throws synchronously outside a user action.
      return Promise.resolve(false);
    }
  };

  const held = async (domain: string): Promise<boolean> => {
    try {
      return await permissions.contains({ origins: matchPatternsFor(domain) });
    } catch {
      return false;
    }
  };

  const grant = async (domain: string): Promise<ListAnswer> =>
    (await ask(matchPatternsFor(domain))) ? { outcome: 'listed', domain } : { outcome: 'refused', domain };

  return {
    held,
    async heldAmong(domains) {
      const answers = await Promise.all(domains.map(held));
      return domains.filter((_, i) => answers[i]);
    },
    onChange(listener) {
      permissions.onAdded.addListener(listener);
      permissions.onRemoved.addListener(listener);
      return () => {
        permissions.onAdded.removeListener(listener);
        permissions.onRemoved.removeListener(listener);
      };
    },
    async add(settings, input, lacking) {
      const site = siteOfName(input);
      if ('why' in site) return { outcome: 'not-listable', why: site.why };
      const { domain } = site;
      if (listedForAutoOpen(settings, domain)) {
        const entry = findMatchingDomain(domain, settings.autoOpenDomains);
        return entry !== null && lacking.has(entry) ? grant(entry) : { outcome: 'already-listed', domain };
      }
      if (!(await ask(matchPatternsFor(domain)))) return { outcome: 'refused', domain };
      await store.save(addSitePatch(settings, domain));
      return { outcome: 'listed', domain };
    },
    grant,
    async remove(settings, domain) {
      const autoOpenDomains = settings.autoOpenDomains.filter((entry) => entry !== domain);
      await store.save({ autoOpenDomains });
      // The browser refuses for the shipped list (declared in the manifest), which is fine: the
      // detection script is unregistered either way. Overlapping entries share patterns, and
      // browsers revoke every pattern the removed ones cover, so those keep it.
      if (accessReleasable(domain, autoOpenDomains)) {
        await permissions.remove({ origins: matchPatternsFor(domain) }).catch(() => false);
      }
      return { outcome: 'removed', domain };
    },
    async removeOptOut(settings, domain) {
      await store.save({ neverOpenDomains: settings.neverOpenDomains.filter((entry) => entry !== domain) });
      return { outcome: 'removed', domain };
    },
    async choose(pageUrl, choice, mayAsk) {
      const host = webHost(pageUrl);
      if (host === null) return { outcome: 'not-listable', why: 'browser-page' };
      const site = siteDomain(host);
      // Asked at once, for the page's site, while the click still counts.
      const asked = mayAsk && choice === 'always' && site !== null ? ask(matchPatternsFor(site)) : null;
      const change = siteChoiceChange(await store.load(), host, choice);
      if (change === null) {
        const why = siteOfName(host);
        return { outcome: 'not-listable', why: 'why' in why ? why.why : 'no-site' };
      }
      if (change.needsAccess) {
        // An already listed parent (bbc.com for news.bbc.com) needs access of its own.
        const granted = asked !== null && change.domain === site ? await asked : await held(change.domain);
        if (!granted) return { outcome: mayAsk ? 'refused' : 'ask-on-options-page', domain: change.domain };
      }
      await store.save(change.patch);
      return { outcome: choice === 'always' ? 'listed' : 'opted-out', domain: change.domain };
    },
    requestForPage(url) {
      const origins = pageAccessPatterns(url);
      return origins === null ? Promise.resolve(false) : ask(origins);
    },
  };
}
