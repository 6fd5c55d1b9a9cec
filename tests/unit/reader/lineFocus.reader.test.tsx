// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fireEvent, within } from '@testing-library/preact';
import { ReaderApp } from '../../../src/reader/components/ReaderApp';
import { ENGLISH } from '../support/catalogues';
import { SettingsControls } from '../../../src/reader/components/SettingsControls';
import { browserSpeechPort } from '../../../src/reader/speech/port';
import { createTranslator } from '../../../src/i18n';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../src/settings/schema';
import type { ExtractedArticle } from '../../../src/extract';
import { FakeSpeechSynthesis, fakeGlobals, voice } from './speech/fakeSpeech';

/**
 * jsdom lays nothing out: a fake layout gives the article's text lines of CHARS characters, LINE pixels apart, each
 * text node starting on a new line, in the order of the body. Sentences below are CHARS characters with their space,
 * so sentence k of the first paragraph is line k.
 */
const CHARS = 20;
const LINE = 20;
const GLYPH = 16;
const sentences = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `Sentence number ${String(from + i).padStart(2, '0')}.`).join(' ');

/** One sentence over three lines (15–17). */
const LONG = 'One last sentence runs on and on over three lines of the tex';

const ARTICLE: ExtractedArticle = {
  title: 'Council approves budget',
  byline: null,
  siteName: 'Daily Example',
  publishedTime: null,
  displayDate: null,
  lang: 'en',
  dir: 'ltr',
  excerpt: null,
  contentHtml: `<p>${sentences(1, 12)}</p><p>${sentences(13, 3)}</p><p>${LONG}</p><details><summary>Notes</summary></details>`,
  textContent: '',
  wordCount: 60,
  readingTimeMinutes: 1,
};

let host: HTMLDivElement;
const originalRects = Range.prototype.getClientRects;

function firstLines(): Map<Node, number> {
  const body = host.querySelector('.lr-content');
  const lines = new Map<Node, number>();
  if (!body) return lines;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let line = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.trim().length;
    if (length === 0) continue;
    lines.set(node, line);
    line += Math.ceil(length / CHARS);
  }
  return lines;
}

beforeAll(() => {
  Range.prototype.getClientRects = function (this: Range) {
    const first = firstLines().get(this.startContainer);
    if (first === undefined || this.startContainer !== this.endContainer) return [] as unknown as DOMRectList;
    const from = Math.floor(this.startOffset / CHARS);
    const to = Math.floor(Math.max(this.startOffset, this.endOffset - 1) / CHARS);
    const rects = [];
    // In the viewport, as the browser gives them: scrolling moves them up.
    const scrolled = host.querySelector('.lr-scroller')?.scrollTop ?? 0;
    for (let i = from; i <= to; i++) {
      const top = (first + i) * LINE - scrolled;
      rects.push({ top, bottom: top + GLYPH, left: 0, right: 300, width: 300, height: GLYPH, x: 0, y: top });
    }
    return rects as unknown as DOMRectList;
  };
});

afterAll(() => {
  Range.prototype.getClientRects = originalRects;
});

let saved: SettingsPatch[] = [];

function mount(opts: { settings?: Partial<Settings>; synth?: FakeSpeechSynthesis } = {}) {
  let stored: Settings = { ...defaultSettings(), uiLanguage: 'en', ...opts.settings };
  const store = {
    load: async () => stored,
    save: async (patch: SettingsPatch) => {
      saved.push(patch);
      stored = { ...stored, ...patch };
      return stored;
    },
    subscribe: () => () => {},
  };
  const port = browserSpeechPort(fakeGlobals(opts.synth ?? new FakeSpeechSynthesis([voice('English', 'en-US')])));
  act(() => {
    render(<ReaderApp catalogue={ENGLISH} article={ARTICLE} initialSettings={stored} store={store} browserLanguages={['en-US']} onClose={() => {}} speechPort={port} />, host);
  });
  act(() => host.querySelector('dialog')?.showModal());
  // A window 10 lines high; jsdom's scroller has none.
  Object.defineProperty(scroller(), 'clientHeight', { configurable: true, value: 10 * LINE });
}

const scroller = () => host.querySelector('.lr-scroller') as HTMLElement;
const press = (key: string, target: Element = scroller()) => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
};
/** The band's first line and how many it shows, from its box. */
const band = () => {
  const el = host.querySelector<HTMLElement>('.lr-lf-band');
  if (!el) return null;
  const top = Number.parseFloat(el.style.top);
  const height = Number.parseFloat(el.style.height);
  return { line: top / LINE, lines: (height - GLYPH) / LINE + 1 };
};
const announced = () => within(host).queryAllByRole('status').map((el) => el.textContent).filter((text) => text?.includes('Line focus'));

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  saved = [];
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
  vi.useRealTimers();
});

describe('line focus in the reader', () => {
  it('is off by default: nothing dimmed', () => {
    mount();
    expect(host.querySelector('.lr-lf')).toBeNull();
    expect(announced()).toEqual([]);
  });

  it('turns on with F at 3 lines, off again, and back on at the last band chosen, saying so politely', () => {
    mount();
    press('f');
    expect(saved.at(-1)).toEqual({ lineFocus: 3 });
    expect(band()).toEqual({ line: 0, lines: 3 });
    expect(announced()).toEqual(['Line focus on, 3 lines']);
    press('F');
    expect(saved.at(-1)).toEqual({ lineFocus: 'off' });
    expect(band()).toBeNull();
    expect(announced()).toEqual(['Line focus off']);
  });

  it('comes back with F at the band last chosen in the panel', () => {
    mount();
    act(() => within(host).getByRole('button', { name: 'Reading settings' }).click());
    act(() => within(host).getByRole('radio', { name: '5 lines' }).click());
    expect(band()).toEqual({ line: 0, lines: 5 });
    press('f');
    expect(band()).toBeNull();
    press('f');
    expect(saved.at(-1)).toEqual({ lineFocus: 5 });
    expect(band()).toEqual({ line: 0, lines: 5 });
    expect(announced()).toEqual(['Line focus on, 5 lines']);
  });

  it('does not take F while typing in a field', () => {
    mount();
    act(() => within(host).getByRole('button', { name: 'Reading settings' }).click());
    press('f', within(host).getByRole('combobox', { name: 'Interface language' }));
    expect(saved).toEqual([]);
  });

  it('moves a line at a time with the arrows from the article, and leaves the arrows to controls', () => {
    mount({ settings: { lineFocus: 3 } });
    const down = press('ArrowDown');
    expect(down.defaultPrevented).toBe(true);
    expect(band()).toEqual({ line: 1, lines: 3 });
    press('ArrowDown', host.querySelector('.lr-content p') as Element);
    expect(band()).toEqual({ line: 2, lines: 3 });
    press('ArrowUp');
    expect(band()).toEqual({ line: 1, lines: 3 });
    act(() => within(host).getByRole('button', { name: 'Reading settings' }).click());
    const radio = within(host).getByRole('radio', { name: '5 lines' });
    const inPanel = press('ArrowDown', radio);
    expect(inPanel.defaultPrevented).toBe(false);
    expect(band()).toEqual({ line: 1, lines: 3 });
    // A control in the article keeps its arrows too.
    const inArticle = press('ArrowDown', host.querySelector('.lr-content summary') as Element);
    expect(inArticle.defaultPrevented).toBe(false);
    expect(band()).toEqual({ line: 1, lines: 3 });
    // The last band of the article is as low as it goes: 19 lines (the notes' summary the last), 3 shown from line 16.
    for (let i = 0; i < 20; i++) press('ArrowDown');
    expect(band()).toEqual({ line: 16, lines: 3 });
    // Kept in view as it went down.
    expect(scroller().scrollTop).toBeGreaterThan(0);
    expect(scroller().scrollTop + 10 * LINE).toBeGreaterThanOrEqual(18 * LINE + GLYPH);
    // Scrolled back to the top by other means, the band is out of sight: an arrow brings it to the first line in view.
    scroller().scrollTop = 3 * LINE;
    press('ArrowUp');
    expect(band()).toEqual({ line: 3, lines: 3 });
  });

  it('moves to a clicked line', () => {
    mount({ settings: { lineFocus: 3 } });
    const p = host.querySelectorAll('.lr-content p')[1] as Element;
    act(() => {
      fireEvent.click(p, { clientY: 13 * LINE + 5 - scroller().scrollTop });
    });
    expect(band()).toEqual({ line: 12, lines: 3 });
    act(() => {
      fireEvent.click(p, { clientY: 6 * LINE + 5 - scroller().scrollTop });
    });
    expect(band()).toEqual({ line: 5, lines: 3 });
  });

  it('dims with panes hidden from assistive technology, and hides no text', () => {
    mount({ settings: { lineFocus: 1 } });
    press('ArrowDown');
    const layer = host.querySelector('.lr-lf') as HTMLElement;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(layer.textContent).toBe('');
    const above = host.querySelector<HTMLElement>('.lr-lf-above');
    const below = host.querySelector<HTMLElement>('.lr-lf-below');
    expect(above?.style.top).toBe('0px');
    expect(above?.style.height).toBe(`${LINE}px`);
    expect(below?.style.top).toBe(`${LINE + GLYPH}px`);
    expect(host.querySelector('.lr-article [aria-hidden="true"]')).toBeNull();
    expect(within(host).getByText(/Sentence number 01\./)).toBeTruthy();
  });

  it('sits on the sentence read aloud, and follows it down the paragraph', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ settings: { lineFocus: 3 }, synth });
    press('k');
    // The title is read first: it is above the body's lines, and the band waits at the top.
    expect(synth.current?.text).toBe('Council approves budget');
    expect(band()).toEqual({ line: 0, lines: 3 });
    act(() => synth.finish());
    expect(synth.current?.text).toBe('Sentence number 01.');
    expect(band()).toEqual({ line: 0, lines: 3 });
    act(() => synth.finish());
    act(() => synth.finish());
    // Sentence 3 is on line 2, still in the band; sentence 4 on line 3 is not, and the band centres on it.
    expect(band()).toEqual({ line: 0, lines: 3 });
    act(() => synth.finish());
    expect(synth.current?.text).toBe('Sentence number 04.');
    expect(band()).toEqual({ line: 2, lines: 3 });
    // The next paragraph: its second sentence, line 13.
    for (let i = 0; i < 9; i++) act(() => synth.finish());
    expect(synth.current?.text).toBe('Sentence number 13.');
    act(() => synth.finish());
    expect(band()).toEqual({ line: 12, lines: 3 });
  });

  it('widens the word being spoken to its sentence, and in a band too small for the sentence follows the word', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ settings: { lineFocus: 3 }, synth });
    press('k');
    for (const _ of [1, 2, 3]) press('l');
    expect(synth.current?.text).toBe(LONG);
    expect(band()).toEqual({ line: 15, lines: 3 });
    // Where read aloud scrolled to (jsdom's layout gives it nothing to scroll by).
    scroller().scrollTop = 8 * LINE;
    for (let i = 0; i < 3; i++) press('ArrowUp');
    expect(band()).toEqual({ line: 12, lines: 3 });
    // "last", on line 15: the band goes to the whole sentence (15–17), not around the word (14–16).
    act(() => synth.boundary(4, 4));
    expect(band()).toEqual({ line: 15, lines: 3 });
    act(() => render(null, host));

    const again = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ settings: { lineFocus: 1 }, synth: again });
    press('k');
    for (const _ of [1, 2, 3]) press('l');
    expect(band()).toEqual({ line: 15, lines: 1 });
    // "over", on line 16.
    act(() => again.boundary(34, 4));
    expect(band()).toEqual({ line: 16, lines: 1 });
  });
});

describe('the line focus control', () => {
  it('is a radio group of Off, 1, 3 and 5 lines that sets the choice', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const onChange = vi.fn<(patch: SettingsPatch, continuous?: boolean) => void>();
    act(() => render(<SettingsControls settings={{ ...defaultSettings(), lineFocus: 3 }} onChange={onChange} t={createTranslator('en')} idPrefix="lr" />, root));
    const group = within(within(root).getByRole('group', { name: 'Line focus' }));
    expect(group.getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['off', '1', '3', '5']);
    expect(group.getByRole('radio', { name: '3 lines' })).toHaveProperty('checked', true);
    fireEvent.click(group.getByRole('radio', { name: '1 line' }));
    expect(onChange).toHaveBeenLastCalledWith({ lineFocus: 1 });
    fireEvent.click(group.getByRole('radio', { name: 'Off' }));
    expect(onChange).toHaveBeenLastCalledWith({ lineFocus: 'off' });
    act(() => render(null, root));
    root.remove();
  });
});
