// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, within } from '@testing-library/preact';
import { ReaderApp } from '../../../src/reader/components/ReaderApp';
import { ENGLISH } from '../support/catalogues';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import type { ExtractedArticle } from '../../../src/extract';
import { describeText } from '../../../src/highlights/anchor';
import { rangeForText } from '../../../src/reader/speech/blocks';
import type { TranslatorFactoryLike } from '../../../src/reader/translation';
import type { Highlight, HighlightChange, HighlightColour, HighlightsPort, HighlightWriteResult, LoadedHighlights } from '../../../src/highlights/types';

const PARAGRAPHS = ['The council met on Monday.', 'It approved the budget after a long debate.', 'Critics called it rushed.', 'A vote follows in May.'];
/** The body's text, as the anchors are made over it: its paragraphs' text, end to end. */
const TEXT = PARAGRAPHS.join('');

const article: ExtractedArticle = {
  title: 'Council approves budget',
  byline: 'A. Reporter',
  siteName: 'Daily Example',
  publishedTime: null,
  displayDate: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  // A link in the middle: a highlight over it is drawn in several marks.
  contentHtml: PARAGRAPHS.map((p) => `<p>${p.replace('budget', '<a href="https://example.com/b">budget</a>')}</p>`).join(''),
  textContent: PARAGRAPHS.join('\n\n'),
  wordCount: 30,
  readingTimeMinutes: 1,
};

function stored(words: string, colour: HighlightColour = 'yellow', note = '', id = `id-${words.length}`): Highlight {
  const start = TEXT.indexOf(words);
  const described = start >= 0 ? describeText(TEXT, start, start + words.length) : describeText(words, 0, words.length);
  return { id, colour, note, created: 1, updated: 1, ...described };
}

/** An in-memory store behind the port, as the content script's would be, answering as told. */
function fakePort(initial: Highlight[] = [], opts: { invalid?: number; answer?: HighlightWriteResult; hold?: boolean } = {}) {
  const held: (() => void)[] = [];
  /** Answers the changes held so far (with `hold`, the store answers only when told). */
  const release = (): void => {
    for (const answer of held.splice(0)) answer();
  };
  let items = [...initial];
  const listeners = new Set<(loaded: LoadedHighlights) => void>();
  const changes: HighlightChange[] = [];
  const port: HighlightsPort = {
    load: async () => ({ highlights: [...items], invalid: opts.invalid ?? 0 }),
    change: async (change) => {
      changes.push(change);
      if (opts.hold) await new Promise<void>((resolve) => held.push(resolve));
      if (opts.answer && !opts.answer.ok) return opts.answer;
      if (change.kind === 'put') items = [...items.filter((h) => h.id !== change.highlight.id), change.highlight];
      if (change.kind === 'remove') items = items.filter((h) => h.id !== change.id);
      for (const listener of listeners) listener({ highlights: [...items], invalid: 0 });
      return { ok: true, item: { url: 'https://news.example/story', title: article.title, site: 'Daily Example', version: 1, updated: 2, highlights: [...items] } };
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  /** A change made in another tab: the store changes and says so. */
  const elsewhere = (next: Highlight[]): void => {
    items = next;
    for (const listener of listeners) listener({ highlights: [...items], invalid: 0 });
  };
  return { port, changes, elsewhere, release };
}

let host: HTMLDivElement;

function mount(port: HighlightsPort | undefined, settings: Partial<Settings> = {}, shown: ExtractedArticle = article) {
  let saved: Settings = { ...defaultSettings(), uiLanguage: 'en', ...settings };
  const store = { load: async () => saved, save: async (patch: Partial<Settings>) => (saved = { ...saved, ...patch }), subscribe: () => () => {} };
  act(() => {
    render(
      <ReaderApp catalogue={ENGLISH} article={shown} initialSettings={saved} store={store} browserLanguages={['en-US']} onClose={() => {}} speechPort={null} highlights={port} />,
      host,
    );
  });
  act(() => host.querySelector('dialog')?.showModal());
}

const screen = () => within(host);
const body = () => host.querySelector('.lr-content') as HTMLElement;
const marks = (id?: string) => [...body().querySelectorAll<HTMLElement>('mark.lr-hl')].filter((m) => id === undefined || m.dataset.hlId === id);
const markedText = () => marks().map((m) => m.textContent).join('');
const control = () => screen().queryByRole('toolbar', { name: 'Highlight the selected text' });
const panel = () => within(screen().getByRole('region', { name: 'Highlights and notes', hidden: true }));
const status = () => host.querySelector('[role="status"].lr-hl-notice')?.textContent ?? '';
const alertText = () => screen().queryByRole('alert')?.textContent ?? '';
const until = (condition: () => boolean): Promise<void> => vi.waitFor(() => expect(condition()).toBe(true));
/** Lets the port's promises settle and the reader render what they said. */
const settle = () => act(async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
});

/** Selects `words` in the body, as a mouse drag or Shift+arrows with caret browsing would. */
function select(words: string): void {
  const start = TEXT.indexOf(words);
  const range = document.createRange();
  let at = 0;
  const walker = document.createTreeWalker(body(), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (start >= at && start <= at + len) range.setStart(node, start - at);
    if (start + words.length >= at && start + words.length <= at + len) {
      range.setEnd(node, start + words.length - at);
      break;
    }
    at += len;
  }
  act(() => {
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  });
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
  document.getSelection()?.removeAllRanges();
});

describe('highlighting in the reader', () => {
  it('offers nothing without a port', async () => {
    mount(undefined);
    await settle();
    select('approved the budget');
    expect(control()).toBeNull();
    expect(screen().queryByRole('button', { name: /^Highlights/ })).toBeNull();
  });

  it('shows the control for a selection, and saves and draws the chosen colour', async () => {
    const { port, changes } = fakePort();
    mount(port);
    await settle();
    expect(control()).toBeNull();
    select('approved the budget');
    const toolbar = control();
    expect(toolbar).not.toBeNull();
    for (const name of ['Yellow highlight', 'Green highlight', 'Blue highlight', 'Pink highlight', 'Highlight and add note']) {
      expect(within(toolbar as HTMLElement).getByRole('button', { name })).toBeTruthy();
    }
    act(() => within(toolbar as HTMLElement).getByRole('button', { name: 'Green highlight' }).click());
    const put = changes[0];
    expect(put?.kind).toBe('put');
    if (put?.kind !== 'put') return;
    expect(put.highlight.quote.exact).toBe('approved the budget');
    expect(put.highlight.colour).toBe('green');
    expect(put.highlight.position.start).toBe(TEXT.indexOf('approved the budget'));
    // Drawn at once, across the link, over the same words; the text itself unchanged.
    expect(markedText()).toBe('approved the budget');
    expect(marks().length).toBeGreaterThan(1);
    expect(marks().every((m) => m.dataset.colour === 'green')).toBe(true);
    expect(body().textContent).toBe(TEXT);
    await settle();
    expect(status()).toContain('Highlight added.');
    expect(control()).toBeNull();
    expect(screen().getByRole('button', { name: 'Highlights (1)' })).toBeTruthy();
  });

  it('draws stored highlights on open, focusable and named, and lists the ones whose text is gone', async () => {
    const gone = stored('a paragraph this version no longer has', 'pink', '', 'gone');
    const { port } = fakePort([stored('Critics called it rushed', 'blue', 'Who says?', 'critics'), gone]);
    mount(port);
    await until(() => marks().length > 0);
    expect(markedText()).toBe('Critics called it rushed');
    const first = marks('critics')[0];
    expect(first?.tabIndex).toBe(0);
    expect(first?.getAttribute('aria-description')).toBe('Blue highlight. Note: Who says?');
    expect(screen().getByRole('button', { name: 'Highlights (2)' })).toBeTruthy();
    act(() => screen().getByRole('button', { name: 'Highlights (2)' }).click());
    const missing = panel().getByRole('list', { name: 'Not found in this version' });
    expect(within(missing).getAllByRole('listitem')).toHaveLength(1);
    expect(missing.textContent).toContain('a paragraph this version no longer has');
    expect(marks('gone')).toHaveLength(0);
    // Read aloud counts offsets in a block's text: the marks leave that text as it was.
    const paragraph = body().querySelectorAll('p')[2] as HTMLElement;
    expect(rangeForText(paragraph, 8, 20)?.toString()).toBe(PARAGRAPHS[2]?.slice(8, 20));
  });

  it('draws once a body that comes in parts is whole', async () => {
    const html = PARAGRAPHS.map((p) => `<p>${p}</p>`);
    // Two parts: the highlight's words are in the second, added a frame later.
    const parted = { ...article, contentHtml: html.join(''), contentBreaks: [html[0]?.length ?? 0] };
    const { port } = fakePort([stored('A vote follows in May', 'green', '', 'v')]);
    mount(port, {}, parted);
    await until(() => marks().length > 0);
    expect(body().querySelectorAll('.lr-part')).toHaveLength(2);
    expect(markedText()).toBe('A vote follows in May');
  });

  it('says how many stored entries could not be read', async () => {
    const { port } = fakePort([], { invalid: 2 });
    mount(port);
    await settle();
    act(() => screen().getByRole('button', { name: 'Highlights (0)' }).click());
    expect(panel().getByText('2 stored highlights could not be read.')).toBeTruthy();
  });

  it('deletes from the panel, and Undo puts the same highlight back', async () => {
    const kept = stored('The council met on Monday', 'yellow', 'first line', 'monday');
    const { port, changes } = fakePort([kept]);
    mount(port);
    await until(() => marks().length > 0);
    act(() => screen().getByRole('button', { name: 'Highlights (1)' }).click());
    const item = within(panel().getAllByRole('listitem')[0] as HTMLElement);
    act(() => item.getByRole('button', { name: 'Delete highlight' }).click());
    expect(changes[0]).toEqual({ kind: 'remove', id: 'monday' });
    expect(marks()).toHaveLength(0);
    await settle();
    expect(status()).toContain('Highlight deleted.');
    act(() => screen().getByRole('button', { name: 'Undo' }).click());
    const back = changes[1];
    expect(back?.kind === 'put' && back.highlight).toEqual(kept);
    await settle();
    expect(marks('monday').map((m) => m.textContent).join('')).toBe('The council met on Monday');
    expect(status()).toContain('Highlight restored.');
  });

  it('when storage is full, says so and leaves no mark', async () => {
    const { port, changes, release } = fakePort([], { answer: { ok: false, error: 'storage-full' }, hold: true });
    mount(port);
    await settle();
    select('A vote follows');
    act(() => screen().getByRole('button', { name: 'Pink highlight' }).click());
    expect(changes).toHaveLength(1);
    // Drawn at once, before the store answers…
    await settle();
    expect(markedText()).toBe('A vote follows');
    expect(screen().getByRole('button', { name: 'Highlights (1)' })).toBeTruthy();
    // …and taken away when it says no.
    release();
    await settle();
    expect(alertText()).toContain("Storage is full: this highlight wasn't saved. Your other highlights are kept.");
    expect(marks()).toHaveLength(0);
    expect(screen().getByRole('button', { name: 'Highlights (0)' })).toBeTruthy();
  });

  it('edits a note in the panel and in the control of a clicked highlight', async () => {
    const { port, changes } = fakePort([stored('rushed', 'yellow', '', 'r')]);
    mount(port);
    await until(() => marks().length > 0);
    act(() => screen().getByRole('button', { name: 'Highlights (1)' }).click());
    const note = panel().getByRole('textbox', { name: 'Note' });
    fireEvent.input(note, { target: { value: 'Too fast? ' } });
    act(() => panel().getByRole('button', { name: 'Save note' }).click());
    const saved = changes[0];
    expect(saved?.kind === 'put' && saved.highlight.note).toBe('Too fast?');
    await settle();
    expect(status()).toContain('Note saved.');
    expect(marks('r')[0]?.hasAttribute('data-note')).toBe(true);

    // A click on the highlight opens its control: colour, note, delete.
    act(() => marks('r')[0]?.click());
    const edit = within(screen().getByRole('toolbar', { name: 'Edit highlight' }));
    expect(edit.getByRole('button', { name: 'Yellow highlight' }).getAttribute('aria-pressed')).toBe('true');
    act(() => edit.getByRole('button', { name: 'Edit note' }).click());
    const text = screen().getAllByRole('textbox', { name: 'Note' }).find((el) => el.closest('.lr-hl-control')) as HTMLTextAreaElement;
    expect(text.value).toBe('Too fast?');
    expect(document.activeElement).toBe(text);
    fireEvent.input(text, { target: { value: 'Rushed, they say.' } });
    act(() => (text.closest('form') as HTMLFormElement).requestSubmit());
    const again = changes[1];
    expect(again?.kind === 'put' && again.highlight.note).toBe('Rushed, they say.');
    await settle();
    expect(marks('r')[0]?.title).toBe('Yellow highlight. Note: Rushed, they say.');
  });

  it('highlights with a note from the selection control', async () => {
    const { port, changes } = fakePort();
    mount(port);
    await settle();
    select('long debate');
    act(() => screen().getByRole('button', { name: 'Highlight and add note' }).click());
    await settle();
    const text = screen().getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    expect(text.ownerDocument.activeElement).toBe(text);
    fireEvent.input(text, { target: { value: 'How long?' } });
    act(() => screen().getByRole('button', { name: 'Save note' }).click());
    const last = changes[changes.length - 1];
    expect(last?.kind === 'put' && [last.highlight.quote.exact, last.highlight.note]).toEqual(['long debate', 'How long?']);
  });

  it('reaches the control with H and gives the selection back on Esc', async () => {
    const { port } = fakePort();
    mount(port);
    await settle();
    select('met on Monday');
    const dialog = host.querySelector('dialog') as HTMLDialogElement;
    act(() => {
      fireEvent.keyDown(dialog, { key: 'h' });
    });
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-label')).toBe('Yellow highlight');
    // Arrows move along the toolbar.
    act(() => {
      fireEvent.keyDown(focused, { key: 'ArrowRight' });
    });
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Green highlight');
    document.getSelection()?.removeAllRanges();
    act(() => {
      fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Escape' });
    });
    expect(control()).toBeNull();
    expect(document.getSelection()?.toString()).toBe('met on Monday');
    // The reader stays open: Esc was the control's.
    expect(dialog.hasAttribute('open')).toBe(true);
    // The selection given back is not offered again by itself, but H offers it.
    act(() => {
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(control()).toBeNull();
    act(() => {
      fireEvent.keyDown(dialog, { key: 'H' });
    });
    expect(control()).not.toBeNull();
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Yellow highlight');
  });

  it('Tab goes from a selection to its control', async () => {
    const { port } = fakePort();
    mount(port);
    await settle();
    const scroller = host.querySelector('.lr-scroller') as HTMLElement;
    scroller.focus();
    select('Critics called');
    act(() => {
      fireEvent.keyDown(scroller, { key: 'Tab' });
    });
    expect(control()?.contains(document.activeElement)).toBe(true);
  });

  it('redraws when another tab changes the highlights', async () => {
    const { port, elsewhere } = fakePort([stored('rushed', 'yellow', '', 'r')]);
    mount(port);
    await until(() => marks().length > 0);
    act(() => elsewhere([stored('rushed', 'pink', '', 'r'), stored('May', 'green', '', 'may')]));
    expect(marks('r')[0]?.dataset.colour).toBe('pink');
    expect(marks('may').map((m) => m.textContent).join('')).toBe('May');
    expect(screen().getByRole('button', { name: 'Highlights (2)' })).toBeTruthy();
  });

  it('Go to moves focus to the highlight', async () => {
    const { port } = fakePort([stored('approved the budget', 'blue', '', 'b')]);
    mount(port);
    await until(() => marks().length > 0);
    act(() => screen().getByRole('button', { name: 'Highlights (1)' }).click());
    act(() => panel().getByRole('button', { name: 'Go to' }).click());
    expect(document.activeElement).toBe(marks('b')[0]);
  });

  it('changes a colour from the panel', async () => {
    const { port, changes } = fakePort([stored('approved the budget', 'blue', '', 'b')]);
    mount(port);
    await until(() => marks().length > 0);
    act(() => screen().getByRole('button', { name: 'Highlights (1)' }).click());
    fireEvent.change(panel().getByRole('combobox', { name: 'Colour' }), { target: { value: 'pink' } });
    const changed = changes[0];
    expect(changed?.kind === 'put' && changed.highlight.colour).toBe('pink');
    expect(marks('b').every((m) => m.dataset.colour === 'pink')).toBe(true);
    await settle();
    expect(status()).toContain('Highlight changed.');
  });
});

describe('highlights and translation', () => {
  const g = globalThis as unknown as { Translator?: TranslatorFactoryLike };
  afterEach(() => {
    delete g.Translator;
  });

  it('hides the marks while the translation is shown, and draws them again over the original', async () => {
    g.Translator = {
      availability: async () => 'available',
      create: async () => ({ translate: async (text: string) => `[es] ${text}` }),
    };
    const { port } = fakePort([stored('Critics called it rushed', 'green', '', 'c')]);
    mount(port, { translateTo: 'es' });
    await until(() => screen().queryByRole('button', { name: 'Show original' }) !== null);
    const translated = body().textContent;
    expect(translated).toContain('[es] Critics called it rushed.');
    expect(marks()).toHaveLength(0);
    select('[es] Critics');
    expect(control()).toBeNull();
    act(() => screen().getByRole('button', { name: 'Highlights (1)' }).click());
    expect(panel().getByText(/Highlights are hidden while the translation is shown/)).toBeTruthy();

    act(() => screen().getByRole('button', { name: 'Show original' }).click());
    await until(() => marks().length > 0);
    expect(body().textContent).toBe(TEXT);
    expect(markedText()).toBe('Critics called it rushed');

    // Back to the translation: the marks leave first, and the translated text is whole.
    act(() => screen().getByRole('button', { name: 'Show translation' }).click());
    await settle();
    expect(marks()).toHaveLength(0);
    expect(body().textContent).toBe(translated);
  });
});
