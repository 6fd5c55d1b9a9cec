// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleAddress, highlightsKey, normaliseAddress, sameSite } from '../../../src/highlights/articleKey';

function page(url: string, head = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`, { url }).window.document;
}

describe('the article’s address', () => {
  it('is the canonical link, resolved against the page and normalised', () => {
    expect(articleAddress(page('https://news.example.com/a?utm_source=x#top', '<link rel="canonical" href="/world/story?id=4&utm_medium=mail#c">'))).toBe(
      'https://news.example.com/world/story?id=4',
    );
  });

  it('takes og:url when there is no canonical link, and the page’s own address when neither', () => {
    expect(articleAddress(page('https://example.com/a', '<meta property="og:url" content="https://www.example.com/story">'))).toBe('https://www.example.com/story');
    expect(articleAddress(page('https://Example.COM:443/a?b=1&fbclid=z&gclid=q#frag'))).toBe('https://example.com/a?b=1');
  });

  it('follows the canonical link of a mobile copy to the desktop one', () => {
    expect(articleAddress(page('https://m.example.com/story', '<link rel="canonical" href="https://www.example.com/story">'))).toBe('https://www.example.com/story');
  });

  it('does not believe a canonical link to another site, nor one that is not http(s)', () => {
    expect(articleAddress(page('https://evil.example/a', '<link rel="canonical" href="https://bank.example/a">'))).toBe('https://evil.example/a');
    expect(articleAddress(page('https://evil.co.uk/a', '<link rel="canonical" href="https://bank.co.uk/a">'))).toBe('https://evil.co.uk/a');
    expect(articleAddress(page('https://example.com/a', '<link rel="canonical" href="javascript:alert(1)">'))).toBe('https://example.com/a');
    expect(articleAddress(page('https://example.com/a', '<link rel="canonical" href="">'))).toBe('https://example.com/a');
  });

  it('has none for a page that is not http(s)', () => {
    expect(articleAddress(page('file:///home/me/story.html'))).toBeNull();
  });

  it('drops every tracking parameter, whatever its case, and keeps the page’s own', () => {
    expect(normaliseAddress('http://example.com:80/p?UTM_Campaign=a&page=2&mc_cid=1&mc_eid=2&_ga=3&yclid=4&msclkid=5&igshid=6&ref_src=7&dclid=8')).toBe(
      'http://example.com/p?page=2',
    );
    expect(normaliseAddress('https://user:pw@example.com/p?')).toBe('https://example.com/p');
    expect(normaliseAddress('ftp://example.com/p')).toBeNull();
  });

  it('keys each article apart', () => {
    expect(highlightsKey('https://example.com/a')).toBe('highlights.https://example.com/a');
  });

  it('counts subdomains of the page’s site as the site, and no sibling site', () => {
    expect(sameSite('https://www.example.com/a', 'https://example.com/b')).toBe(true);
    expect(sameSite('https://a.example.com/a', 'https://example.com/b')).toBe(true);
    expect(sameSite('https://example.com/a', 'https://notexample.com/b')).toBe(false);
    expect(sameSite('https://a.github.io/', 'https://b.github.io/')).toBe(false);
  });
});
