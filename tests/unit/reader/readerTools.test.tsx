// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { within } from '@testing-library/preact';
import { ReaderApp } from '../../../src/reader/components/ReaderApp';
import { ENGLISH } from '../support/catalogues';
import { minutesLeft, scrollFraction } from '../../../src/reader/components/ProgressBar';
import { browserSpeechPort } from '../../../src/reader/speech/port';
import { READING_ATTR } from '../../../src/reader/speech/useReadAloud';
import { defaultSettings, type Settings } from '../../../src/settings/schema';
import type { ExtractedArticle } from '../../../src/extract';
import { FakeSpeechSynthesis, fakeGlobals, voice } from './speech/fakeSpeech';

const SECTIONS = ['Background', 'The vote', 'What comes next'];

function article(lang: string | null, sections = SECTIONS): ExtractedArticle {
  const html = sections.map((s, i) => `<h2>${s}</h2><p>Paragraph ${i + 1} of the story.</p>`).join('');
  return {
    title: 'Council approves budget',
    byline: 'A. Reporter',
    siteName: 'Daily Example',
    publishedTime: null,
    displayDate: null,
    lang,
    dir: 'ltr',
    excerpt: null,
    contentHtml: `<p>Opening words.</p>${html}`,
    textContent: '',
    wordCount: 400,
    readingTimeMinutes: 4,
  };
}

let host: HTMLDivElement;
let closed = 0;

function mount(opts: { synth?: FakeSpeechSynthesis | null; shown?: ExtractedArticle; settings?: Partial<Settings> } = {}) {
  let stored: Settings = defaultSettings();
  const store = { load: async () => stored, save: async (patch: Partial<Settings>) => (stored = { ...stored, ...patch }), subscribe: () => () => {} };
  const port = opts.synth === null ? null : browserSpeechPort(fakeGlobals(opts.synth ?? new FakeSpeechSynthesis([voice('English', 'en-US')])));
  act(() => {
    render(
      <ReaderApp catalogue={ENGLISH}
        article={opts.shown ?? article('en')}
        initialSettings={{ ...defaultSettings(), uiLanguage: 'en', ...opts.settings }}
        store={store}
        browserLanguages={['en-US']}
        onClose={() => closed++}
        sourceUrl="https://news.example/story"
        speechPort={port}
      />,
      host,
    );
  });
  // mount.tsx opens the dialog with showModal(); rendered alone, it is opened here.
  act(() => host.querySelector('dialog')?.showModal());
}

// Found as a person (or a screen reader) finds them: by role and accessible name.
const screen = () => within(host);
const button = (name: string) => screen().queryByRole('button', { name });
/** Whether the outline is there for assistive technology (a collapsed one is hidden). */
const outlineShown = () => screen().queryByRole('navigation', { name: 'Contents' }) !== null;
const openSettings = () => act(() => button('Reading settings')!.click());
const openOutline = () => {
  const toggle = button('Contents')!;
  if (toggle.getAttribute('aria-expanded') !== 'true') act(() => toggle.click());
};
const press = (key: string, target: Element = host.querySelector('.lr-scroller')!) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  });
const reading = () => host.querySelector(`[${READING_ATTR}]`);

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  closed = 0;
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

describe('read aloud in the reader', () => {
  it('plays from the toolbar, marks the block being read, and pauses', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ synth });
    act(() => button('Read aloud')!.click());
    expect(synth.current?.text).toBe('Council approves budget');
    expect(reading()?.textContent).toBe('Council approves budget');
    act(() => synth.finish());
    expect(reading()?.textContent).toBe('Opening words.');
    expect(reading()?.getAttribute(READING_ATTR)).toBe('playing');
    act(() => button('Pause reading aloud')!.click());
    expect(synth.speaking).toBe(false);
    expect(button('Resume reading aloud')).not.toBeNull();
    expect(reading()?.getAttribute(READING_ATTR)).toBe('paused');
  });

  it('answers K, and J/L for the previous and next paragraph, but not while typing in a field', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ synth });
    press('k');
    expect(synth.speaking).toBe(true);
    press('l');
    expect(synth.current?.text).toBe('Opening words.');
    press('l');
    press('j');
    expect(synth.current?.text).toBe('Opening words.');
    press('k');
    expect(synth.speaking).toBe(false);
    openSettings();
    const select = screen().getByRole('combobox', { name: 'Voice' });
    press('k', select);
    expect(synth.speaking).toBe(false);
  });

  it('reads paragraphs that arrive in the article after the reader opened', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ synth });
    const late = document.createElement('p');
    late.textContent = 'A paragraph added after the reader opened.';
    act(() => host.querySelector('.lr-content')!.append(late));
    press('k');
    // The title, the opening, three headings and their paragraphs, then the late one.
    for (let i = 0; i < 8; i++) press('l');
    expect(synth.current?.text).toBe('A paragraph added after the reader opened.');
  });

  it('says plainly when no voice reads the article’s language, and speaks nothing', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ synth, shown: article('de') });
    const play = button('Read aloud')!;
    expect(play.getAttribute('aria-disabled')).toBe('true');
    const problem = host.querySelector('#lr-speech-problem') as HTMLElement;
    expect(problem.hidden).toBe(true);
    act(() => play.click());
    expect(problem.hidden).toBe(false);
    expect(problem.textContent).toBe('This browser has no voice that reads this language (German) aloud.');
    expect(play.getAttribute('aria-describedby')).toBe('lr-speech-problem');
    expect(synth.spoken).toEqual([]);
  });

  it('says so where the browser cannot speak at all', () => {
    mount({ synth: null });
    act(() => button('Read aloud')!.click());
    expect(host.querySelector('#lr-speech-problem')?.textContent).toBe("This browser can't read aloud.");
  });

  it('offers the voices of the article’s language in the Aa panel, with speed and pitch', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US'), voice('Français', 'fr-FR'), voice('Québécois', 'fr-CA')]);
    mount({ synth, shown: article('fr') });
    openSettings();
    const select = screen().getByRole('combobox', { name: 'Voice' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Automatic', 'Français', 'Québécois']);
    expect(screen().getByRole('slider', { name: 'Speed' })).not.toBeNull();
    expect(screen().getByRole('slider', { name: 'Pitch' })).not.toBeNull();
  });

  it('picks up voices that arrive after the reader opened', () => {
    const synth = new FakeSpeechSynthesis([]);
    mount({ synth });
    expect(button('Read aloud')!.getAttribute('aria-disabled')).toBe('true');
    act(() => synth.setVoices([voice('English', 'en-US')]));
    expect(button('Read aloud')!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('stops speaking when the reader closes', () => {
    const synth = new FakeSpeechSynthesis([voice('English', 'en-US')]);
    mount({ synth });
    press('k');
    expect(synth.speaking).toBe(true);
    act(() => render(null, host));
    expect(synth.speaking).toBe(false);
  });
});

describe('outline', () => {
  it('lists the section headings in a labelled nav, and jumps to one, focusing it', () => {
    mount();
    openOutline();
    const nav = screen().getByRole('navigation', { name: 'Contents' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(SECTIONS);
    act(() => links[2]!.click());
    const heading = within(screen().getByRole('article')).getByRole('heading', { level: 2, name: SECTIONS[2] });
    expect(host.ownerDocument.activeElement).toBe(heading);
  });

  it('is not offered for fewer than three section headings', () => {
    mount({ shown: article('en', ['Only', 'Two']) });
    expect(screen().queryAllByRole('navigation', { hidden: true })).toEqual([]);
    expect(button('Contents')).toBeNull();
  });

  it('collapses and expands from the toolbar', () => {
    mount();
    const toggle = button('Contents')!;
    const wasOpen = toggle.getAttribute('aria-expanded') === 'true';
    expect(outlineShown()).toBe(wasOpen);
    act(() => toggle.click());
    expect(outlineShown()).toBe(!wasOpen);
    expect(toggle.getAttribute('aria-expanded')).toBe(String(!wasOpen));
  });
});

describe('print and progress', () => {
  it('has a Print button and the source address for paper', () => {
    mount();
    expect(button('Print')).not.toBeNull();
    expect(host.querySelector('.lr-print-source')?.textContent).toBe('Source https://news.example/story');
  });

  it('works out progress and time left', () => {
    expect(scrollFraction({ scrollTop: 0, scrollHeight: 1000, clientHeight: 1000 })).toBeNull();
    expect(scrollFraction({ scrollTop: 250, scrollHeight: 1500, clientHeight: 500 })).toBe(0.25);
    expect(minutesLeft(8, 0)).toBe(8);
    expect(minutesLeft(8, 0.5)).toBe(4);
    expect(minutesLeft(8, 0.95)).toBe(1);
    expect(minutesLeft(8, 1)).toBe(0);
  });
});
