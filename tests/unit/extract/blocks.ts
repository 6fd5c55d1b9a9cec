/** The body of an extracted article as the reader shows it: one entry per block, in order. */
import type { ExtractedArticle } from '../../../src/extract/index';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function fixtureBlocks(article: ExtractedArticle): string[] {
  return article.textContent.split('\n\n').map(norm).filter(Boolean);
}
