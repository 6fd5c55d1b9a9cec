// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedDocuments, flattenedCopy } from '../../../src/content/embeddedDocuments';

afterEach(() => {
  document.body.replaceChildren();
});

describe('flattenedCopy', () => {
  it('puts open shadow trees in place of their hosts’ children, slots filled as the page shows them', async () => {
    document.body.innerHTML = '<news-story><h1 slot="headline">Headline</h1><em>light child</em></news-story>';
    const host = document.querySelector('news-story') as HTMLElement;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>p{}</style><header><slot name="headline"></slot></header><section><p>Body text.</p><slot></slot><slot name="none"><i>fallback</i></slot></section><script>alert(1)</script>';
    const copy = await flattenedCopy(document);
    expect(copy).not.toBeNull();
    const story = copy?.querySelector('news-story');
    expect(story?.innerHTML).toBe('<header><h1 slot="headline">Headline</h1></header><section><p>Body text.</p><em>light child</em><i>fallback</i></section>');
    // The live page is untouched.
    expect(host.innerHTML).toBe('<h1 slot="headline">Headline</h1><em>light child</em>');
  });

  it('is null for a page without shadow roots', async () => {
    document.body.innerHTML = '<p>plain</p>';
    expect(await flattenedCopy(document)).toBeNull();
    expect(await embeddedDocuments(document, 'https://example.org/')).toEqual([]);
  });
});
