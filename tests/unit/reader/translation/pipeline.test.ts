// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  collectBlocks,
  reapplyTranslation,
  restoreOriginal,
  translateBlocks,
} from '../../../../src/reader/translation/pipeline';
import { FakeTranslator } from './fakes';

const ARTICLE = `
  <h2>Rates rise</h2>
  <p>The bank raised <a href="https://example.com/report">interest rates</a> on <em>Tuesday</em>, officials said.</p>
  <figure><img src="x.jpg" alt="x"><figcaption>The central bank</figcaption></figure>
  <p>Run <code>npm test</code> before you ship.</p>
  <pre><code>const x = 1;</code></pre>
  <ul><li>First point</li><li><p>Nested paragraph</p></li></ul>
  <p translate="no">Brand Name</p>
  <p>   </p>
`;

let root: HTMLElement;
let blocks: Element[];
let original: string;

beforeEach(() => {
  document.body.innerHTML = `<article>${ARTICLE}</article>`;
  root = document.querySelector('article') as HTMLElement;
  blocks = collectBlocks(root);
  original = root.innerHTML;
});

describe('collectBlocks', () => {
  it('finds text blocks in document order, skipping code listings', () => {
    expect(blocks.map((b) => b.localName)).toEqual(['h2', 'p', 'figcaption', 'p', 'li', 'li', 'p', 'p', 'p']);
  });
});

describe('translateBlocks', () => {
  it('translates one piece at a time in document order and reports progress after each block', async () => {
    const translator = new FakeTranslator();
    const progress: [number, number][] = [];
    const result = await translateBlocks(blocks, translator, { onProgress: (d, t) => progress.push([d, t]) });

    expect(translator.calls).toEqual([
      'Rates rise',
      'The bank raised',
      'interest rates',
      'on',
      'Tuesday',
      ', officials said.',
      'The central bank',
      'Run',
      'before you ship.',
      'First point',
      'Nested paragraph',
    ]);
    const total = blocks.length;
    expect(progress).toEqual(Array.from({ length: total + 1 }, (_, i) => [i, total]));
    // Not counted: the <li> whose only text is its nested <p>, translate="no", whitespace.
    expect(result).toEqual({ translated: 6, failed: false, aborted: false });
  });

  it('keeps links, emphasis, code and spacing while replacing the words', async () => {
    await translateBlocks(blocks, new FakeTranslator());
    const p = blocks[1] as HTMLElement;
    expect(p.innerHTML).toBe(
      'FR:THE BANK RAISED <a href="https://example.com/report">FR:INTEREST RATES</a> FR:ON <em>FR:TUESDAY</em>FR:, OFFICIALS SAID.',
    );
    expect((blocks[3] as HTMLElement).innerHTML).toBe('FR:RUN <code>npm test</code> FR:BEFORE YOU SHIP.');
    expect(root.querySelector('pre')?.textContent).toBe('const x = 1;');
    expect(root.querySelector('[translate="no"]')?.textContent).toBe('Brand Name');
  });

  it('never interprets translator output as HTML', async () => {
    const evil = { translate: async () => '<img src=x onerror=alert(1)>' };
    await translateBlocks(blocks, evil);
    expect(root.querySelectorAll('img')).toHaveLength(1); // only the article's own figure image
    expect(blocks[0]?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('marks translated blocks with the target lang/dir and puts the originals back', async () => {
    blocks[0]?.setAttribute('lang', 'en');
    original = root.innerHTML;
    await translateBlocks(blocks, new FakeTranslator(), { targetLanguage: 'ar', targetDir: 'rtl' });
    expect(blocks[0]?.getAttribute('lang')).toBe('ar');
    expect(blocks[1]?.getAttribute('dir')).toBe('rtl');
    restoreOriginal(blocks);
    expect(root.innerHTML).toBe(original);
  });

  it('on a failure half-way restores every original and reports it', async () => {
    const translator = new FakeTranslator();
    translator.failOnCall = 4; // inside the second paragraph, after the first block finished
    const progress: number[] = [];
    const result = await translateBlocks(blocks, translator, { onProgress: (d) => progress.push(d) });

    expect(result.failed).toBe(true);
    expect(result.aborted).toBe(false);
    expect(result.translated).toBe(0);
    expect(String(result.error)).toContain('model crashed');
    expect(root.innerHTML).toBe(original);
    expect(translator.calls).toHaveLength(4); // stopped at the failure
    expect(progress).toEqual([0, 1]);
    expect(reapplyTranslation(blocks)).toBe(false); // no half translation to bring back
    expect(root.innerHTML).toBe(original);
  });

  it('treats a non-string answer as a failure', async () => {
    const broken = { translate: async () => undefined as unknown as string };
    const result = await translateBlocks(blocks, broken);
    expect(result.failed).toBe(true);
    expect(root.innerHTML).toBe(original);
  });

  it('stops when aborted between blocks and restores the originals', async () => {
    const translator = new FakeTranslator();
    const controller = new AbortController();
    const result = await translateBlocks(blocks, translator, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(result).toEqual({ translated: 0, failed: false, aborted: true });
    expect(translator.calls).toEqual(['Rates rise']);
    expect(root.innerHTML).toBe(original);
  });

  it('stops an in-flight translation when aborted and undoes the blocks already done', async () => {
    const translator = new FakeTranslator();
    translator.hold = new Promise(() => undefined); // never finishes by itself
    translator.holdFrom = 2; // the heading goes through, the next paragraph hangs
    const controller = new AbortController();
    const progress: number[] = [];
    const running = translateBlocks(blocks, translator, { signal: controller.signal, onProgress: (d) => progress.push(d) });
    await vi.waitFor(() => expect(translator.calls).toHaveLength(2));
    expect(blocks[0]?.textContent).toBe('FR:RATES RISE');
    controller.abort();
    const result = await running;
    expect(result).toEqual({ translated: 0, failed: false, aborted: true });
    expect(translator.calls).toHaveLength(2);
    expect(progress).toEqual([0, 1]);
    expect(root.innerHTML).toBe(original);
  });

  it('does nothing when the signal is already aborted', async () => {
    const translator = new FakeTranslator();
    const result = await translateBlocks(blocks, translator, { signal: AbortSignal.abort() });
    expect(result.aborted).toBe(true);
    expect(translator.calls).toEqual([]);
  });

  it('translates nested listed blocks once', async () => {
    const translator = new FakeTranslator();
    await translateBlocks(blocks, translator);
    expect(translator.calls.filter((c) => c === 'Nested paragraph')).toHaveLength(1);
    expect(root.querySelector('li p')?.textContent).toBe('FR:NESTED PARAGRAPH');
  });

  it('translates from the originals again when the target language changes', async () => {
    await translateBlocks(blocks, new FakeTranslator('FR:'));
    const german = new FakeTranslator('DE:');
    await translateBlocks(blocks, german);
    expect(german.calls[0]).toBe('Rates rise');
    expect(blocks[0]?.textContent).toBe('DE:RATES RISE');
    restoreOriginal(blocks);
    expect(root.innerHTML).toBe(original);
  });

  it('handles an empty list', async () => {
    const progress: [number, number][] = [];
    const result = await translateBlocks([], new FakeTranslator(), { onProgress: (d, t) => progress.push([d, t]) });
    expect(result).toEqual({ translated: 0, failed: false, aborted: false });
    expect(progress).toEqual([[0, 0]]);
  });
});

describe('show original / show translation', () => {
  it('switches back and forth without calling the translator again', async () => {
    const translator = new FakeTranslator();
    await translateBlocks(blocks, translator, { targetLanguage: 'fr' });
    const translatedHtml = root.innerHTML;
    const calls = translator.calls.length;

    restoreOriginal(blocks);
    expect(root.innerHTML).toBe(original);
    expect(reapplyTranslation(blocks)).toBe(true);
    expect(root.innerHTML).toBe(translatedHtml);
    expect(translator.calls).toHaveLength(calls);
  });

  it('refuses to reapply for blocks that were never translated', () => {
    expect(reapplyTranslation(blocks)).toBe(false);
    expect(root.innerHTML).toBe(original);
  });
});
