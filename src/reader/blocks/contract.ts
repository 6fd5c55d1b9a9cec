// PLACEHOLDER mirroring issue-24-rules's contract until it lands (src/siteRules/types.ts, extract/blocks.ts).
export type RemovedReason = 'advertising' | 'links' | 'promotion' | 'sharing' | 'teaser' | 'details' | 'rule' | 'other';
export interface BlockDescriptor {
  tag: string;
  classes: string[];
  landmark: string;
  position: 'before' | 'inside' | 'after';
}
export interface RemovedBlock {
  html: string;
  reason: RemovedReason;
  block: BlockDescriptor;
  after: number | null;
}
export type SiteRuleAction = 'remove' | 'keep';
export interface SiteRule {
  id: string;
  site: string;
  action: SiteRuleAction;
  block: BlockDescriptor;
  created: number;
}
export type SiteRuleError = 'invalid' | 'tooBroad' | 'full' | 'newerVersion' | 'saveFailed';
export type AddSiteRuleResult = { ok: true; rule: SiteRule } | { ok: false; error: SiteRuleError };
