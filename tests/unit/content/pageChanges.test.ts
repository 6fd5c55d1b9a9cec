// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageKey, watchPageChanges, type PageChange } from '../../../src/content/pageChanges';

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

  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

  it('notices a pushState by the DOM update that comes with it', async () => {
    history.pushState(null, '', '/world/2025/03/02/story');
    document.body.appendChild(document.createElement('article'));
    await settle();
    expect(changes).toEqual([{ key: `${location.origin}/world/2025/03/02/story`, domChangedRecently: true }]);
  });

  it('notices back and forward (popstate) and reports each page once', async () => {
    history.pushState(null, '', '/world/a');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(changes.map((c) => c.key)).toEqual([`${location.origin}/world/a`]);
    expect(changes[0]?.domChangedRecently).toBe(false);
  });

  it('ignores fragment changes and stops when asked', async () => {
    history.pushState(null, '', '/world#top');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(changes).toEqual([]);
    stop();
    history.pushState(null, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    expect(changes).toEqual([]);
  });
});

describe('watchPageChanges with the Navigation API', () => {
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
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(onChange).not.toHaveBeenCalled();

      history.pushState(null, '', '/next-story');
      navigation.dispatchEvent(Object.assign(new Event('currententrychange'), { navigationType: 'push' }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(onChange).toHaveBeenCalledOnce();
    } finally {
      stop();
      Reflect.deleteProperty(window, 'navigation');
    }
  });
});
