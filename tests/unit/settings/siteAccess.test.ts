import { beforeEach, describe, expect, it } from 'vitest';
import { createSiteAccess, pageAccessPatterns, siteOfName, type PermissionsApi } from '../../../src/settings/siteAccess';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';

// The browser's host permissions, in memory: what is held, whether the prompt is accepted, and
// whether each request came in the caller's own task (the only time a browser honours one).
class FakePermissions implements PermissionsApi {
  held = new Set<string>();
  grant = true;
  /** origins of each request, and whether it was made before the caller's first await */
  requests: { origins: string[]; inTask: boolean }[] = [];
  removed: string[][] = [];
  private inTask = false;
  private listeners = new Set<() => void>();
  onAdded = { addListener: (l: () => void) => void this.listeners.add(l), removeListener: (l: () => void) => void this.listeners.delete(l) };
  onRemoved = this.onAdded;

  /** Runs `call` and notes which requests it made before yielding. */
  call<T>(call: () => T): T {
    this.inTask = true;
    try {
      return call();
    } finally {
      this.inTask = false;
    }
  }
  async contains({ origins }: { origins: string[] }): Promise<boolean> {
    return origins.every((origin) => this.held.has(origin));
  }
  request({ origins }: { origins: string[] }): Promise<boolean> {
    this.requests.push({ origins, inTask: this.inTask });
    if (!this.inTask || !this.grant) return Promise.resolve(false);
    for (const origin of origins) this.held.add(origin);
    for (const listener of this.listeners) listener();
    return Promise.resolve(true);
  }
  async remove({ origins }: { origins: string[] }): Promise<boolean> {
    this.removed.push(origins);
    for (const origin of origins) this.held.delete(origin);
    return true;
  }
}

const patterns = (domain: string): string[] => [`*://${domain}/*`, `*://*.${domain}/*`];

let permissions: FakePermissions;
let settings: Settings;
let saved: SettingsPatch[];

function sites() {
  return createSiteAccess({
    permissions,
    store: {
      load: async () => settings,
      save: async (patch) => {
        saved.push(patch);
        settings = { ...settings, ...patch };
        return settings;
      },
    },
  });
}

beforeEach(() => {
  permissions = new FakePermissions();
  for (const origin of [...patterns('bbc.com')]) permissions.held.add(origin);
  settings = { ...defaultSettings(), autoOpenDomains: ['bbc.com', 'example.com'], neverOpenDomains: [] };
  saved = [];
});

describe('why a name or a page has no site', () => {
  it('names the site a typed name belongs to', () => {
    expect(siteOfName('news.bbc.co.uk')).toEqual({ domain: 'bbc.co.uk' });
    expect(siteOfName('https://alice.github.io/post')).toEqual({ domain: 'alice.github.io' });
  });

  it('says public suffix for names anyone may register under, no site for IPs, bare names and typos', () => {
    expect(siteOfName('co.uk')).toEqual({ why: 'public-suffix' });
    expect(siteOfName('www.co.uk')).toEqual({ why: 'public-suffix' });
    expect(siteOfName('github.io')).toEqual({ why: 'public-suffix' });
    expect(siteOfName('192.168.1.10')).toEqual({ why: 'no-site' });
    expect(siteOfName('localhost')).toEqual({ why: 'no-site' });
    expect(siteOfName('not a site')).toEqual({ why: 'no-site' });
  });

  it('reads a link with the access of its whole site, or of its bare host where it has none', () => {
    expect(pageAccessPatterns('https://edition.cnn.com/a')).toEqual(patterns('cnn.com'));
    expect(pageAccessPatterns('http://192.168.1.10/a')).toEqual(['*://192.168.1.10/*']);
    expect(pageAccessPatterns('http://www.co.uk/')).toEqual(['*://www.co.uk/*']);
    expect(pageAccessPatterns('chrome://version')).toBeNull();
  });
});

describe('the options page list', () => {
  it('lists a new site once its access is granted, asked in the click', async () => {
    const answer = await permissions.call(() => sites().add(settings, 'news.thehindu.com', new Set()));
    expect(answer).toEqual({ outcome: 'listed', domain: 'thehindu.com' });
    expect(permissions.requests).toEqual([{ origins: patterns('thehindu.com'), inTask: true }]);
    expect(settings.autoOpenDomains).toEqual(['bbc.com', 'example.com', 'thehindu.com']);
  });

  it('lists nothing when access is refused', async () => {
    permissions.grant = false;
    expect(await permissions.call(() => sites().add(settings, 'thehindu.com', new Set()))).toEqual({ outcome: 'refused', domain: 'thehindu.com' });
    expect(saved).toEqual([]);
  });

  it('lifts opt-outs covering a site it lists', async () => {
    settings = { ...settings, neverOpenDomains: ['thehindu.com', 'bbc.com'] };
    await permissions.call(() => sites().add(settings, 'thehindu.com', new Set()));
    expect(settings.neverOpenDomains).toEqual(['bbc.com']);
  });

  it('says "already listed" for a listed site it can read, asking nothing', async () => {
    expect(await permissions.call(() => sites().add(settings, 'www.bbc.com', new Set()))).toEqual({ outcome: 'already-listed', domain: 'bbc.com' });
    expect(permissions.requests).toEqual([]);
  });

  it('asks again for the access of a listed entry that lacks it, a subdomain naming it', async () => {
    const answer = await permissions.call(() => sites().add(settings, 'news.example.com', new Set(['example.com'])));
    expect(answer).toEqual({ outcome: 'listed', domain: 'example.com' });
    expect(permissions.requests).toEqual([{ origins: patterns('example.com'), inTask: true }]);
    expect(saved).toEqual([]);
  });

  it('says why a name cannot be listed, asking nothing', async () => {
    expect(await sites().add(settings, 'co.uk', new Set())).toEqual({ outcome: 'not-listable', why: 'public-suffix' });
    expect(await sites().add(settings, '10.0.0.1', new Set())).toEqual({ outcome: 'not-listable', why: 'no-site' });
    expect(permissions.requests).toEqual([]);
  });

  it('grants a listed site its access again, or says it was refused', async () => {
    expect(await permissions.call(() => sites().grant('example.com'))).toEqual({ outcome: 'listed', domain: 'example.com' });
    permissions.grant = false;
    expect(await permissions.call(() => sites().grant('other.org'))).toEqual({ outcome: 'refused', domain: 'other.org' });
  });

  it('gives the access of a removed site back, unless another listed site overlaps it', async () => {
    expect(await sites().remove(settings, 'bbc.com')).toEqual({ outcome: 'removed', domain: 'bbc.com' });
    expect(settings.autoOpenDomains).toEqual(['example.com']);
    expect(permissions.removed).toEqual([patterns('bbc.com')]);
    expect(await permissions.contains({ origins: patterns('bbc.com') })).toBe(false);

    permissions.removed = [];
    settings = { ...settings, autoOpenDomains: ['example.com', 'news.example.com'] };
    await sites().remove(settings, 'news.example.com');
    expect(permissions.removed).toEqual([]);
  });

  it('takes a site off the opt-out list', async () => {
    settings = { ...settings, neverOpenDomains: ['a.com', 'b.com'] };
    expect(await sites().removeOptOut(settings, 'a.com')).toEqual({ outcome: 'removed', domain: 'a.com' });
    expect(settings.neverOpenDomains).toEqual(['b.com']);
  });

  it('tells which listed sites it can read, and when that changes', async () => {
    const access = sites();
    expect(await access.heldAmong(settings.autoOpenDomains)).toEqual(['bbc.com']);
    let changes = 0;
    const stop = access.onChange(() => changes++);
    await permissions.call(() => access.grant('example.com'));
    expect(changes).toBe(1);
    stop();
    await permissions.call(() => access.grant('other.org'));
    expect(changes).toBe(1);
    expect(await access.heldAmong(settings.autoOpenDomains)).toEqual(['bbc.com', 'example.com']);
  });
});

describe('a choice made on a page', () => {
  it('from the overlay: lists a site it can read', async () => {
    permissions.held = new Set(patterns('thehindu.com'));
    expect(await sites().choose('https://www.thehindu.com/news/a', 'always', false)).toEqual({ outcome: 'listed', domain: 'thehindu.com' });
    expect(settings.autoOpenDomains).toContain('thehindu.com');
  });

  it('from the overlay: sends a site without access to the options page, changing nothing', async () => {
    expect(await sites().choose('https://www.thehindu.com/news/a', 'always', false)).toEqual({ outcome: 'ask-on-options-page', domain: 'thehindu.com' });
    expect(permissions.requests).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('from the overlay: opts the listed site out, whatever its access', async () => {
    expect(await sites().choose('https://sport.example.com/a', 'never', false)).toEqual({ outcome: 'opted-out', domain: 'example.com' });
    expect(settings.neverOpenDomains).toEqual(['example.com']);
  });

  it('from the toolbar menu: asks for the page’s whole site in the click, and lists it once granted', async () => {
    const answer = await permissions.call(() => sites().choose('https://news.example.co.uk/a/1', 'always', true));
    expect(answer).toEqual({ outcome: 'listed', domain: 'example.co.uk' });
    expect(permissions.requests).toEqual([{ origins: patterns('example.co.uk'), inTask: true }]);
  });

  it('from the toolbar menu: says refused, changing nothing, when access is refused', async () => {
    permissions.grant = false;
    expect(await permissions.call(() => sites().choose('https://news.example.org/a', 'always', true))).toEqual({ outcome: 'refused', domain: 'example.org' });
    expect(saved).toEqual([]);
  });

  it('says why a page has no site to choose for', async () => {
    expect(await sites().choose('chrome://settings', 'always', true)).toEqual({ outcome: 'not-listable', why: 'browser-page' });
    expect(await sites().choose('http://localhost:8080/a', 'never', false)).toEqual({ outcome: 'not-listable', why: 'no-site' });
    expect(await sites().choose('https://github.io/', 'always', false)).toEqual({ outcome: 'not-listable', why: 'public-suffix' });
  });

  it('opens a link with its site’s access, asked in the click', async () => {
    expect(await permissions.call(() => sites().requestForPage('https://edition.cnn.com/x'))).toBe(true);
    expect(permissions.requests).toEqual([{ origins: patterns('cnn.com'), inTask: true }]);
    permissions.grant = false;
    expect(await permissions.call(() => sites().requestForPage('http://192.168.1.10/x'))).toBe(false);
  });
});
