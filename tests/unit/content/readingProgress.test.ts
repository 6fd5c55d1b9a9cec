// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureSource } from '../../support/extractionFixtures';
import { createReaderController } from '../../../src/content/controller';
import { catalogues } from '../support/catalogues';
import type { ExtractSnapshots } from '../../../src/content/pageExtraction';
import type { Extraction, PageSnapshot } from '../../../src/shared/messages';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import { extractHere } from '../support/extractHere';
import { keepClosedShadowRoots } from '../support/closedRoots';

const PAGE = fixtureSource('newsx-seed');
const TITLE = /First Contacts With Trump Administration/;

function loadSeed(): void {
  document.documentElement.innerHTML = PAGE.replace(/^<!DOCTYPE html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
}

const store = {
  load: async (): Promise<Settings> => defaultSettings(),
  save: async (): Promise<Settings> => defaultSettings(),
  subscribe: () => () => undefined,
};

/** An extension that answers only when the test says so, as one busy with a 10 MB page would. */
function slowExtension(): { extract: ExtractSnapshots; sent: PageSnapshot[][]; answer(): Promise<void> } {
  const waiting: { documents: PageSnapshot[]; resolve(value: Extraction): void }[] = [];
  const sent: PageSnapshot[][] = [];
  return {
    sent,
    extract: (documents) =>
      new Promise<Extraction>((resolve) => {
        sent.push(documents);
        waiting.push({ documents, resolve });
      }),
    async answer() {
      await vi.waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      const next = waiting.shift();
      if (next) next.resolve(await extractHere(next.documents));
    },
  };
}

// The reader's shadow root is closed: the test keeps the roots the page could never get.
const roots = keepClosedShadowRoots();

afterEach(async () => {
  document.documentElement.innerHTML = '<head></head><body></body>';
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
});

const shown = (): ShadowRoot[] => roots.filter((root) => root.host.isConnected);
/** The live status saying the page is being read, with its progress bar labelled by it. */
function readingStatus(): { text: string; barLabel: string | null } | null {
  for (const root of shown()) {
    const status = [...root.querySelectorAll('[role="status"]')].find((el) => el.querySelector('progress'));
    if (!status) continue;
    const bar = status.querySelector('progress');
    const labelId = bar?.getAttribute('aria-labelledby');
    return { text: status.textContent ?? '', barLabel: labelId ? (root.getElementById(labelId)?.textContent ?? null) : null };
  }
  return null;
}
const heading = (): string | null => shown()[0]?.querySelector('h1')?.textContent ?? null;

describe('a page the extension takes a while to read', () => {
  it('shows the reader at once saying it is reading the page, then the article in its place', async () => {
    loadSeed();
    const extension = slowExtension();
    const controller = createReaderController(document, store, ['en'], extension.extract, undefined, catalogues);
    const opened = controller.open('action');
    await vi.waitFor(() => expect(readingStatus()).toEqual({ text: 'Reading the page…', barLabel: 'Reading the page…' }));
    expect(heading()).toBeNull();
    // The tab sent its document for the extension to read.
    expect(extension.sent[0]?.[0]?.html).toContain('<article');
    await extension.answer();
    expect(await opened).toEqual({ open: true, found: true });
    expect(heading()).toMatch(TITLE);
    expect(readingStatus()).toBeNull();
    expect(shown()).toHaveLength(1);
  });

  it('closed while reading (Esc, ✕ or a second click), it stays closed when the answer comes late', async () => {
    loadSeed();
    const extension = slowExtension();
    const controller = createReaderController(document, store, ['en'], extension.extract, undefined, catalogues);
    const opened = controller.open('action');
    await vi.waitFor(() => expect(readingStatus()).not.toBeNull());
    expect((await controller.toggle('action')).open).toBe(false);
    expect(shown()).toHaveLength(0);
    await extension.answer();
    expect(await opened).toEqual({ open: false, found: false });
    expect(shown()).toHaveLength(0);
    // The next click reads the page afresh and shows it.
    const again = controller.open('action');
    await extension.answer();
    expect((await again).found).toBe(true);
    expect(heading()).toMatch(TITLE);
  });

  it('where the extension cannot answer at all, the reader says there is no article instead of reading forever', async () => {
    loadSeed();
    const controller = createReaderController(document, store, ['en'], () => Promise.reject(new Error('extension reloaded')), undefined, catalogues);
    expect(await controller.open('action')).toEqual({ open: true, found: false });
    expect(shown()[0]?.textContent).toContain('No article found on this page');
  });
});
