// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/export/markdown';
import { drawHighlight } from '../../../src/highlights/textRange';
import type { ExportInput } from '../../../src/export/types';
import { expectedMarkdown, fixtureInput } from './fixture';

const LABELS = { source: 'Source' };

function input(html: string, notes: Record<string, string> = {}, url = 'https://news.example/a/story'): ExportInput {
  const body = document.createElement('div');
  body.innerHTML = html;
  return { title: 'T', byline: null, date: null, url, siteName: null, lang: 'en', dir: 'ltr', body, notes: new Map(Object.entries(notes)) };
}

/** The body's Markdown alone: what follows the header lines. */
const bodyOf = (markdown: string): string => markdown.split('\n\n').slice(2).join('\n\n').trim();

describe('articleMarkdown', () => {
  it('gives the fixture article exactly its reviewed Markdown', () => {
    expect(articleMarkdown(fixtureInput(), LABELS)).toBe(expectedMarkdown());
  });

  it('leaves the reader body it was given as it was', () => {
    const source = fixtureInput();
    const before = source.body.innerHTML;
    articleMarkdown(source, LABELS);
    expect(source.body.innerHTML).toBe(before);
  });

  it('makes relative links and images absolute against the source address, and drops script addresses', () => {
    const md = articleMarkdown(
      input('<p><a href="../b">up</a> <a href="javascript:alert(1)">bad</a> <img src="i.png" alt="pic"></p>'),
      LABELS,
    );
    expect(bodyOf(md)).toBe('[up](https://news.example/b) bad ![pic](https://news.example/a/i.png)');
  });

  it('keeps a highlight in separate marks where an element is only partly highlighted', () => {
    const md = articleMarkdown(
      input('<p>The <a href="/x">river <mark class="lr-hl" data-hl-id="a">park</mark></a><mark class="lr-hl" data-hl-id="a"> plan</mark>.</p>'),
      LABELS,
    );
    expect(bodyOf(md)).toBe('The [river ==park==](https://news.example/x) ==plan==.');
  });

  it('numbers notes by where they stand in the text, and keeps literal == from reading as a highlight', () => {
    const md = articleMarkdown(
      input(
        '<p><mark class="lr-hl" data-hl-id="late">b == c</mark> then <mark class="lr-hl" data-hl-id="early">a</mark></p>',
        { early: 'second', late: 'first' },
      ),
      LABELS,
    );
    expect(bodyOf(md)).toBe('==b =\\= c==[^1] then ==a==[^2]\n\n[^1]: first\n[^2]: second');
  });

  it('numbers overlapping highlights by where each one ends', () => {
    const source = input('<p>one two three four</p>', { outer: 'on the outer', inner: 'on the inner' });
    drawHighlight(source.body, 0, 18, { id: 'outer', colour: 'yellow' });
    drawHighlight(source.body, 4, 7, { id: 'inner', colour: 'blue' });
    expect(bodyOf(articleMarkdown(source, LABELS))).toBe('==one two[^1] three four==[^2]\n\n[^1]: on the inner\n[^2]: on the outer');
  });

  it('keeps absolute and inline image addresses where the source address is unknown', () => {
    const md = articleMarkdown(input('<p><img src="data:image/png;base64,AAAA" alt="dot"> <a href="https://a.example/x">a</a> <a href="rel">b</a></p>', {}, ''), LABELS);
    expect(md).toBe('# T\n\n![dot](data:image/png;base64,AAAA) [a](https://a.example/x) b\n');
  });

  it('writes lists as people type them, with no trailing spaces in loose items', () => {
    const md = articleMarkdown(input('<ol start="3"><li>three<ul><li>sub</li></ul></li><li><p>one</p><p>two</p></li></ol>'), LABELS);
    expect(bodyOf(md)).toBe('3. three\n   - sub\n4. one\n\n   two');
  });

  it('puts a note after the link its highlight ends in, and keeps the header on its lines', () => {
    const source = input('<p>See <a href="/r">the <mark class="lr-hl" data-hl-id="n">report</mark></a> now.</p>', { n: 'Read it' });
    source.title = 'Two\nlines';
    expect(articleMarkdown(source, LABELS)).toBe(
      '# Two lines\n\nSource: <https://news.example/a/story>\n\nSee [the ==report==](https://news.example/r)[^1] now.\n\n[^1]: Read it\n',
    );
  });
});
