// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { within } from '@testing-library/preact';
import { ReaderApp } from '../../../src/reader/components/ReaderApp';
import { ENGLISH } from '../support/catalogues';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import type { ExtractedArticle } from '../../../src/extract';
import type { LanguageDetectorFactoryLike, TranslatorFactoryLike, TranslatorLike } from '../../../src/reader/translation';

const PARAGRAPHS = ['The council met on Monday.', 'It approved the budget.', 'Critics called it rushed.', 'A vote follows in May.'];

const article: ExtractedArticle = {
  title: 'Council approves budget',
  byline: 'A. Reporter',
  siteName: 'Daily Example',
  publishedTime: null,
  displayDate: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml: PARAGRAPHS.map((p) => `<p>${p.replace('budget', '<a href="https://example.com/b">budget</a>')}</p>`).join(''),
  textContent: PARAGRAPHS.join('\n\n'),
  wordCount: 17,
  readingTimeMinutes: 1,
};

/** An object with the same interface as Chrome's Translator, failing on the Nth call if asked. */
function fakeTranslatorFactory(opts: { failOnCall?: number; availability?: string } = {}) {
  let calls = 0;
  const created: string[] = [];
  const factory: TranslatorFactoryLike = {
    availability: async () => opts.availability ?? 'available',
    create: async ({ sourceLanguage, targetLanguage }) => {
      created.push(`${sourceLanguage}->${targetLanguage}`);
      const translator: TranslatorLike = {
        translate: async (text) => {
          calls++;
          if (opts.failOnCall === calls) throw new Error('model crashed');
          return `[es] ${text}`;
        },
      };
      return translator;
    },
  };
  return { factory, created };
}

let host: HTMLDivElement;
const g = globalThis as unknown as { Translator?: TranslatorFactoryLike; LanguageDetector?: LanguageDetectorFactoryLike };

function mount(settings: Partial<Settings>, shown: ExtractedArticle = article) {
  let stored: Settings = { ...defaultSettings(), ...settings };
  const store = { load: async () => stored, save: async (patch: Partial<Settings>) => (stored = { ...stored, ...patch }), subscribe: () => () => {} };
  act(() => {
    render(
      <ReaderApp catalogue={ENGLISH}
        article={shown}
        initialSettings={{ ...defaultSettings(), uiLanguage: 'en', ...settings }}
        store={store}
        browserLanguages={['en-US']}
        onClose={() => {}}
      />,
      host,
    );
  });
  // mount.tsx opens the dialog with showModal(); rendered alone, it is opened here (a closed
  // dialog shows nothing, to a person or to the queries).
  act(() => host.querySelector('dialog')?.showModal());
}

// Found as a person (or a screen reader) finds them: by role and accessible name. The article's
// body has no role of its own (nor, in this Testing Library, do paragraphs): it is what follows
// the header, and its blocks are its <p> elements.
const screen = () => within(host);
// What the live regions say now: the save menu keeps an empty one of its own, which says nothing.
const status = () => screen().queryAllByRole('status').map((region) => region.textContent ?? '').join('');
const button = (name: string) => screen().getByRole('button', { name });
const body = () => screen().getByRole('article').querySelector(':scope > header ~ div') as HTMLElement;
const blocks = () => [...body().querySelectorAll('p')];
const paragraphs = () => blocks().map((p) => p.textContent);

/** Waits (vi.waitFor: polling, 1 s at most) until what the test looks for is on screen. */
const until = (condition: () => boolean): Promise<void> => vi.waitFor(() => expect(condition()).toBe(true));

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
  delete g.Translator;
  delete g.LanguageDetector;
});

describe('translation in the reader', () => {
  it('translates block by block, keeps links, and keeps the original one click away', async () => {
    const { factory, created } = fakeTranslatorFactory();
    g.Translator = factory;
    mount({ translateTo: 'es' });
    await until(() => status().includes('Translation complete'));
    expect(created).toEqual(['en->es']);
    expect(paragraphs().every((p) => p?.startsWith('[es]'))).toBe(true);
    expect(within(body()).getByRole('link', { name: /budget/ }).getAttribute('href')).toBe('https://example.com/b');
    expect(blocks()[0]?.getAttribute('lang')).toBe('es');

    act(() => button('Show original').click());
    expect(paragraphs()).toEqual(PARAGRAPHS);
    act(() => button('Show translation').click());
    expect(paragraphs().every((p) => p?.startsWith('[es]'))).toBe(true);
  });

  it('on a failure half-way puts every original back and tells the reader', async () => {
    const { factory } = fakeTranslatorFactory({ failOnCall: 3 });
    g.Translator = factory;
    mount({ translateTo: 'es' });
    await until(() => status().includes('Translation stopped part way'));
    expect(paragraphs()).toEqual(PARAGRAPHS);
    expect(blocks()[0]?.hasAttribute('lang')).toBe(false);
  });

  it('asks for a click before a model download, then shows progress', async () => {
    const { factory, created } = fakeTranslatorFactory({ availability: 'downloadable' });
    g.Translator = factory;
    mount({ translateTo: 'es' });
    await until(() => status().includes('one-time download'));
    expect(created).toEqual([]);
    act(() => button('Download').click());
    await until(() => status().includes('Translation complete'));
    expect(created).toEqual(['en->es']);
  });

  it('says plainly when the browser has no translator, and changes nothing else', async () => {
    mount({ translateTo: 'fr' });
    await until(() => status().includes("Translation isn't available in this browser."));
    expect(paragraphs()).toEqual(PARAGRAPHS);
    // The note describes the translation select in the settings panel (closed, so hidden).
    const select = screen().getByRole('combobox', { name: 'Translate articles into', hidden: true });
    const note = document.getElementById(select.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe("Translation isn't available in this browser.");
  });

  it('does nothing when translation is off', async () => {
    const { factory, created } = fakeTranslatorFactory();
    const asked = vi.spyOn(factory, 'availability');
    g.Translator = factory;
    // Fake timers: running every pending timer and the promises between them leaves nothing
    // that could still start a translation, with no sleep.
    vi.useFakeTimers();
    try {
      mount({ translateTo: 'off' });
      await act(async () => {
        await vi.runAllTimersAsync();
      });
    } finally {
      vi.useRealTimers();
    }
    expect(asked).not.toHaveBeenCalled();
    expect(created).toEqual([]);
    expect(status()).toBe('');
    expect(paragraphs()).toEqual(PARAGRAPHS);
  });

  it('asks the browser’s language detector when the page did not say its language', async () => {
    const { factory, created } = fakeTranslatorFactory();
    g.Translator = factory;
    g.LanguageDetector = { create: async () => ({ detect: async () => [{ detectedLanguage: 'fr', confidence: 0.9 }] }) };
    mount({ translateTo: 'es' }, { ...article, lang: null });
    await until(() => status().includes('Translation complete'));
    expect(created).toEqual(['fr->es']);
  });

  it('without a language and a detector, says it cannot translate this article', async () => {
    g.Translator = fakeTranslatorFactory().factory;
    mount({ translateTo: 'es' }, { ...article, lang: null });
    await until(() => status().includes("can't translate this article"));
    expect(paragraphs()).toEqual(PARAGRAPHS);
  });
});
