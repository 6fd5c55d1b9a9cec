import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src/export/safeFileName';

describe('safeFileName', () => {
  it.each([
    ['River park wins: the vote', 'River park wins the vote.md'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a b c d e f g h i j.md'],
    ['Tabs\tand\nnew\u0000lines\u007f', 'Tabs and new lines.md'],
    ['Why?...  ', 'Why.md'],
    ['...hidden', 'hidden.md'],
    ['CON', 'CON_.md'],
    ['lpt1.txt', 'lpt1.txt_.md'],
    ['Console wars', 'Console wars.md'],
    ['', 'article.md'],
    [' ?*/ ', 'article.md'],
    ['Ünïcödé 日本語 العربية', 'Ünïcödé 日本語 العربية.md'],
  ])('%j → %j', (title, name) => {
    expect(safeFileName(title, 'md')).toBe(name);
  });

  it('keeps long titles to 120 UTF-16 units without cutting a surrogate pair', () => {
    expect(safeFileName('x'.repeat(300), 'html')).toBe(`${'x'.repeat(120)}.html`);
    const name = safeFileName(`${'x'.repeat(119)}😀 more`, 'md');
    expect(name).toBe(`${'x'.repeat(119)}.md`);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});
