/**
 * Site rules (issue 24): "Always remove this on <site>" and "Keep this on <site>".
 *
 * THE CONTRACT between the extraction, the storage and the views:
 *
 * - A block is described by structure, never by text: `BlockDescriptor` { tag, classes (stable
 *   tokens only), landmark, position before/inside/after the story } (src/extract/blocks.ts).
 *   A rule matches a block of the same tag, landmark and position whose class tokens include
 *   all of the rule's (`matchesBlock` in extract/blockDescriptors.ts).
 * - The extraction, `extractArticle(doc, { url, siteRules })`, applies the site's rules:
 *   'remove' takes matching blocks out of Readability's article (never more than half its text);
 *   'keep' stops our cleaning (preclean, postclean, teasers; not Readability) from removing a
 *   matching block.
 * - Its article (`ExtractedArticle`, src/extract/index.ts) carries:
 *   - `contentHtml`: each top-level block (paragraph, heading, figure, list, quote, table, pre…)
 *     has `data-lr-block="<n>"` (BLOCK_ATTRIBUTE); nothing else of the page's data-* survives.
 *   - `blocks: BlockDescriptor[]`, indexed by n: make a "remove" rule from the block the user removed.
 *   - `removed: RemovedBlock[]` { html, reason, block, after }: what our cleaning (and the user's
 *     'remove' rules, reason 'rule') removed from the story region, in page order, sanitized like
 *     contentHtml; `after` is the n of the shown block it followed (null: before the first).
 *     At most MAX_REMOVED entries and MAX_REMOVED_HTML characters of HTML in all.
 * - The background reads the tab's rules itself (never from the page's message) and answers
 *   `page:extract` with `Extraction.site`: the tab's site (registrable domain), the one to name in
 *   "… on <site>" and to pass to `store.add`. Absent where the page has none (an IP address).
 * - Storage (store.ts, `createSiteRulesStore`; the extension's instance in browserStore.ts):
 *   one item per site, `siteRules.<site>` = { version, rules: [{ id, action, block, created }] },
 *   in storage.sync with storage.local as the fallback (like the settings), validated rule by
 *   rule (a bad one is dropped, never a crash), migrated from older versions, at most
 *   MAX_RULES_PER_SITE rules and MAX_ITEM_BYTES per site. `add` replaces a rule with the same
 *   block (the last action wins: "keep" after "remove" undoes it); a 'remove' rule must be
 *   specific (`isSpecificBlock`: class tokens, or an element rarer than p/div/span/section…),
 *   else `add` answers 'tooBroad' and the view should not offer it.
 */
import type { BlockDescriptor, BlockRuleAction } from '../extract';

// The article's side (RemovedBlock, RemovedReason) the views take from extract/index.ts with ExtractedArticle.
export type { BlockDescriptor, BlockLandmark, BlockPosition, BlockRule } from '../extract';

export type SiteRuleAction = BlockRuleAction;

export interface SiteRule {
  /** unique within its site */
  id: string;
  /** registrable domain (`bbc.co.uk`), as settings/publicSuffix.ts's siteDomain gives it */
  site: string;
  action: SiteRuleAction;
  block: BlockDescriptor;
  /** when it was made, ms since the epoch */
  created: number;
}

/** Why `add` made no rule: each has a string in the 11 catalogues (the UI helper's). */
export type SiteRuleError =
  /** the site or the block is not of the stored shape */
  | 'invalid'
  /** a 'remove' rule that would take every paragraph (isSpecificBlock) */
  | 'tooBroad'
  /** the site has MAX_RULES_PER_SITE rules, or its item would pass MAX_ITEM_BYTES */
  | 'full'
  /** a newer version of the extension wrote this site's rules: this one will not overwrite them */
  | 'newerVersion'
  /** storage refused the write */
  | 'saveFailed';

export type AddSiteRuleResult = { ok: true; rule: SiteRule } | { ok: false; error: SiteRuleError };

export interface SiteRulesStore {
  /** The site's rules, valid ones only, oldest first; [] for none, or an unknown or unreadable site. */
  load(site: string): Promise<SiteRule[]>;
  /** Every site's rules, by site then oldest first (the options page's list). */
  list(): Promise<SiteRule[]>;
  /** Adds a rule, or changes the action of the site's rule for the same block. */
  add(site: string, action: SiteRuleAction, block: BlockDescriptor): Promise<AddSiteRuleResult>;
  /** Removes the site's rule with this id (nothing when there is none). */
  remove(site: string, id: string): Promise<void>;
  /** Called with a site and its rules whenever they change, from any view; returns unsubscribe. */
  subscribe(cb: (site: string, rules: SiteRule[]) => void): () => void;
}
