import { describe, expect, it } from 'vitest';
import { readImportedHighlights, withHighlights } from '../../../src/highlights/exportImport';
import { matchesSearch, readLibrary } from '../../../src/highlights/library';
import { highlightsKey } from '../../../src/highlights/articleKey';
import { exportSettingsJson, parseSettingsImport } from '../../../src/settings/exportImport';
import { defaultSettings } from '../../../src/settings/schema';
import { article, highlight, INFO } from './fixtures';

const OTHER = { url: 'https://news.example.org/b', title: 'Another story', site: 'Org News' };

describe('highlights in the export file', () => {
  it('travel with the settings and come back as they were', () => {
    const articles = [article([highlight('a', { note: 'why' })]), article([highlight('b')], OTHER)];
    const text = withHighlights(exportSettingsJson(defaultSettings()), articles);
    expect(parseSettingsImport(text).ok).toBe(true);
    expect(readImportedHighlights(text)).toEqual({ ok: true, articles, invalid: 0 });
  });

  it('are none in a file from before highlights, which still imports', () => {
    expect(readImportedHighlights(exportSettingsJson(defaultSettings()))).toEqual({ ok: true, articles: [], invalid: 0 });
  });

  it('make a file not ours when they are not a list', () => {
    const file = JSON.parse(exportSettingsJson(defaultSettings())) as Record<string, unknown>;
    expect(readImportedHighlights(JSON.stringify({ ...file, highlights: { a: 1 } }))).toEqual({ ok: false, error: 'importNotSettingsFile' });
    expect(readImportedHighlights('{not json')).toEqual({ ok: false, error: 'importInvalidJson' });
  });

  it('keep one entry per article and count what is not valid', () => {
    const file = JSON.parse(exportSettingsJson(defaultSettings())) as Record<string, unknown>;
    const text = JSON.stringify({
      ...file,
      highlights: [article([highlight('a')]), article([highlight('b'), { bad: true } as never]), 'junk', { ...article([highlight('c')]), url: 'javascript:x' }],
    });
    const read = readImportedHighlights(text);
    expect(read.ok && read.articles.map((item) => [item.url, item.highlights.map((h) => h.id)])).toEqual([[INFO.url, ['a', 'b']]]);
    expect(read.ok && read.invalid).toBe(3);
  });
});

describe('the list of every article', () => {
  it('reads only highlights items, the article changed last first, counting what it could not read', () => {
    const library = readLibrary({
      'settings.theme': 'dark',
      [highlightsKey(INFO.url)]: article([highlight('a')], INFO, 100),
      [highlightsKey(OTHER.url)]: article([highlight('b'), { id: 'cut' } as never], OTHER, 200),
      [highlightsKey('https://example.com/gone')]: 'truncated',
    });
    expect(library.articles.map((item) => item.url)).toEqual([OTHER.url, INFO.url]);
    expect(library.invalid).toBe(2);
  });

  it('finds an article by every word typed, in its title, site, quotes and notes, whatever the case', () => {
    const item = article([highlight('a', { note: 'Remember the Budget' })], { ...INFO, title: 'Élections municipales' });
    expect(matchesSearch(item, 'budget remember')).toBe(true);
    expect(matchesSearch(item, 'ÉLECTIONS')).toBe(true);
    expect(matchesSearch(item, 'example news')).toBe(true);
    expect(matchesSearch(item, 'words of a')).toBe(true);
    expect(matchesSearch(item, 'budget weather')).toBe(false);
    expect(matchesSearch(item, '   ')).toBe(true);
  });
});
