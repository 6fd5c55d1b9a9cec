import type { ChoiceAnswer, SiteChoice } from '../settings/siteAccess';
import type { AddSiteRuleResult, BlockDescriptor, SiteRuleAction } from '../siteRules/types';

/**
 * What the overlay asks of the background, handed to it as props (as the settings store is):
 * the overlay renders the answers and never reaches an extension API itself.
 */
export interface ReaderActions {
  /** "Always open articles on this site" / "Don't open automatically on this site", for the page shown */
  chooseSite(choice: SiteChoice): Promise<ChoiceAnswer>;
  /** The "Next page" link: true when the reader opens there; false to follow the link as a plain one */
  openNextPage(url: string): Promise<boolean>;
  /** "Save…": has the background put the converters into this tab; false when it could not */
  loadConverters(): Promise<boolean>;
}

/**
 * The site's block rules (issue #24), for the page shown: "Always remove this on <site>" and
 * "Keep this on <site>". The extraction applies them the next time an article of the site is read.
 */
export interface SiteRulesPort {
  /** the page's site (its registrable domain, as the extraction was told), named in the buttons and notices */
  site: string;
  /** adds the rule (or turns the site's rule for the same block into this one) */
  add(action: SiteRuleAction, block: BlockDescriptor): Promise<AddSiteRuleResult>;
  delete(id: string): Promise<void>;
}
