/**
 * Never less than Readability. Our cleaning and region choice beat raw Readability on most
 * pages, but where they answer "no article" or keep a short block of something else (a footer's
 * address, an install prompt, a row of "On Sale!" badges), raw Readability over the whole page
 * has often found the page's main text. Only then is it asked (a deep copy, the page untouched):
 * an answer of ours that is long enough to be a story never pays for a second pass.
 *
 * Its answer replaces ours when it holds a main text, at least twice as much as ours. A listing
 * or a collection whose Readability text is itself mostly links (a menu, a column of headlines)
 * still gets no article. Links that wrap a whole card (a product's name, maker and price; a
 * course's title and summary, laid out in blocks inside one link) are that card's text, not a
 * link label: a shop's category page is its product cards.
 *
 * Every Readability pass of the pipeline goes through `parseWithReadability`, ours on the
 * cleaned copy (index.ts) and this raw one, so both read the page alike.
 */
import { Readability } from '@mozilla/readability';
import { normText } from './dom';

/** Our answer this long or longer is a story of its own: Readability is not asked. */
export const SHORT_ANSWER = 2000;
/** Readability's text must be this many times ours to replace it. */
const MORE_TEXT = 2;
/** Less text than this is a page's chrome, whoever picked it. */
const MIN_CHARS = 300;
/** Above this share of its text in link labels, Readability's answer is a list of links. */
const MOSTLY_LINKS = 0.5;

/** Elements that make a link a card: its text is laid out in blocks, not one label. */
const CARD_BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, article, section, table, ul, ol, dl';

export type RawParse = NonNullable<ReturnType<Readability<Element>['parse']>> & { content: Element };

/** Readability over `doc` (which it takes apart), its body as live elements with their classes. */
export function parseWithReadability(doc: Document): RawParse | null {
  const parsed = new Readability<Element>(doc, { serializer: (node) => node as Element, keepClasses: true }).parse();
  return parsed?.content ? (parsed as RawParse) : null;
}

/** Share of `root`'s text that is link labels (links holding blocks are cards and count as text). */
export function labelLinkShare(root: Element): number {
  const total = normText(root.textContent).length;
  if (total === 0) return 1;
  let labels = 0;
  for (const a of Array.from(root.getElementsByTagName('a'))) {
    if (a.parentElement?.closest('a')) continue;
    if (a.querySelector(CARD_BLOCKS)) continue;
    labels += normText(a.textContent).length;
  }
  return labels / total;
}

/** Is our answer (null: none) short enough that Readability's may be the page's main text? */
export function inDoubt(ours: string | null): boolean {
  return ours === null || ours.length < SHORT_ANSWER;
}

/**
 * Raw Readability's article for `doc` (it parses a deep copy), when it holds a main text of at
 * least twice `ours`'s length (`ours`: our answer's text, null when we have none).
 */
export function readabilityFallback(doc: Document, ours: string | null): RawParse | null {
  const clone = doc.cloneNode(true) as Document;
  const parsed = parseWithReadability(clone);
  if (!parsed) return null;
  const root = parsed.content;
  const text = normText(root.textContent).length;
  if (text < MIN_CHARS || text < MORE_TEXT * normText(ours).length) return null;
  if (labelLinkShare(root) > MOSTLY_LINKS) return null;
  return parsed;
}
