import { siteDomain } from '../settings/publicSuffix';
import type { Extraction, PageSnapshot } from '../shared/messages';
import { siteRulesStore } from '../siteRules/browserStore';
import type { AddSiteRuleResult, BlockDescriptor, SiteRuleAction } from '../siteRules/types';
import { extractInExtension } from './extraction';

/** The page's site, as the extraction names it; null where it has none (no address, no site: no rules). */
function siteOf(pageUrl: string): string | null {
  try {
    return siteDomain(new URL(pageUrl).hostname);
  } catch {
    return null;
  }
}

/**
 * The reader's "Always remove this on <site>" / "Keep this on <site>": a rule for the sender's
 * site (the one its extraction named), never one the page names. The store validates the block.
 */
export function addSiteRule(pageUrl: string, action: SiteRuleAction, block: BlockDescriptor): Promise<AddSiteRuleResult> {
  const site = siteOf(pageUrl);
  if (site === null) return Promise.resolve({ ok: false, error: 'invalid' });
  return siteRulesStore.add(site, action, block);
}

/** Undoing an "Always remove this": the rule goes from the sender's site only. */
export async function deleteSiteRule(pageUrl: string, id: string): Promise<void> {
  const site = siteOf(pageUrl);
  if (site !== null) await siteRulesStore.remove(site, id);
}

/**
 * The extraction with the tab's site's rules (issue 24). The site is the sender's, which the
 * browser gives, and its rules are read here from storage: the page cannot name or forge them.
 * The answer names the site, for the reader's "… on <site>".
 */
export async function extractWithSiteRules(documents: PageSnapshot[], pageUrl: string): Promise<Extraction> {
  const site = siteOf(pageUrl);
  // Unreadable rules never cost the reader its article.
  const rules = site === null ? [] : await siteRulesStore.load(site).catch(() => []);
  const extraction = await extractInExtension(documents, rules);
  return site === null ? extraction : { ...extraction, site };
}
