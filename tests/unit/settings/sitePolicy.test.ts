import { describe, expect, it } from 'vitest';
import {
  accessReleasable,
  addSitePatch,
  autoOpensOn,
  listedForAutoOpen,
  registrationPlan,
  webHost,
  type SiteSettings,
} from '../../../src/settings/sitePolicy';
import { siteChoiceChange } from '../../../src/settings/siteChoice';
import { DEFAULT_NEWS_DOMAINS } from '../../../src/settings/domains';

const settings = (patch: Partial<SiteSettings> = {}): SiteSettings => ({
  autoOpen: true,
  autoOpenDomains: ['newsx.com', 'bbc.com', 'bbc.co.uk'],
  neverOpenDomains: [],
  ...patch,
});

describe('autoOpensOn', () => {
  it.each([
    'http://www.newsx.com/world/story-265432',
    'https://newsx.com/a',
    'https://sport.newsx.com:8443/a',
    'http://WWW.BBC.COM./news/1',
    'https://news.bbc.co.uk/1',
  ])('opens %s', (url) => {
    expect(autoOpensOn(settings(), url)).toBe(true);
  });

  it.each([
    'http://notnewsx.com/world/story-265432',
    'http://newsx.com.example.org/world/story-265432',
    'http://bbc.co/news',
    'ftp://www.newsx.com/file',
    'chrome://extensions',
    'not a url',
    undefined,
  ])('leaves %s alone', (url) => {
    expect(autoOpensOn(settings(), url)).toBe(false);
  });

  it('follows the global switch', () => {
    expect(autoOpensOn(settings({ autoOpen: false }), 'http://www.newsx.com/a')).toBe(false);
  });

  it('lets an opt-out win on a tie and the more specific entry otherwise', () => {
    expect(autoOpensOn(settings({ neverOpenDomains: ['newsx.com'] }), 'http://www.newsx.com/a')).toBe(false);
    expect(autoOpensOn(settings({ neverOpenDomains: ['sport.newsx.com'] }), 'http://sport.newsx.com/a')).toBe(false);
    expect(autoOpensOn(settings({ neverOpenDomains: ['sport.newsx.com'] }), 'http://www.newsx.com/a')).toBe(true);
    const inner = settings({ autoOpenDomains: ['news.bbc.com'], neverOpenDomains: ['bbc.com'] });
    expect(listedForAutoOpen(inner, 'www.news.bbc.com')).toBe(true);
    expect(listedForAutoOpen(inner, 'www.bbc.com')).toBe(false);
  });
});

describe('webHost', () => {
  it('gives the host of web pages only', () => {
    expect(webHost('https://www.bücher.de/x')).toBe('www.xn--bcher-kva.de');
    expect(webHost('file:///tmp/a.html')).toBeNull();
  });
});

describe('registrationPlan', () => {
  it('covers the listed domains that access is held for, and their subdomains', () => {
    expect(registrationPlan(settings(), ['newsx.com', 'bbc.com'])).toEqual({
      matches: ['*://newsx.com/*', '*://*.newsx.com/*', '*://bbc.com/*', '*://*.bbc.com/*'],
      excludeMatches: [],
    });
  });

  it('registers nothing when switched off or when no access is held', () => {
    expect(registrationPlan(settings({ autoOpen: false }), ['newsx.com'])).toBeNull();
    expect(registrationPlan(settings(), [])).toBeNull();
  });

  it('never asks for more than the listed domains, whatever is held', () => {
    const plan = registrationPlan(settings({ autoOpenDomains: [...DEFAULT_NEWS_DOMAINS] }), [...DEFAULT_NEWS_DOMAINS, 'example.org']);
    expect(plan?.matches).toHaveLength(DEFAULT_NEWS_DOMAINS.length * 2);
    expect(plan?.matches.join(' ')).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|example\.org/);
  });

  it('drops opted-out domains, and excludes opted-out parts of listed ones', () => {
    expect(registrationPlan(settings({ neverOpenDomains: ['newsx.com', 'sport.bbc.com', 'unrelated.org'] }), ['newsx.com', 'bbc.com'])).toEqual({
      matches: ['*://bbc.com/*', '*://*.bbc.com/*'],
      excludeMatches: ['*://sport.bbc.com/*', '*://*.sport.bbc.com/*'],
    });
  });

  it('does not exclude an opt-out that holds a more specific listed domain', () => {
    const plan = registrationPlan(settings({ autoOpenDomains: ['bbc.com', 'news.bbc.com'], neverOpenDomains: ['bbc.com'] }), ['bbc.com', 'news.bbc.com']);
    expect(plan).toEqual({ matches: ['*://news.bbc.com/*', '*://*.news.bbc.com/*'], excludeMatches: [] });
  });
});

describe('siteChoiceChange', () => {
  it('"never" opts out the listed domain the page is under', () => {
    expect(siteChoiceChange(settings(), 'www.newsx.com', 'never')).toEqual({
      domain: 'newsx.com',
      patch: { neverOpenDomains: ['newsx.com'] },
      needsAccess: false,
    });
    const twice = settings({ neverOpenDomains: ['newsx.com'] });
    expect(siteChoiceChange(twice, 'sport.newsx.com', 'never')?.patch).toEqual({ neverOpenDomains: ['newsx.com'] });
  });

  it('"always" lifts covering opt-outs and lists an unlisted site', () => {
    const opted = settings({ neverOpenDomains: ['newsx.com', 'sport.bbc.com'] });
    expect(siteChoiceChange(opted, 'www.newsx.com', 'always')).toEqual({
      domain: 'newsx.com',
      patch: { autoOpenDomains: ['newsx.com', 'bbc.com', 'bbc.co.uk'], neverOpenDomains: ['sport.bbc.com'] },
      needsAccess: true,
    });
    expect(siteChoiceChange(settings(), 'www.thehindu.com', 'always')?.patch.autoOpenDomains).toEqual(['newsx.com', 'bbc.com', 'bbc.co.uk', 'thehindu.com']);
  });

  it('has nothing to offer for hosts that are not sites', () => {
    expect(siteChoiceChange(settings(), 'localhost', 'always')).toBeNull();
    expect(siteChoiceChange(settings(), '127.0.0.1', 'never')).toBeNull();
  });
});

describe('options page helpers', () => {
  it('adding a site lists it once and lifts opt-outs covering it, not narrower ones', () => {
    const current = settings({ neverOpenDomains: ['thehindu.com', 'sport.thehindu.com', 'bbc.com'] });
    expect(addSitePatch(current, 'thehindu.com')).toEqual({
      autoOpenDomains: ['newsx.com', 'bbc.com', 'bbc.co.uk', 'thehindu.com'],
      neverOpenDomains: ['sport.thehindu.com', 'bbc.com'],
    });
    expect(addSitePatch(current, 'newsx.com').autoOpenDomains).toEqual(['newsx.com', 'bbc.com', 'bbc.co.uk']);
  });

  it('gives access back only when no remaining listed domain overlaps', () => {
    expect(accessReleasable('thehindu.com', ['newsx.com'])).toBe(true);
    expect(accessReleasable('thehindu.com', ['epaper.thehindu.com'])).toBe(false);
    expect(accessReleasable('epaper.thehindu.com', ['thehindu.com'])).toBe(false);
  });
});
