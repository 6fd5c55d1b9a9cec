import type { ArticleHighlights, ArticleInfo, Highlight } from '../../../src/highlights/types';

export const INFO: ArticleInfo = { url: 'https://example.com/story', title: 'A story', site: 'Example News' };

export function highlight(id: string, overrides: Partial<Highlight> = {}): Highlight {
  return {
    id,
    colour: 'yellow',
    quote: { type: 'TextQuoteSelector', exact: `words of ${id}`, prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 10, end: 20 },
    note: '',
    created: 1000,
    updated: 1000,
    ...overrides,
  };
}

export function article(highlights: Highlight[], info: ArticleInfo = INFO, updated = 1000): ArticleHighlights {
  return { version: 1, ...info, updated, highlights };
}
