import { siteDomain } from '../settings/publicSuffix';
import type { Extraction, PageSnapshot } from '../shared/messages';
import { siteRulesStore } from '../siteRules/browserStore';
import { extractInExtension } from './extraction';

/**
 * The extraction with the tab's site's rules (issue 24). The site is the sender's, which the
 * browser gives, and its rules are read here from storage: the page cannot name or forge them.
 * The answer names the site, for the reader's "… on <site>".
 */
export async function extractWithSiteRules(documents: PageSnapshot[], pageUrl: string): Promise<Extraction> {
  let site: string | null = null;
  try {
    site = siteDomain(new URL(pageUrl).hostname);
  } catch {
    // no address, no site: no rules
  }
  // Unreadable rules never cost the reader its article.
  const rules = site === null ? [] : await siteRulesStore.load(site).catch(() => []);
  const extraction = await extractInExtension(documents, rules);
  return site === null ? extraction : { ...extraction, site };
}
