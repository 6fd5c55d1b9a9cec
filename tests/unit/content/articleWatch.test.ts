// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COST_SHARE, createArticleWatch, LATE_CONTENT_MS, THROTTLE_MS } from '../../../src/content/articleWatch';
import { judgePage } from '../../../src/extract/detect';

const storyInDom = (doc: Document): boolean => judgePage(doc).ready;

const PARAGRAPH = 'A paragraph of the story, long enough to count as prose rather than a caption or a label.';

function addParagraphs(n: number, parent: Element = document.body): void {
  for (let i = 0; i < n; i++) parent.appendChild(document.createElement('p')).textContent = `${PARAGRAPH} (${i})`;
}

/** Lets MutationObserver callbacks (microtasks) run, then moves the fake clock. */
async function advance(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('judgePage: the story is in the DOM', () => {
  beforeEach(() => document.body.replaceChildren());

  it('needs three prose paragraphs, wherever each sits', () => {
    addParagraphs(2);
    expect(storyInDom(document)).toBe(false);
    const block = document.body.appendChild(document.createElement('div'));
    addParagraphs(1, block);
    expect(storyInDom(document)).toBe(true);
  });

  it('does not count links, navigation, footers or short lines', () => {
    for (const tag of ['a', 'nav', 'footer', 'aside']) addParagraphs(1, document.body.appendChild(document.createElement(tag)));
    document.body.appendChild(document.createElement('p')).textContent = 'Short caption.';
    expect(storyInDom(document)).toBe(false);
  });
});

describe('createArticleWatch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  const watchWith = (onArticle: () => void) =>
    createArticleWatch({ doc: document, isArticle: (doc) => storyInDom(doc), onArticle });

  it('reports an article that is already there at once', () => {
    addParagraphs(4);
    const onArticle = vi.fn();
    const watch = watchWith(onArticle);
    watch.evaluate({ waitForRender: false });
    expect(onArticle).toHaveBeenCalledOnce();
    expect(watch.state()).toBe('article');
  });

  it('waits for a story that a script adds after load, checking at most once per throttle window', async () => {
    const isArticle = vi.fn((doc: Document) => storyInDom(doc));
    const onArticle = vi.fn();
    const watch = createArticleWatch({ doc: document, isArticle, onArticle });
    watch.evaluate({ waitForRender: false });
    expect(isArticle).toHaveBeenCalledTimes(1);

    for (let i = 0; i < 10; i++) document.body.appendChild(document.createElement('span'));
    await advance(THROTTLE_MS);
    expect(isArticle).toHaveBeenCalledTimes(2);
    expect(watch.state()).toBe('watching');

    addParagraphs(3);
    await advance(THROTTLE_MS);
    expect(onArticle).toHaveBeenCalledOnce();
    addParagraphs(3);
    await advance(LATE_CONTENT_MS);
    expect(onArticle).toHaveBeenCalledOnce();
  });

  it('on a page that keeps changing, waits ten times what the last check cost before the next', async () => {
    // Each check "costs" 100 ms on the watch's clock: the next may come 1 s later, not 250 ms.
    let clock = 0;
    const costMs = 100;
    const isArticle = vi.fn((doc: Document) => {
      clock += costMs;
      return storyInDom(doc);
    });
    const watch = createArticleWatch({ doc: document, isArticle, onArticle: vi.fn(), now: () => clock });
    watch.evaluate({ waitForRender: false });
    document.body.appendChild(document.createElement('span'));
    await advance(costMs * COST_SHARE - 1);
    expect(isArticle).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(isArticle).toHaveBeenCalledTimes(2);
    watch.stop();
  });

  it('gives up after the late-content window, and stops looking', async () => {
    const isArticle = vi.fn((doc: Document) => storyInDom(doc));
    const onArticle = vi.fn();
    const watch = createArticleWatch({ doc: document, isArticle, onArticle });
    watch.evaluate({ waitForRender: false });
    await advance(LATE_CONTENT_MS);
    expect(watch.state()).toBe('no-article');
    addParagraphs(5);
    await advance(LATE_CONTENT_MS);
    expect(onArticle).not.toHaveBeenCalled();
    expect(isArticle).toHaveBeenCalledTimes(1);
  });

  it('still checks content that arrived just before the window closed', async () => {
    const onArticle = vi.fn();
    watchWith(onArticle).evaluate({ waitForRender: false });
    await advance(LATE_CONTENT_MS - 10);
    addParagraphs(3);
    await advance(20);
    expect(onArticle).toHaveBeenCalledOnce();
  });

  it('after an SPA navigation, judges nothing until the DOM changes', async () => {
    addParagraphs(4); // the previous article, still on screen
    const onArticle = vi.fn();
    const watch = watchWith(onArticle);
    watch.evaluate({ waitForRender: true });
    await advance(THROTTLE_MS * 2);
    expect(onArticle).not.toHaveBeenCalled();
    document.body.replaceChildren();
    addParagraphs(3);
    await advance(THROTTLE_MS);
    expect(onArticle).toHaveBeenCalledOnce();
  });

  it('a new evaluation replaces the running one', async () => {
    const onArticle = vi.fn();
    const watch = watchWith(onArticle);
    watch.evaluate({ waitForRender: false });
    watch.evaluate({ waitForRender: true });
    addParagraphs(3);
    await advance(THROTTLE_MS);
    expect(onArticle).toHaveBeenCalledOnce();
    watch.stop();
    expect(watch.state()).toBe('article');
  });
});
