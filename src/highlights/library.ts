import type { StorageChanges } from '../settings/store';
import { addressOfKey, isHighlightsKey } from './articleKey';
import type { ArticleHighlights, HighlightWriteResult } from './types';
import { readArticleItem } from './validate';
import type { HighlightWriter } from './writer';

/** Every article with highlights, as the options page lists them, and what could not be read. */
export interface Library {
  /** the article changed last first */
  articles: ArticleHighlights[];
  /** stored highlights (or whole items) that were not valid: reported, not listed */
  invalid: number;
}

/** The options page's way to every article's highlights (the reader's is one article's HighlightsPort). */
export interface HighlightsLibrary {
  list(): Promise<Library>;
  /** every highlight of one article */
  remove(article: ArticleHighlights): Promise<HighlightWriteResult>;
  /** joined with what is stored (an import, or undoing a delete): never duplicates */
  merge(article: ArticleHighlights): Promise<HighlightWriteResult>;
  /** called on every change of any article's highlights, from any tab */
  subscribe(listener: () => void): () => void;
}

export interface LibraryDeps {
  /** storage.local's whole contents (get(null)) */
  readAll(): Promise<Record<string, unknown>>;
  onChanged(listener: (changes: StorageChanges, areaName: string) => void): () => void;
  writer: HighlightWriter;
}

/** What storage holds, read item by item: each article's valid highlights, and a count of the rest. */
export function readLibrary(all: Record<string, unknown>): Library {
  const articles: ArticleHighlights[] = [];
  let invalid = 0;
  for (const key of Object.keys(all)) {
    if (!isHighlightsKey(key)) continue;
    const read = readArticleItem(all[key], addressOfKey(key));
    invalid += read.invalid;
    if (read.item !== null) articles.push(read.item);
  }
  articles.sort((a, b) => b.updated - a.updated);
  return { articles, invalid };
}

/**
 * Whether an article matches what was typed in the search field: every word of it found in the
 * title, the site, the address, or a highlight's words or note, whatever the case.
 */
export function matchesSearch(article: ArticleHighlights, query: string, locale?: string): boolean {
  const words = query.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [article.title, article.site, article.url, ...article.highlights.flatMap((highlight) => [highlight.quote.exact, highlight.note])]
    .join('\n')
    .toLocaleLowerCase(locale);
  return words.every((word) => haystack.includes(word));
}

export function createHighlightsLibrary(deps: LibraryDeps): HighlightsLibrary {
  return {
    async list() {
      return readLibrary(await deps.readAll());
    },
    remove(article) {
      return deps.writer.change(article, { kind: 'remove-article' });
    },
    merge(article) {
      return deps.writer.merge(article);
    },
    subscribe(listener) {
      return deps.onChanged((changes, areaName) => {
        if (areaName === 'local' && Object.keys(changes).some(isHighlightsKey)) listener();
      });
    },
  };
}
