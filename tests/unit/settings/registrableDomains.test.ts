import { describe, expect, it } from 'vitest';
import { normalizeDomain } from '../../../src/settings/domains';
import { listableDomain, listableDomains, siteDomain } from '../../../src/settings/publicSuffix';

describe('sites are registrable domains (Public Suffix List)', () => {
  it.each(['co.uk', 'www.co.uk', '*.co.uk', 'https://www.co.uk/', 'com.au', 'github.io', 'www.github.io', 'blogspot.com', 'appspot.com', 'gov.uk'])(
    'refuses the public suffix %s',
    (input) => {
      expect(listableDomain(input)).toBeNull();
      expect(siteDomain(input)).toBeNull();
    },
  );

  it.each([
    ['news.bbc.co.uk', 'bbc.co.uk'],
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['edition.cnn.com', 'cnn.com'],
    ['https://edition.cnn.com/2026/11/30/world/story/index.html', 'cnn.com'],
    ['a.b.c.example.com.au', 'example.com.au'],
    // Sites on a shared host are each their own: the private part of the list counts.
    ['alice.github.io', 'alice.github.io'],
    ['www.alice.github.io', 'alice.github.io'],
    ['www.example-daily.org', 'example-daily.org'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['nachrichten.xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
  ])('takes %s as the site %s', (input, site) => {
    expect(siteDomain(input)).toBe(site);
  });

  it('is not a site for addresses, bare names and junk', () => {
    for (const input of ['192.168.1.10', '[::1]', 'localhost', 'bbc', '', 'me@bbc.com']) expect(siteDomain(input)).toBeNull();
  });

  it('keeps a listed subdomain as listed (the shipped list has one), but never a suffix', () => {
    expect(normalizeDomain('timesofindia.indiatimes.com')).toBe('timesofindia.indiatimes.com');
    expect(listableDomains(['bbc.co.uk', 'co.uk', 'www.co.uk', 'news.bbc.co.uk'])).toEqual(['bbc.co.uk', 'news.bbc.co.uk']);

  });
});
