// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { articleHtmlFile, FILE_CSP } from '../../../src/export/htmlFile';
import { MARK_COLOURS } from '../../../src/export/htmlStyle';
import { contrastRatio } from '../../support/contrast';
import { THEMES } from '../../../src/reader/themes';
import { defaultSettings } from '../../../src/settings/schema';
import { fixtureInput } from './fixture';

const LABELS = { lang: 'en', dir: 'ltr', source: 'Source', notes: 'Notes', backToText: 'Back to the text' } as const;
const LOOK = { ...defaultSettings(), theme: 'sepia', fontSize: 23 } as const;

function savedFile(): Document {
  return new JSDOM(articleHtmlFile(fixtureInput(), LOOK, LABELS)).window.document;
}

describe('articleHtmlFile', () => {
  it('is one document with its charset, title, language and direction', () => {
    const html = articleHtmlFile(fixtureInput(), LOOK, LABELS);
    expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
    const doc = savedFile();
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title).toBe('River park wins council vote after a decade of plans');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.documentElement.dir).toBe('ltr');
    expect(doc.querySelector('h1')?.textContent).toBe(doc.title);
    expect(doc.querySelector('.lr-meta')?.textContent).toBe('Jane Example · 12 March 2026');
    expect(doc.querySelector<HTMLAnchorElement>('.lr-source a')?.href).toBe('https://news.example/2026/03/12/river-park-vote?ref=home');
  });

  it('runs nothing and fetches nothing but images', () => {
    const input = fixtureInput();
    input.body.insertAdjacentHTML(
      'beforeend',
      '<p onclick="steal()">x <a href="javascript:steal()">y</a><script>steal()</script><iframe src="https://ads.example/"></iframe><img src="/z.png" onerror="steal()" alt="z"></p>',
    );
    const html = articleHtmlFile(input, LOOK, LABELS);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(FILE_CSP);
    expect(FILE_CSP).toContain("default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'");
    expect(doc.querySelectorAll('script, iframe, link').length).toBe(0);
    expect([...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames()).filter((n) => n.startsWith('on'))).toEqual([]);
    expect(html).not.toContain('javascript:');
    expect(doc.querySelector('img[alt="z"]')?.getAttribute('src')).toBe('https://news.example/z.png');
  });

  it('shows the text, the images by absolute address with their alt text, and the highlights as marks', () => {
    const doc = savedFile();
    expect(doc.body.textContent).toContain('the city council voted 7–2 on Tuesday night');
    const img = doc.querySelector('img');
    expect(img?.getAttribute('src')).toBe('https://news.example/media/2026/03/yard-plan.jpg');
    expect(img?.getAttribute('alt')).toMatch(/^Drawing of the planned park/);
    const marked = (id: string): string => [...doc.querySelectorAll(`.lr-content mark[data-hl-id="${id}"]`)].map((m) => m.textContent).join('');
    expect(marked('h-rails')).toBe("built from the yard's old rails");
    expect(marked('h-soil')).toBe('the cost of clearing the soil was still too uncertain');
    expect(doc.querySelector('mark[data-hl-id="h-cost"]')?.getAttribute('data-colour')).toBe('yellow');
  });

  it('lists the notes at the end in reading order, linked both ways', () => {
    const doc = savedFile();
    const notes = doc.querySelectorAll('.lr-notes li');
    expect(doc.querySelector('.lr-notes h2')?.textContent).toBe('Notes');
    expect([...notes].map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Good line for the piece on reused industrial land.Compare with the harbour project.',
      'Check which grant: the regional fund for brownfield sites?',
    ]);
    expect(notes[0]?.querySelector('blockquote')?.textContent).toBe('We are letting the yard become a park,');
    const ref = doc.querySelector<HTMLAnchorElement>('#lr-note-ref-1');
    expect(ref?.getAttribute('href')).toBe('#lr-note-1');
    expect(ref?.closest('sup')?.previousElementSibling?.getAttribute('data-hl-id')).toBe('h-quote');
    expect(notes[0]?.querySelector('a[role="doc-backlink"]')?.getAttribute('href')).toBe('#lr-note-ref-1');
    expect(notes[0]?.id).toBe('lr-note-1');
  });

  it("takes the reader's theme and font size, and marks each colour for forced colours", () => {
    const doc = savedFile();
    expect(doc.documentElement.dataset.theme).toBe('sepia');
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('--lr-font-size:23px');
    expect(css).toContain(`--lr-bg:${THEMES.sepia.background}`);
    expect(css).toMatch(/@media \(forced-colors: active\)\{[^}]*background:Mark;color:MarkText/);
  });

  it('takes the reader’s spacing and alignment, applied to the article', () => {
    const spaced = { ...LOOK, letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, textAlign: 'justify' } as const;
    const css = new JSDOM(articleHtmlFile(fixtureInput(), spaced, LABELS)).window.document.querySelector('style')?.textContent ?? '';
    for (const rule of ['--lr-letter-spacing:0.12em', '--lr-word-spacing:0.16em', '--lr-paragraph-spacing:2', '--lr-text-align:justify']) expect(css).toContain(rule);
    expect(css).toMatch(/\.lr-article :where\(\*\)\{letter-spacing:var\(--lr-letter-spacing\);word-spacing:var\(--lr-word-spacing\)\}/);
    expect(css).toMatch(/\.lr-content\{text-align:var\(--lr-text-align\)\}/);
    expect(css).toMatch(/margin:0 0 calc\(var\(--lr-paragraph-spacing\) \* 1em\)/);
  });

  it.each(Object.entries(THEMES))('keeps every highlight colour readable in the %s theme', (name, palette) => {
    const colours = name === 'dark' || name === 'black' ? MARK_COLOURS.dark : MARK_COLOURS.light;
    for (const [colour, background] of Object.entries(colours)) {
      expect(contrastRatio(palette.text, background), `${colour} on ${name}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('saves the article as the reader shows it: a block removed in the view, and the removals shown in place, stay out', () => {
    const input = fixtureInput();
    input.body.insertAdjacentHTML(
      'beforeend',
      '<p data-lr-gone="" hidden>Removed by the reader</p><div class="lr-removed"><p>ALSO READ: another story</p></div><p data-lr-block="9">Kept to the end</p>',
    );
    const text = new JSDOM(articleHtmlFile(input, LOOK, LABELS)).window.document.body.textContent ?? '';
    expect(text).toContain('Kept to the end');
    expect(text).not.toContain('Removed by the reader');
    expect(text).not.toContain('ALSO READ');
  });
});
