import type { ExtractedArticle } from '../extract';
import { scriptDirection } from '../extract/metadata';

type Dir = 'ltr' | 'rtl';

/** Blocks whose text runs on its own lines: each may follow its own script. */
const BLOCKS = 'p, li, dt, dd, blockquote, figcaption, caption, td, th, h2, h3, h4, h5, h6, pre';

export interface ArticleDirections {
  /** the article's direction: its text's, where the page declared the other one */
  dir: Dir;
  titleDir: Dir;
  /** a part of the body's HTML (or all of it) with each block's direction set where its script needs one */
  blocks(html: string): string;
}

const hasLetters = (text: string): boolean => /\p{L}/u.test(text);

/**
 * Pages declare a direction for their whole template (`<html dir="rtl">` on a site's English
 * edition, say), and the story inherits it. Where the declared direction disagrees with the
 * script of the text, the text wins: the article takes its text's direction, and each block
 * whose own script differs (an Arabic line in an English story) takes its own. Where they
 * agree, the article is left exactly as extracted.
 */
export function followTextDirection(article: ExtractedArticle, doc: Document): ArticleDirections {
  const textDir = hasLetters(article.textContent) ? scriptDirection(article.textContent) : article.dir;
  if (textDir === article.dir) return { dir: article.dir, titleDir: article.dir, blocks: (html) => html };
  const titleDir = hasLetters(article.title) ? scriptDirection(article.title) : textDir;
  return { dir: textDir, titleDir, blocks: (html) => blocksByScript(html, textDir, doc) };
}

function blocksByScript(html: string, textDir: Dir, doc: Document): string {
  // A parsed document of its own runs and loads nothing; the HTML is sanitized already.
  const body = new (doc.defaultView ?? window).DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
  for (const block of Array.from(body.querySelectorAll<HTMLElement>(BLOCKS))) {
    const text = block.textContent ?? '';
    if (block.hasAttribute('dir') || !hasLetters(text)) continue;
    const own = scriptDirection(text);
    if (own !== textDir) block.setAttribute('dir', own);
  }
  return body.innerHTML;
}
