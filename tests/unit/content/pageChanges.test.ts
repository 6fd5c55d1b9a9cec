// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKey, watchPageChanges, type PageChange } from '../../../src/content/pageChanges';

/**
 * The watcher checks the address in a task of its own (a timer), after the DOM change's
 * microtask: with fake timers, this runs that check now, so a change that should not count has
 * had its chance to be reported before the test looks.
 */
async function check(): Promise<void> {
  await Promise.resolve();
  await vi.runOnlyPendingTimersAsync();
}

describe('pageKey', () => {
  it('treats a new fragment as the same page and a new path or query as another', () => {
    expect(pageKey('https://a.example/news/1#comments')).toBe('https://a.example/news/1');
    expect(pageKey('https://a.example/news/1?page=2')).not.toBe(pageKey('https://a.example/news/1'));
    expect(pageKey('not a url')).toBe('not a url');
  });
});

// jsdom has no Navigation API: this is the fallback Firefox relies on.
describe('watchPageChanges without the Navigation API', () => {
  let changes: PageChange[];
  let stop: () => void;

  beforeEach(() => {
    history.replaceState(null, '', '/world');
    document.body.replaceChildren();
    changes = [];
    stop = watchPageChanges(window, (change) => changes.push(change));
  });
  afterEach(() => stop());

  it('notices a pushState by the DOM update that comes with it', async () => {
    history.pushState(null, '', '/world/2025/03/02/story');
    document.body.appendChild(document.createElement('article'));
    await vi.waitFor(() => expect(changes).toEqual([{ key: `${location.origin}/world/2025/03/02/story`, domChangedRecently: true }]));
  });

  it('notices back and forward (popstate) and reports each page once', async () => {
    history.pushState(null, '', '/world/a');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(changes.map((c) => c.key)).toEqual([`${location.origin}/world/a`]));
    expect(changes[0]?.domChangedRecently).toBe(false);
  });

  it('ignores fragment changes and stops when asked', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    history.pushState(null, '', '/world#top');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await check();
    stop();
    // A second watcher reporting the next navigation shows that the first had its chance.
    const seen: string[] = [];
    const stopOther = watchPageChanges(window, (change) => seen.push(change.key));
    try {
      history.pushState(null, '', '/elsewhere');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await vi.waitFor(() => expect(seen).toEqual([`${location.origin}/elsewhere`]));
    } finally {
      stopOther();
    }
    expect(changes).toEqual([]);
    vi.useRealTimers();
  });
});

// Firefox cannot tell replaceState from pushState: a change of query alone is judged by the
// page's own canonical address (link[rel=canonical], else og:url).
describe('watchPageChanges without the Navigation API, query-only changes', () => {
  let changes: string[];
  let stop: (() => void) | undefined;

  /** Loads "a page" at `path` that names `canonical` as its address, and starts watching it. */
  function openPage(path: string, head: string): void {
    history.replaceState(null, '', path);
    document.head.innerHTML = head;
    document.body.replaceChildren();
    changes = [];
    stop = watchPageChanges(window, (change) => changes.push(change.key));
  }

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    stop?.();
    document.head.replaceChildren();
    vi.useRealTimers();
  });

  const mutate = (): void => void document.body.appendChild(document.createElement('p'));
  /**
   * A real navigation, then waits until it is reported: changes are reported in order, so
   * whatever came before it and was not reported by then never is.
   */
  const thenANavigation = async (): Promise<void> => {
    history.pushState(null, '', '/another-story');
    mutate();
    await vi.waitFor(() => expect(changes.at(-1)).toBe(`${location.origin}/another-story`));
  };

  it('treats replaceState dropping a query, then a DOM change, as the same page', async () => {
    openPage('/story?utm_source=feed', '<link rel="canonical" href="/story">');
    history.replaceState(null, '', '/story');
    mutate();
    await check();
    // Still watching, from the new address: a real navigation is reported, and only it.
    await thenANavigation();
    expect(changes).toEqual([`${location.origin}/another-story`]);
  });

  it('follows a live blog rewriting its query as it scrolls (og:url, absolute)', async () => {
    openPage('/live?post=1', `<meta property="og:url" content="${location.origin}/live">`);
    for (const post of [2, 3]) {
      history.replaceState(null, '', `/live?post=${post}`);
      mutate();
      await check();
    }
    await thenANavigation();
    expect(changes).toEqual([`${location.origin}/another-story`]);
  });

  it('counts a query change when the canonical address changes with it', async () => {
    openPage('/article?id=1', '<link rel="canonical" href="/article?id=1">');
    history.pushState(null, '', '/article?id=2');
    document.head.querySelector('link')?.setAttribute('href', '/article?id=2');
    mutate();
    await vi.waitFor(() => expect(changes).toEqual([`${location.origin}/article?id=2`]));
  });

  it('uses the canonical address the page filled in after it loaded', async () => {
    openPage('/story?utm_source=feed', '');
    document.head.innerHTML = '<link rel="canonical" href="/story">';
    await check(); // the page's own change is seen before its address changes
    history.replaceState(null, '', '/story');
    mutate();
    await check();
    await thenANavigation();
    expect(changes).toEqual([`${location.origin}/another-story`]);
  });

  it('counts a query change on a page that names no canonical address, as before', async () => {
    openPage('/search?q=a', '');
    history.pushState(null, '', '/search?q=b');
    mutate();
    await vi.waitFor(() => expect(changes).toEqual([`${location.origin}/search?q=b`]));
  });

  it('counts a change of path even when the canonical address stays', async () => {
    openPage('/story', '<link rel="canonical" href="/story">');
    history.pushState(null, '', '/story/next');
    mutate();
    await vi.waitFor(() => expect(changes).toEqual([`${location.origin}/story/next`]));
  });
});

describe('watchPageChanges with the Navigation API', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps replaceState (a site tidying its own address) from counting as a navigation', async () => {
    history.replaceState(null, '', '/story?utm_source=x');
    const navigation = new EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    const onChange = vi.fn();
    const stop = watchPageChanges(window, onChange);
    try {
      history.replaceState(null, '', '/story');
      navigation.dispatchEvent(Object.assign(new Event('currententrychange'), { navigationType: 'replace' }));
      document.body.appendChild(document.createElement('div'));
      await check();

      history.pushState(null, '', '/next-story');
      navigation.dispatchEvent(Object.assign(new Event('currententrychange'), { navigationType: 'push' }));
      // Reported in order: the push alone, so the replace before it was not.
      await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
      expect(onChange.mock.calls.map(([change]) => (change as { key: string }).key)).toEqual([`${location.origin}/next-story`]);
    } finally {
      stop();
      Reflect.deleteProperty(window, 'navigation');
    }
  });
});
