/**
 * Highlights and notes kept per article (issue #23). Anchored as the W3C Web Annotation model
 * does: a text-quote selector (the exact words, with some text before and after) and a
 * text-position hint, both over the text of the reader's article body (`.lr-content`'s
 * `textContent`). The stored shape is versioned like the settings: `validate.ts` turns what
 * storage holds into valid highlights and a list of what it could not read.
 */

/** The four colours a highlight can have; each has a name that screen readers announce. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** The exact text, and up to QUOTE_CONTEXT characters of the text on each side of it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the article body's text when the highlight was made: a hint, not the truth. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Highlight {
  /** unique across tabs and devices (random) */
  id: string;
  colour: HighlightColour;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** the note; '' when none */
  note: string;
  /** epoch milliseconds */
  created: number;
  updated: number;
}

/** What the options page lists for an article, besides its highlights. */
export interface ArticleInfo {
  /** the page's canonical address (articleKey.ts) */
  url: string;
  title: string;
  /** the site's name as the reader shows it, else the host */
  site: string;
}

/** One storage item per article, in storage.local, under `highlightsKey(url)`. */
export interface ArticleHighlights extends ArticleInfo {
  version: number;
  /** epoch milliseconds of the last change */
  updated: number;
  highlights: Highlight[];
}

/** A change to one article's highlights; the background applies them one at a time, in order. */
export type HighlightChange =
  | { kind: 'put'; highlight: Highlight }
  | { kind: 'remove'; id: string }
  | { kind: 'remove-article' };

/** Why a change was not stored: storage is full, or it was not a valid change. */
type HighlightWriteError = 'storage-full' | 'invalid' | 'failed';

export type HighlightWriteResult = { ok: true; item: ArticleHighlights | null } | { ok: false; error: HighlightWriteError };

/** Where a stored highlight is in the article shown now. */
export type Anchored = { found: true; start: number; end: number } | { found: false };

/** An article's highlights as storage holds them: the valid ones, and how many could not be read. */
export interface LoadedHighlights {
  highlights: Highlight[];
  /** stored entries that were not valid highlights (a hand-edited or truncated item): reported, not shown */
  invalid: number;
}

/**
 * The reader's way to its article's highlights, handed to it as a prop (as the settings store
 * is): the content script builds it for the article shown, with the article's key and info.
 */
export interface HighlightsPort {
  load(): Promise<LoadedHighlights>;
  /** applied in order with every other tab's changes to the same article; storage full is an answer, not a throw */
  change(change: HighlightChange): Promise<HighlightWriteResult>;
  /** every change of this article's item, from any tab or the options page */
  subscribe(listener: (loaded: LoadedHighlights) => void): () => void;
}
