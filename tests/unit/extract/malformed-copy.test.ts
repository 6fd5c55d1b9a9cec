/**
 * The copy steps and names the DOM refuses: the HTML parser keeps any tag or attribute name
 * (`<a<b>`, `<x:y:z>`, `"foo"=…`, `@click`), createElementNS and setAttribute throw on them.
 * Such names cost the reader nothing: their text is kept, their attributes are skipped.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixturePage } from '../../support/extractionFixtures';
import { extractArticle } from '../../../src/extract/index';
import { cleanCopy, createNamed } from '../../../src/extract/preclean';
import { fixtureBlocks } from './blocks';

const URL_ = 'https://example.com/2026/01/story';
const PARA = 'The council met on Tuesday to decide what the town would do about the old bridge over the river. ';
const story = (inner: string): string =>
  `<!doctype html><html><head><title>Bridge story</title></head><body><article><h1>Bridge story</h1><p>${PARA.repeat(6)}</p>${inner}<p>${PARA.repeat(6)}</p></article></body></html>`;

describe('createNamed', () => {
  const doc = new JSDOM('').window.document;

  it('makes elements of names the DOM accepts, in their namespace', () => {
    expect(createNamed(doc, 'http://www.w3.org/1999/xhtml', 'p').localName).toBe('p');
    expect(createNamed(doc, 'http://www.w3.org/2000/svg', 'foreignObject').namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(createNamed(doc, 'http://www.w3.org/1999/xhtml', 'svg:foo').localName).toBe('foo');
  });

  it.each(['a<b', 'x:y:z', 'p\ufffe', 'main\u0001', 'art"icle'])('makes a span of %j', (name) => {
    const el = createNamed(doc, 'http://www.w3.org/1999/xhtml', name);
    expect(el.localName).toBe('span');
  });
});

describe('elements the DOM will not name', () => {
  it.each(['<a<b>odd name words</a<b>', '<x:y:z>odd name words</x:y:z>', '<p>inline <q"q>odd name words</q"q> here</p>'])('keep their text in the article: %s', (inner) => {
    const doc = new JSDOM(story(inner), { url: URL_ }).window.document;
    expect(() => cleanCopy(doc)).not.toThrow();
    const article = extractArticle(doc, { url: URL_ });
    expect(article?.textContent).toContain('odd name words');
    expect(article?.contentHtml).not.toMatch(/a<b|x:y:z/);
  });
});

describe('attributes the DOM will not name', () => {
  const BAD = ' "foo"="1" a<b="2" 1x="3" @click="go()" :class="{a: b}" x:y:z="z" -dash="d" (event)="e"';

  it.each(['captions-code-table', 'live-blog', 'opinion-pull-quote', 'lazy-images'])('cost %s nothing: the same blocks with them on every element', (slug) => {
    const { html, url } = fixturePage(slug);
    const noisy = html.replace(/<([a-zA-Z][\w-]*)(?=[\s/>])/g, `<$1${BAD}`);
    expect(noisy.length).toBeGreaterThan(html.length + 1000);
    const plain = extractArticle(new JSDOM(html, { url }).window.document, { url });
    const withBad = extractArticle(new JSDOM(noisy, { url }).window.document, { url });
    expect(plain).not.toBeNull();
    expect(withBad ? fixtureBlocks(withBad) : null).toEqual(plain ? fixtureBlocks(plain) : null);
    expect(withBad?.contentHtml).not.toMatch(/x:y:z|@click|a<b/);
  });

});
