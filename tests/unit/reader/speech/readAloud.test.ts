// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectSpeechBlocks, rangeForText } from '../../../../src/reader/speech/blocks';
import { MAX_CHUNK_CHARS, splitIntoChunks, wordEnd } from '../../../../src/reader/speech/chunks';
import { browserSpeechPort } from '../../../../src/reader/speech/port';
import { ReadAloud, type ReadAloudState } from '../../../../src/reader/speech/readAloud';
import { chooseVoice, voicesForLanguage } from '../../../../src/reader/speech/voices';
import { FakeSpeechSynthesis, fakeGlobals, voice } from './fakeSpeech';

const LONG_SENTENCE =
  'The committee, which had met in closed session for most of the week while protesters gathered outside, finally agreed on a text that ' +
  'neither side liked, that nobody had asked for, and that will, according to several members who spoke on condition of anonymity, be rewritten again in the spring';

function articleDom(html: string, lang = 'en'): { title: HTMLElement; body: HTMLElement } {
  document.body.innerHTML = `<article lang="${lang}"><h1>Budget passes</h1><div class="lr-content">${html}</div></article>`;
  return { title: document.querySelector('h1') as HTMLElement, body: document.querySelector('.lr-content') as HTMLElement };
}

const ENGLISH = voice('English (America)', 'en-US');
const BRITISH = voice('English (Great Britain)', 'en-GB', { default: true });
const FRENCH = voice('French (France)', 'fr-FR');

function setup(html: string, opts: { lang?: string; voices?: ReturnType<typeof voice>[]; voiceUri?: string } = {}) {
  const synth = new FakeSpeechSynthesis(opts.voices ?? [ENGLISH, BRITISH, FRENCH]);
  const port = browserSpeechPort(fakeGlobals(synth));
  if (!port) throw new Error('no port');
  const states: ReadAloudState[] = [];
  const engine = new ReadAloud(port, { voiceUri: opts.voiceUri ?? '', rate: 1, pitch: 1 }, (s) => states.push(s));
  const { title, body } = articleDom(html, opts.lang);
  const blocks = collectSpeechBlocks(title, body, 'en');
  engine.setBlocks(blocks);
  const spokenTexts = () => synth.spoken.map((u) => u.text);
  return { synth, engine, blocks, states, spokenTexts };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('what is read', () => {
  it('reads the title, then headings, paragraphs, list items and quotes; not captions, code or tables', () => {
    const { synth, engine, spokenTexts } = setup(
      '<p>First paragraph.</p><figure><img alt=""><figcaption>A caption.</figcaption></figure>' +
        '<h2>A section</h2><ul><li>One item.</li><li><p>Item in a paragraph.</p></li></ul>' +
        '<pre><code>const x = 1;</code></pre><table><tr><td>Cell text.</td></tr></table>' +
        '<blockquote><p>Quoted words.</p></blockquote><p>   </p><p>Last one.</p>',
    );
    engine.play();
    synth.finishAll();
    expect(spokenTexts()).toEqual([
      'Budget passes',
      'First paragraph.',
      'A section',
      'One item.',
      'Item in a paragraph.',
      'Quoted words.',
      'Last one.',
    ]);
    expect(engine.current.status).toBe('idle');
  });

  it('reads captions, code and tables too when asked to', () => {
    const { body, title } = articleDom(
      '<p>Text.</p><figure><img alt=""><figcaption>A caption.</figcaption></figure><pre><code>x = 1</code></pre>' +
        '<table><tr><th>Year</th><td>1871</td></tr></table><aside>Promo.</aside>',
    );
    expect(collectSpeechBlocks(title, body, 'en', true).map((b) => b.text)).toEqual(['Budget passes', 'Text.', 'A caption.', 'x = 1', 'Year', '1871']);
    expect(collectSpeechBlocks(title, body, 'en', false).map((b) => b.text)).toEqual(['Budget passes', 'Text.']);
  });

  it('queues one utterance at a time, each spoken only after the last one ended', () => {
    const { synth, engine } = setup('<p>One. Two.</p><p>Three.</p>');
    engine.play();
    expect(synth.spoken).toHaveLength(1);
    expect(synth.queue).toHaveLength(0);
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Budget passes', 'One.']);
    synth.finish();
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Budget passes', 'One.', 'Two.', 'Three.']);
  });

  it('feeds long text sentence by sentence, and splits sentences too long for one utterance', () => {
    const { synth, engine, spokenTexts } = setup(`<p>Short one. ${LONG_SENTENCE}. Done!</p>`);
    engine.play();
    synth.finishAll();
    const texts = spokenTexts().slice(1);
    expect(texts[0]).toBe('Short one.');
    expect(texts.at(-1)).toBe('Done!');
    expect(texts.length).toBeGreaterThan(3);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(MAX_CHUNK_CHARS);
    // Nothing is lost or doubled in the cutting.
    expect(texts.join(' ').replace(/\s+/g, ' ')).toBe(`Short one. ${LONG_SENTENCE}. Done!`);
  });

  it('cuts text without spaces (Chinese) into pieces too', () => {
    const text = '这是一个很长的句子'.repeat(40);
    const chunks = splitIntoChunks(text, 'zh-CN');
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
  });
});

describe('highlighting', () => {
  it('highlights the sentence being spoken, then each word the voice reports', () => {
    const { synth, engine, blocks } = setup('<p>Rain fell. Then the <a href="#">sun</a> came out.</p>');
    engine.play();
    synth.finish(); // the title
    expect(engine.current).toMatchObject({ status: 'playing', block: 1, highlight: { start: 0, end: 10, kind: 'sentence' } });
    synth.finish();
    const para = blocks[1];
    expect(para?.text.slice(engine.current.highlight?.start, engine.current.highlight?.end)).toBe('Then the sun came out.');
    synth.boundary(9, 3); // "sun", with a length (Chromium)
    expect(engine.current.highlight?.kind).toBe('word');
    const { start, end } = engine.current.highlight ?? { start: 0, end: 0 };
    expect(rangeForText(para!.el, start, end)?.toString()).toBe('sun');
    synth.boundary(13); // "came", without one (Firefox)
    const word = engine.current.highlight!;
    expect(rangeForText(para!.el, word.start, word.end)?.toString()).toBe('came');
  });

  it('finds the word end itself where the engine gives no length', () => {
    expect(wordEnd('naïve café', 6)).toBe(10);
    expect(wordEnd('l’été, déjà', 0)).toBe(5);
  });

  it('ignores sentence boundaries and boundaries past the text', () => {
    const { synth, engine } = setup('<p>Rain fell.</p>');
    engine.play();
    synth.boundary(0, 5, 'sentence');
    synth.boundary(99, 2);
    expect(engine.current.highlight?.kind).toBe('sentence');
  });
});

describe('pause, resume, skip, stop', () => {
  it('pauses by stopping the engine and resumes at the last word reported', () => {
    const { synth, engine } = setup('<p>One two three four.</p><p>Next.</p>');
    engine.play();
    synth.finish();
    synth.boundary(8, 5); // "three"
    engine.pause();
    expect(synth.speaking).toBe(false);
    expect(engine.current.status).toBe('paused');
    engine.play();
    expect(synth.current?.text).toBe('three four.');
    expect(engine.current.status).toBe('playing');
    // Boundaries of the resumed utterance still land on the block's own text.
    synth.boundary(6, 4);
    expect(engine.current.highlight).toMatchObject({ start: 14, end: 18, kind: 'word' });
  });

  it('resumes at the start of the sentence when the voice reported no words', () => {
    const { synth, engine } = setup('<p>One two. Three four.</p>');
    engine.play();
    synth.finish();
    synth.finish();
    engine.toggle();
    engine.toggle();
    expect(synth.current?.text).toBe('Three four.');
  });

  it('ignores the end of an utterance it has already cancelled', () => {
    const { synth, engine, spokenTexts } = setup('<p>A.</p><p>B.</p>');
    engine.play();
    const title = synth.current!;
    engine.pause();
    title.onend?.({}); // a late event from the engine
    expect(spokenTexts()).toEqual(['Budget passes']);
    expect(engine.current.status).toBe('paused');
  });

  it('goes to the next and previous paragraph, reading on if it was reading', () => {
    const { synth, engine } = setup('<p>A.</p><p>B.</p><p>C.</p>');
    engine.play();
    engine.skip(1);
    expect(synth.current?.text).toBe('A.');
    engine.skip(1);
    expect(synth.current?.text).toBe('B.');
    engine.skip(-1);
    expect(synth.current?.text).toBe('A.');
    engine.pause();
    engine.skip(1);
    expect(engine.current).toMatchObject({ status: 'paused', block: 2 });
    expect(synth.speaking).toBe(false);
  });

  it('stops: nothing speaking, back to the start', () => {
    const { synth, engine } = setup('<p>A.</p>');
    engine.play();
    engine.stop();
    expect(synth.speaking).toBe(false);
    expect(engine.current).toMatchObject({ status: 'idle', block: -1, highlight: null });
  });

  it('reports an engine failure instead of going quiet', () => {
    const { synth, engine } = setup('<p>A.</p>');
    engine.play();
    synth.fail('synthesis-failed');
    expect(engine.current.status).toBe('failed');
  });

  it('applies a new speed at once, from the word being read', () => {
    const { synth, engine } = setup('<p>One two three.</p>');
    engine.play();
    synth.finish();
    synth.boundary(4, 3);
    engine.setOptions({ voiceUri: '', rate: 1.5, pitch: 1 });
    expect(synth.current).toMatchObject({ text: 'two three.', rate: 1.5 });
  });
});

describe('voices', () => {
  it("chooses a voice for the block's language, the same region first", () => {
    const { synth, engine } = setup('<p>Bonjour à tous.</p>', { lang: 'fr' });
    engine.play();
    expect(synth.current?.voice?.name).toBe('French (France)');
    expect(voicesForLanguage([ENGLISH, BRITISH], 'en-US')[0]).toBe(ENGLISH);
    // No region asked for: the engine's default.
    expect(voicesForLanguage([ENGLISH, BRITISH], 'en')[0]).toBe(BRITISH);
  });

  it('never uses a network voice, which would send the article away', () => {
    const google = voice('Google français', 'fr-FR', { localService: false });
    expect(chooseVoice([google], 'fr', google.voiceURI)).toBeNull();
    expect(chooseVoice([google, FRENCH], 'fr', google.voiceURI)).toBe(FRENCH);
  });

  it('uses the chosen voice for its own language only', () => {
    expect(chooseVoice([ENGLISH, BRITISH, FRENCH], 'en', BRITISH.voiceURI)).toBe(BRITISH);
    expect(chooseVoice([ENGLISH, BRITISH, FRENCH], 'fr', BRITISH.voiceURI)).toBe(FRENCH);
    expect(chooseVoice([ENGLISH], 'de', '')).toBeNull();
  });

  it('says which language has no voice instead of failing silently', () => {
    const { synth, engine } = setup('<p>Guten Tag.</p>', { lang: 'de', voices: [ENGLISH] });
    engine.play();
    expect(engine.current).toMatchObject({ status: 'no-voice', missingLang: 'de' });
    expect(synth.spoken).toEqual([]);
  });

  it('follows a translation shown while reading: new words, new language, same paragraph', () => {
    const { synth, engine, blocks } = setup('<p>Good morning.</p><p>Second.</p>');
    engine.play();
    synth.finish();
    expect(synth.current?.text).toBe('Good morning.');
    const para = blocks[1]!.el;
    para.textContent = 'Bonjour.';
    para.setAttribute('lang', 'fr');
    engine.setBlocks(collectSpeechBlocks(blocks[0]!.el, document.querySelector('.lr-content'), 'en'));
    expect(synth.current).toMatchObject({ text: 'Bonjour.', lang: 'fr-FR' });
    expect(synth.current?.voice?.name).toBe('French (France)');
  });
});
