import { describe, expect, it } from 'vitest';
import { readArticleItem, readArticleInfo, readChange, readHighlight } from '../../../src/highlights/validate';
import { article, highlight, INFO } from './fixtures';

describe('reading a stored article item', () => {
  it('keeps a valid item as it is', () => {
    const item = article([highlight('a'), highlight('b', { colour: 'pink', note: 'mine' })]);
    expect(readArticleItem(structuredClone(item), INFO.url)).toEqual({ item, invalid: 0 });
  });

  it('shows the valid highlights of a hand-edited item and counts the rest', () => {
    const raw = {
      ...article([highlight('a')]),
      highlights: [
        highlight('a'),
        { ...highlight('b'), quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' } },
        { ...highlight('c'), position: { start: 9, end: 3 } },
        'garbage',
        null,
        { ...highlight('d'), note: 42 },
        { ...highlight('e'), id: 'x'.repeat(65) },
        highlight('f'),
      ],
    };
    const { item, invalid } = readArticleItem(raw, INFO.url);
    expect(item?.highlights.map((h) => h.id)).toEqual(['a', 'f']);
    expect(invalid).toBe(6);
  });

  it('reads a truncated item as far as it is valid', () => {
    expect(readArticleItem({ version: 1, url: INFO.url }, INFO.url)).toEqual({ item: null, invalid: 1 });
    expect(readArticleItem('{"version":1,"highlights":[{"id"', INFO.url)).toEqual({ item: null, invalid: 1 });
    expect(readArticleItem(undefined, INFO.url)).toEqual({ item: null, invalid: 0 });
  });

  it('keeps one copy of a highlight stored twice: the one changed last', () => {
    const raw = article([highlight('a', { note: 'old' }), highlight('a', { note: 'new', updated: 2000 }), highlight('b')]);
    const { item } = readArticleItem(raw, INFO.url);
    expect(item?.highlights.map((h) => [h.id, h.note])).toEqual([
      ['a', 'new'],
      ['b', ''],
    ]);
  });

  it('keeps the words and note of a highlight in a colour it does not know, in yellow', () => {
    const { item, invalid } = readArticleItem(article([highlight('a', { colour: 'violet' as 'yellow', note: 'kept' })]), INFO.url);
    expect(item?.highlights[0]).toMatchObject({ colour: 'yellow', note: 'kept' });
    expect(invalid).toBe(0);
  });

  it('belongs to the article its key names, whatever address it claims', () => {
    const { item } = readArticleItem({ ...article([highlight('a')]), url: 'https://elsewhere.example/x', title: 7 }, INFO.url);
    expect(item).toMatchObject({ url: INFO.url, title: '' });
  });

  it('never throws on hostile objects', () => {
    const getter = Object.defineProperty({}, 'highlights', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('boom');
        },
      },
    );
    const hostileList = new Proxy([highlight('a')], {
      get() {
        throw new Error('boom');
      },
    });
    const polluted = JSON.parse(`{"version":1,"__proto__":{"highlights":[${JSON.stringify(highlight('a'))}]}}`);
    expect(readArticleItem(getter, INFO.url)).toEqual({ item: null, invalid: 1 });
    expect(readArticleItem(proxy, INFO.url)).toEqual({ item: null, invalid: 1 });
    expect(readArticleItem({ ...article([]), highlights: hostileList }, INFO.url).item).toBeNull();
    expect(readArticleItem(polluted, INFO.url).item).toBeNull();
    expect(readHighlight(proxy, true)).toBeNull();
  });
});

describe('reading what a tab sends', () => {
  it('accepts a valid change and nothing loose', () => {
    expect(readChange({ kind: 'put', highlight: highlight('a') })).toEqual({ kind: 'put', highlight: highlight('a') });
    expect(readChange({ kind: 'remove', id: 'a' })).toEqual({ kind: 'remove', id: 'a' });
    expect(readChange({ kind: 'remove-article' })).toEqual({ kind: 'remove-article' });
    expect(readChange({ kind: 'put', highlight: { ...highlight('a'), colour: 'violet' } })).toBeNull();
    expect(readChange({ kind: 'put', highlight: { ...highlight('a'), note: 'n'.repeat(10_001) } })).toBeNull();
    expect(readChange({ kind: 'put', highlight: { ...highlight('a'), quote: { ...highlight('a').quote, exact: 'x'.repeat(20_001) } } })).toBeNull();
    expect(readChange({ kind: 'put', highlight: { ...highlight('a'), quote: { ...highlight('a').quote, prefix: 'p'.repeat(65) } } })).toBeNull();
    expect(readChange({ kind: 'put', highlight: { ...highlight('a'), position: { start: 1.5, end: 3 } } })).toBeNull();
    expect(readChange({ kind: 'remove', id: '' })).toBeNull();
    expect(readChange({ kind: 'clear-everything' })).toBeNull();
  });

  it('accepts an article’s info only with a normalised http(s) address', () => {
    expect(readArticleInfo(INFO)).toEqual(INFO);
    expect(readArticleInfo({ ...INFO, url: 'https://example.com/story#frag' })).toBeNull();
    expect(readArticleInfo({ ...INFO, url: 'javascript:alert(1)' })).toBeNull();
    expect(readArticleInfo({ ...INFO, title: 'x'.repeat(1001) })).toBeNull();
  });
});
