// PLACEHOLDER until issue-24-rules lands its contract (src/siteRules/types.ts, the Extraction's blocks/removed).
export type RemovedReason = 'advertising' | 'links' | 'promotion' | 'sharing' | 'teaser' | 'media' | 'other';
export interface BlockDescriptor {
  tag: string;
}
export interface RemovedBlock {
  html: string;
  reason: RemovedReason;
  block: BlockDescriptor | null;
  after: number | null;
}
export type SiteRuleAction = 'remove' | 'keep';
