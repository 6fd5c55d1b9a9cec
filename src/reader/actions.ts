import type { ChoiceAnswer, SiteChoice } from '../settings/siteAccess';

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
