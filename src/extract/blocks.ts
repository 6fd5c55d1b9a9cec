/**
 * Blocks of the page, described by structure and never by text (issue 24): what a site rule
 * names ("always remove this on <site>", "keep this on <site>") and what the extraction tells
 * the reader about each block it shows and each one its cleaning removed. A description has to
 * find the same block in the next article of the site, so it holds only what a site's template
 * repeats: the element, its class tokens minus generated ones, the landmark around it and where
 * it sits relative to the story.
 *
 * The types are the contract with src/siteRules/ (storage) and the reader; extract/ imports
 * nothing of ours, so they live here and siteRules/types.ts re-exports them.
 */

/** The nearest landmark around a block in the page (its ancestors, not itself); 'none' outside any. */
export type BlockLandmark = 'main' | 'article' | 'aside' | 'header' | 'footer' | 'nav' | 'section' | 'none';

/** Where a block sits relative to the story's main text block: above it, in it, or below it. */
export type BlockPosition = 'before' | 'inside' | 'after';

export interface BlockDescriptor {
  /** the element's local name in the page, lower case: 'p', 'div', 'figure' */
  tag: string;
  /** its class tokens that look written by hand (no hashes, no long digit runs), sorted, at most MAX_CLASS_TOKENS */
  classes: string[];
  landmark: BlockLandmark;
  position: BlockPosition;
}

/**
 * Why the cleaning removed a block, as the reader labels it. A small fixed set: each is a
 * string in all 11 interface languages.
 * - advertising: ad slots, "Advertisement · Scroll to continue" labels, sponsored boxes
 * - links: lists and sections of links (related, most read, tags, in-page navigation, kickers)
 * - promotion: the site promoting itself in a line ("ALSO READ: …"), sign-up and subscribe calls
 * - sharing: share and follow bars
 * - teaser: a headline-long link to another story of the site, headings over teaser links
 * - details: bylines, dates, author boxes, credits and contact lines (the reader shows its own)
 * - rule: a "remove" site rule the user made
 * - other: anything else (comment threads, boxes beside the story, repeated lines)
 */
export type RemovedReason = 'advertising' | 'links' | 'promotion' | 'sharing' | 'teaser' | 'details' | 'rule' | 'other';

export interface RemovedBlock {
  /** the block as it was, cleaned and DOMPurify-sanitized like contentHtml (no data-lr-block inside) */
  html: string;
  reason: RemovedReason;
  /** the block in the page: a "keep" rule made from it spares it next time */
  block: BlockDescriptor;
  /** the `data-lr-block` number of the shown block it came after; null: before the first */
  after: number | null;
}

export type BlockRuleAction = 'remove' | 'keep';

/** What the extraction needs of a site rule (siteRules/types.ts's SiteRule has this shape and more). */
export interface BlockRule {
  action: BlockRuleAction;
  block: BlockDescriptor;
}

/** The attribute each top-level block of contentHtml carries: its index in `blocks`. */
export const BLOCK_ATTRIBUTE = 'data-lr-block';

export const MAX_CLASS_TOKENS = 8;
export const MAX_CLASS_TOKEN_LENGTH = 40;
