import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { drawHighlight, eraseHighlight, MARK_CLASS, offsetsOfRange, rangeFromOffsets, textOffsetOf } from '../../../src/highlights/textRange';

/** A document with the article body as `#root` (and something outside it). */
function body(html: string): { doc: Document; root: HTMLElement } {
  const doc = new JSDOM(`<!DOCTYPE html><body><p id="outside">Outside text.</p><div id="root">${html}</div></body>`, { url: 'https://example.com/article' }).window.document;
  return { doc, root: doc.getElementById('root')! };
}

const INLINE = '<p>Hello <b>bold <i>world</i></b> and <a href="#x">a link</a>.</p>';
const BLOCKS = '<h2>Title here</h2><p>First <em>para</em>graph.</p>\n<p>Second one.</p><blockquote><p>Quoted.</p></blockquote>';
const LIST_TABLE = '<ul>\n  <li>One item</li>\n  <li>Two <b>items</b></li>\n</ul>\n<table>\n <tbody>\n  <tr>\n   <td>Cell A</td>\n   <td>Cell B</td>\n  </tr>\n </tbody>\n</table>';

describe('offsets and ranges', () => {
  it('makes a range across inline elements that holds exactly the offsets’ text', () => {
    const { root } = body(INLINE);
    const text = root.textContent ?? '';
    const range = rangeFromOffsets(root, 3, 15)!;
    expect(range.toString()).toBe(text.slice(3, 15));
    expect(range.startContainer.nodeType).toBe(3);
    expect(range.endContainer.parentElement?.tagName).toBe('I');
  });

  it('makes a range across blocks', () => {
    const { root } = body(BLOCKS);
    const text = root.textContent ?? '';
    const start = text.indexOf('para');
    const end = text.indexOf('Quoted') + 3;
    expect(rangeFromOffsets(root, start, end)?.toString()).toBe(text.slice(start, end));
  });

  it('round-trips every pair of offsets: offsets → range → offsets', () => {
    for (const html of [INLINE, BLOCKS, LIST_TABLE]) {
      const { root } = body(html);
      const length = (root.textContent ?? '').length;
      for (let start = 0; start < length; start++) {
        for (let end = start + 1; end <= length; end++) {
          const range = rangeFromOffsets(root, start, end);
          expect(range && offsetsOfRange(root, range)).toEqual({ start, end });
        }
      }
    }
  });

  it('reads a selection whose ends are elements (container = element, offset = child index)', () => {
    const { doc, root } = body(BLOCKS);
    const text = root.textContent ?? '';
    const paragraphs = root.querySelectorAll('p');
    const range = doc.createRange();
    // From the start of the first paragraph to just after its <em> (child index 2).
    range.setStart(paragraphs[0]!, 0);
    range.setEnd(paragraphs[0]!, 2);
    expect(offsetsOfRange(root, range)).toEqual({ start: text.indexOf('First'), end: text.indexOf('graph.') });
    // A whole block selected by its parent's child indexes, as a triple click does.
    const second = paragraphs[1]!;
    const index = Array.from(root.childNodes).indexOf(second);
    range.setStart(root, index);
    range.setEnd(root, index + 1);
    expect(offsetsOfRange(root, range)).toEqual({ start: text.indexOf('Second'), end: text.indexOf('Second') + 'Second one.'.length });
    // The root itself, to its end.
    expect(textOffsetOf(root, root, root.childNodes.length)).toBe(text.length);
  });

  it('gives null for a selection partly or wholly outside the root, or empty', () => {
    const { doc, root } = body(INLINE);
    const outside = doc.getElementById('outside')!.firstChild!;
    const range = doc.createRange();
    range.setStart(outside, 2);
    range.setEnd(root.querySelector('b')!.firstChild!, 2);
    expect(offsetsOfRange(root, range)).toBeNull();
    expect(textOffsetOf(root, outside, 0)).toBeNull();
    const empty = doc.createRange();
    empty.setStart(root.querySelector('b')!.firstChild!, 2);
    expect(offsetsOfRange(root, empty)).toBeNull();
  });

  it('gives null for offsets that are not in the text', () => {
    const { root } = body(INLINE);
    const length = (root.textContent ?? '').length;
    expect(rangeFromOffsets(root, 5, 5)).toBeNull();
    expect(rangeFromOffsets(root, 6, 5)).toBeNull();
    expect(rangeFromOffsets(root, -1, 5)).toBeNull();
    expect(rangeFromOffsets(root, length - 2, length + 1)).toBeNull();
    expect(rangeFromOffsets(root, length, length + 3)).toBeNull();
    expect(drawHighlight(root, length - 2, length + 1, { id: 'x', colour: 'blue' })).toEqual([]);
    expect(root.querySelector('mark')).toBeNull();
  });
});

describe('drawing and erasing highlights', () => {
  const attrs = (id: string) => ({ id, colour: 'yellow' });
  const marksOf = (root: Element, id: string) => Array.from(root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)).filter((m) => m.dataset.hlId === id);

  it('wraps exactly the offsets’ text in marks with the id and colour, and never changes the text', () => {
    for (const html of [INLINE, BLOCKS, LIST_TABLE]) {
      const { root } = body(html);
      const text = root.textContent ?? '';
      const start = 2;
      const end = text.length - 3;
      const marks = drawHighlight(root, start, end, { id: 'h1', colour: 'green' });
      expect(root.textContent).toBe(text);
      expect(marks.length).toBeGreaterThan(0);
      // Only whitespace between list items and table cells is left out.
      expect(marks.map((m) => m.textContent).join('').replace(/\s+/g, '')).toBe(text.slice(start, end).replace(/\s+/g, ''));
      for (const m of marks) {
        expect(m.tagName).toBe('MARK');
        expect(m.className).toBe(MARK_CLASS);
        expect(m.dataset.hlId).toBe('h1');
        expect(m.dataset.colour).toBe('green');
      }
      // Offsets still hold after drawing: the marks' text is the highlight's text.
      expect(rangeFromOffsets(root, start, end)?.toString()).toBe(text.slice(start, end));
    }
  });

  it('covers all of the highlighted text outside tables’ and lists’ own whitespace', () => {
    const { root } = body(BLOCKS);
    const text = root.textContent ?? '';
    const marks = drawHighlight(root, 0, text.length, attrs('all'));
    expect(marks.map((m) => m.textContent).join('')).toBe(text);
  });

  it('leaves whitespace-only text nodes between list items and table cells unwrapped', () => {
    const { root } = body(LIST_TABLE);
    const text = root.textContent ?? '';
    const marks = drawHighlight(root, 0, text.length, attrs('t'));
    for (const m of marks) expect(['UL', 'OL', 'TABLE', 'TBODY', 'THEAD', 'TR', 'DL']).not.toContain(m.parentElement?.tagName);
    expect(marks.map((m) => m.textContent?.trim()).filter(Boolean)).toEqual(['One item', 'Two', 'items', 'Cell A', 'Cell B']);
    expect(root.textContent).toBe(text);
  });

  it('erasing restores the exact DOM it drew on', () => {
    for (const html of [INLINE, BLOCKS, LIST_TABLE]) {
      const { root } = body(html);
      const before = root.innerHTML;
      const nodes = root.querySelectorAll('*').length;
      const text = root.textContent ?? '';
      drawHighlight(root, 1, text.length - 1, attrs('x'));
      expect(root.innerHTML).not.toBe(before);
      eraseHighlight(root, 'x');
      expect(root.innerHTML).toBe(before);
      expect(root.querySelectorAll('*').length).toBe(nodes);
      // No text node left split in two.
      const texts = (el: Node): number => Array.from(el.childNodes).reduce((n, c) => n + (c.nodeType === 3 ? 1 : texts(c)), 0);
      expect(texts(root)).toBe(texts(body(html).root));
    }
  });

  it('draws two overlapping highlights, each on its own text, and erases them in either order', () => {
    for (const order of [['a', 'b'], ['b', 'a']]) {
      const { root } = body(INLINE);
      const before = root.innerHTML;
      const text = root.textContent ?? '';
      drawHighlight(root, 2, 14, attrs('a'));
      drawHighlight(root, 8, 25, attrs('b'));
      expect(root.textContent).toBe(text);
      expect(marksOf(root, 'a').map((m) => m.textContent).join('')).toBe(text.slice(2, 14));
      expect(marksOf(root, 'b').map((m) => m.textContent).join('')).toBe(text.slice(8, 25));
      eraseHighlight(root, order[0]!);
      expect(marksOf(root, order[0]!)).toHaveLength(0);
      expect(root.textContent).toBe(text);
      const other = order[1]!;
      const [s, e] = other === 'a' ? [2, 14] : [8, 25];
      expect(marksOf(root, other).map((m) => m.textContent).join('')).toBe(text.slice(s, e));
      eraseHighlight(root, other);
      expect(root.innerHTML).toBe(before);
    }
  });

  it('erases only the highlight asked for', () => {
    const { root } = body(BLOCKS);
    drawHighlight(root, 0, 5, attrs('keep'));
    drawHighlight(root, 12, 20, attrs('drop'));
    eraseHighlight(root, 'drop');
    expect(marksOf(root, 'keep').map((m) => m.textContent).join('')).toBe((root.textContent ?? '').slice(0, 5));
    expect(marksOf(root, 'drop')).toHaveLength(0);
  });
});
