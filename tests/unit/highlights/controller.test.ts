// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureSource } from '../../support/extractionFixtures';
import type { ReaderAppProps } from '../../../src/reader/components/ReaderApp';
import type { ArticleInfo, HighlightsPort } from '../../../src/highlights/types';
import { extractHere } from '../support/extractHere';
import { catalogues } from '../support/catalogues';
import { defaultSettings } from '../../../src/settings/schema';

// What the controller hands the reader: the mount itself is the reader's business.
const shown: Omit<ReaderAppProps, 'onClose'>[] = [];
vi.mock('../../../src/reader/mount', () => ({
  mountReader: (_doc: Document, props: Omit<ReaderAppProps, 'onClose'>) => {
    shown.push(props);
    return { show: (next: Omit<ReaderAppProps, 'onClose'>) => shown.push(next), unmount: () => undefined };
  },
  prepareReader: () => undefined,
}));

const { createReaderController } = await import('../../../src/content/controller');

const PAGE = fixtureSource('newsx-seed');
const store = { load: async () => defaultSettings(), save: async () => defaultSettings(), subscribe: () => () => undefined };

const port: HighlightsPort = {
  load: async () => ({ highlights: [], invalid: 0 }),
  change: async () => ({ ok: true, item: null }),
  subscribe: () => () => undefined,
};

function loadSeed(canonical: string): void {
  document.documentElement.innerHTML = PAGE.replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  const link = document.createElement('link');
  link.rel = 'canonical';
  link.href = canonical;
  document.head.append(link);
}

afterEach(() => {
  shown.length = 0;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the controller and the article’s highlights', () => {
  it('gives the reader the port of the article shown, kept under its canonical address', async () => {
    loadSeed('/canonical/story-1?utm_source=feed');
    const asked: ArticleInfo[] = [];
    const controller = createReaderController(document, store, ['en'], extractHere, undefined, catalogues, (info) => {
      asked.push(info);
      return port;
    });
    await controller.open('action');
    const last = shown.at(-1);
    expect(last?.article).not.toBeNull();
    expect(last?.highlights).toBe(port);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toEqual({ url: new URL('/canonical/story-1', document.URL).href, title: last?.article?.title, site: 'NewsX' });
  });

  it('gives none while the page is read, nor where there is no article', async () => {
    document.body.innerHTML = '<p>Not much here.</p>';
    const controller = createReaderController(document, store, ['en'], extractHere, undefined, catalogues, () => port);
    await controller.open('action');
    expect(shown.at(-1)?.article).toBeNull();
    expect(shown.at(-1)?.highlights).toBeUndefined();
  });
});
