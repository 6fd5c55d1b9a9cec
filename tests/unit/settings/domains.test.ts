import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NEWS_DOMAINS,
  findMatchingDomain,
  hostMatchesDomain,
  matchPatternsFor,
  normalizeDomain,
  normalizeDomainList,
} from '../../../src/settings/domains';

describe('normalizeDomain', () => {
  it.each([
    ['bbc.com', 'bbc.com'],
    ['BBC.com', 'bbc.com'],
    ['  bbc.com  ', 'bbc.com'],
    ['https://www.bbc.com/news', 'bbc.com'],
    ['http://news.bbc.co.uk/path?q=1#x', 'news.bbc.co.uk'],
    ['bbc.com.', 'bbc.com'],
    ['bbc.com:8080', 'bbc.com'],
    ['https://bbc.com:8443/x', 'bbc.com'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['*.bbc.com', 'bbc.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['https://www.BÜCHER.de/', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['例え.jp', 'xn--r8jz45g.jp'],
    // Stripping www. here would leave the bare TLD "com".
    ['www.com', 'www.com'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['localhost'],
    ['bbc'],
    ['com'],
    ['127.0.0.1'],
    ['http://192.168.1.10/admin'],
    ['127.1'], // the URL parser would turn this into an IPv4 address
    ['[::1]'],
    ['bbc .com'],
    ['bbc..com'],
    ['-bbc.com'],
    ['bbc_news.com'],
    ['me@bbc.com'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    [`${'a'.repeat(64)}.com`],
    ['not a domain at all'],
  ])('rejects %j', (input) => {
    expect(normalizeDomain(input)).toBeNull();
  });

  it('returns null for non-string input at runtime', () => {
    expect(normalizeDomain(42 as unknown as string)).toBeNull();
  });
});

describe('normalizeDomainList', () => {
  it('normalizes, drops invalid entries and duplicates, keeps order', () => {
    expect(normalizeDomainList(['https://www.bbc.com/', 'x', 'cnn.com', 'BBC.com', 7, null, 'cnn.com.'])).toEqual([
      'bbc.com',
      'cnn.com',
    ]);
  });

  it('leaves the default news list unchanged (already normalized and unique)', () => {
    expect(normalizeDomainList(DEFAULT_NEWS_DOMAINS)).toEqual([...DEFAULT_NEWS_DOMAINS]);
    expect(DEFAULT_NEWS_DOMAINS).toContain('timesofindia.indiatimes.com');
    expect(DEFAULT_NEWS_DOMAINS).toHaveLength(20);
  });
});

describe('hostMatchesDomain', () => {
  it.each([
    ['bbc.com', 'bbc.com'],
    ['www.bbc.com', 'bbc.com'],
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['a.b.c.bbc.com', 'bbc.com'],
    ['WWW.BBC.COM', 'bbc.com'],
    ['www.bbc.com.', 'bbc.com'],
    ['bbc.com', 'bbc.com.'],
    ['www.bbc.com:443', 'bbc.com'],
    ['https://www.bbc.com/news/article', 'bbc.com'],
    ['www.bücher.de', 'xn--bcher-kva.de'],
    ['www.xn--bcher-kva.de', 'bücher.de'],
    ['shop.bücher.de', 'BÜCHER.de'],
  ])('%s is covered by %s', (host, domain) => {
    expect(hostMatchesDomain(host, domain)).toBe(true);
  });

  it.each([
    ['notbbc.com', 'bbc.com'],
    ['bbc.com.evil.example', 'bbc.com'],
    ['bbc.co', 'bbc.com'],
    ['bbc.com', 'news.bbc.com'],
    ['evilbbc.co.uk', 'bbc.co.uk'],
    ['bbc.com', 'com'],
    ['', 'bbc.com'],
    ['bbc.com', ''],
    ['127.0.0.1', '0.1'],
  ])('%s is not covered by %s', (host, domain) => {
    expect(hostMatchesDomain(host, domain)).toBe(false);
  });
});

describe('findMatchingDomain', () => {
  const list = ['bbc.com', 'news.bbc.com', 'cnn.com'];

  it('returns the most specific covering entry', () => {
    expect(findMatchingDomain('www.news.bbc.com', list)).toBe('news.bbc.com');
    expect(findMatchingDomain('sport.bbc.com', list)).toBe('bbc.com');
    expect(findMatchingDomain('edition.cnn.com', list)).toBe('cnn.com');
  });

  it('reads hosts as the browser reports them: ports, trailing dots, case and IDN', () => {
    const listed = ['newsx.com', 'bücher.de', 'xn--r8jz45g.jp'];
    expect(findMatchingDomain('www.newsx.com:8080', listed)).toBe('newsx.com');
    expect(findMatchingDomain('WWW.NEWSX.COM.', listed)).toBe('newsx.com');
    // Entries come back normalized (punycode), the form settings store them in.
    expect(findMatchingDomain('news.xn--bcher-kva.de', listed)).toBe('xn--bcher-kva.de');
    expect(findMatchingDomain('shop.bücher.de:443', listed)).toBe('xn--bcher-kva.de');
    expect(findMatchingDomain('www.例え.jp', listed)).toBe('xn--r8jz45g.jp');
  });

  it('never takes a look-alike for a listed site', () => {
    const listed = ['newsx.com', 'bbc.co.uk'];
    for (const host of ['notnewsx.com', 'newsx.com.example.org', 'newsx.co', 'newsx-com.net', 'www.newsx.com.evil', 'bbc.co.uk.example.org', 'mybbc.co.uk', 'co.uk']) {
      expect(findMatchingDomain(host, listed), host).toBeNull();
    }
    expect(findMatchingDomain('sport.newsx.com', listed)).toBe('newsx.com');
    expect(findMatchingDomain('a.b.newsx.com.', listed)).toBe('newsx.com');
  });

  it('returns null when nothing covers the host', () => {
    expect(findMatchingDomain('notbbc.com', list)).toBeNull();
    expect(findMatchingDomain('example.org', [])).toBeNull();
    expect(findMatchingDomain('not a host', list)).toBeNull();
  });
});

describe('matchPatternsFor', () => {
  it('covers the domain and its subdomains on any scheme', () => {
    expect(matchPatternsFor('bbc.co.uk')).toEqual(['*://bbc.co.uk/*', '*://*.bbc.co.uk/*']);
  });

  it('normalizes first, so patterns are always valid', () => {
    expect(matchPatternsFor('https://www.Bücher.de/shop')).toEqual(['*://xn--bcher-kva.de/*', '*://*.xn--bcher-kva.de/*']);
  });

  it('gives no patterns for invalid input rather than a broad one', () => {
    expect(matchPatternsFor('localhost')).toEqual([]);
    expect(matchPatternsFor('')).toEqual([]);
  });
});
