// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPage } from '../../../src/content/pageExtraction';
import type { Extraction, PageSnapshot } from '../../../src/shared/messages';

afterEach(() => {
  document.body.replaceChildren();
});

const none: Extraction = { article: null, nextPage: null, readable: false };

describe('readPage', () => {
  it('sends a page with text to be extracted, as one snapshot', async () => {
    document.body.innerHTML = '<article><p>A paragraph with more than enough text to be worth a reader’s look.</p></article>';
    const extract = vi.fn(async (_: PageSnapshot[]) => none);
    await readPage(document, 'https://example.org/a', extract);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(extract.mock.calls[0]?.[0][0]?.html).toContain('A paragraph with more');
  });

  it('sends nothing for an app shell without text, and looks in its web components instead', async () => {
    document.body.innerHTML = `<script>var state = ${JSON.stringify('x'.repeat(500))};</script><news-story></news-story>${'<div><input></div>'.repeat(200)}`;
    const extract = vi.fn(async (_: PageSnapshot[]) => none);
    expect(await readPage(document, 'https://example.org/app', extract)).toEqual(none);
    expect(extract).not.toHaveBeenCalled();

    document.querySelector('news-story')!.attachShadow({ mode: 'open' }).innerHTML = '<p>The story lives in the component, far more than thirty-eight characters of it.</p>';
    await readPage(document, 'https://example.org/app', extract);
    expect(extract).toHaveBeenCalledTimes(1);
    expect(extract.mock.calls[0]?.[0][0]?.html).toContain('The story lives in the component');
  });
});
