import type { Settings } from '../settings/schema';

/** The article as it is saved: its header, and the body as the reader shows it, highlights drawn. */
export interface ExportInput {
  title: string;
  byline: string | null;
  /** as the reader shows it (already formatted for the interface language), or ISO */
  date: string | null;
  /** the page's address: where relative links and images are resolved, and the "Source" line */
  url: string;
  siteName: string | null;
  /** the article's language (BCP 47), null when unknown */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  /**
   * A copy of the reader's `.lr-content`: highlights drawn as `<mark class="lr-hl" data-hl-id
   * data-colour>`, one or more per highlight. Never changed: the converters work on their own copy.
   */
  body: Element;
  /** highlight id → its note ('' or absent: none) */
  notes: ReadonlyMap<string, string>;
}

/** Words the saved file says in the interface language (the caller translates them). */
export interface ExportLabels {
  /** the language they are in (the interface's), and its direction */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** before the source address: "Source" */
  source: string;
  /** the HTML file's notes heading: "Notes" */
  notes: string;
  /** a note's link back to its place in the text */
  backToText: string;
}

/** How the saved HTML file looks: the reader's own settings at the time. */
export type ExportLook = Pick<Settings, 'theme' | 'fontSize' | 'fontFamily' | 'lineHeight' | 'contentWidth' | 'letterSpacing' | 'wordSpacing' | 'paragraphSpacing' | 'textAlign'>;
