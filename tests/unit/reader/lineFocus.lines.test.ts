import { describe, expect, it } from 'vitest';
import { bandBox, clampStart, startAround, startForSpoken } from '../../../src/reader/lineFocus/band';
import { groupLines, lineAt, linesOf } from '../../../src/reader/lineFocus/lines';

const box = (top: number, bottom: number, width = 50) => ({ top, bottom, width, height: bottom - top });
/** Ten lines of 30px, 2px apart, as a paragraph's line boxes give them. */
const LINES = Array.from({ length: 10 }, (_, i) => ({ top: i * 32, bottom: i * 32 + 30 }));

describe('line focus: lines from text boxes', () => {
  it('makes one line of the boxes on one row, whatever their order', () => {
    const lines = groupLines([box(40, 70), box(0, 30), box(0, 30), box(40, 70), box(80, 110)]);
    expect(lines).toEqual([
      { top: 0, bottom: 30 },
      { top: 40, bottom: 70 },
      { top: 80, bottom: 110 },
    ]);
  });

  it('keeps a superscript, a bigger link or code on the line it sits on', () => {
    // A superscript raised 8px, and a code span in a taller font reaching 4px lower.
    const lines = groupLines([box(0, 30), box(-8, 14, 10), box(2, 34, 40), box(40, 70)]);
    expect(lines).toEqual([
      { top: -8, bottom: 34 },
      { top: 40, bottom: 70 },
    ]);
  });

  it('leaves out empty boxes (collapsed white space between blocks)', () => {
    expect(groupLines([box(0, 30), box(35, 35, 0), { top: 38, bottom: 60, width: 0, height: 22 }])).toEqual([{ top: 0, bottom: 30 }]);
  });

  it('finds the line at a height, the nearest one between lines', () => {
    expect(lineAt(LINES, 45)).toBe(1);
    expect(lineAt(LINES, 31)).toBe(0);
    expect(lineAt(LINES, 500)).toBe(9);
    expect(lineAt([], 10)).toBe(-1);
  });

  it('says which lines a sentence runs over', () => {
    expect(linesOf(LINES, [box(70, 94), box(96, 126), box(128, 158)])).toEqual({ first: 2, last: 4 });
    expect(linesOf(LINES, [box(0, 0, 0)])).toBeNull();
  });
});

describe('line focus: the band', () => {
  it('holds its size of lines, within the article', () => {
    expect(clampStart(-2, 10, 3)).toBe(0);
    expect(clampStart(9, 10, 3)).toBe(7);
    expect(clampStart(4, 2, 3)).toBe(0);
    expect(bandBox(LINES, 2, 3)).toEqual({ top: 64, bottom: 158 });
    expect(bandBox(LINES, 9, 5)).toEqual({ top: 160, bottom: 318 });
    expect(bandBox(LINES.slice(0, 2), 0, 5)).toEqual({ top: 0, bottom: 62 });
    expect(bandBox([], 0, 3)).toBeNull();
  });

  it('centres on a clicked line', () => {
    expect(startAround(6, 1)).toBe(6);
    expect(startAround(6, 3)).toBe(5);
    expect(startAround(6, 5)).toBe(4);
  });

  it('sits on a sentence that fits, staying put while it already holds it', () => {
    // Band of 5 at lines 0–4, sentence on lines 3–4: already in the band.
    expect(startForSpoken(0, 5, 3, 4, null)).toBe(0);
    // Sentence on lines 6–7: centred in a band of 5 (lines 5–9).
    expect(startForSpoken(0, 5, 6, 7, null)).toBe(5);
    // A one-line sentence in a one-line band.
    expect(startForSpoken(2, 1, 4, 4, null)).toBe(4);
  });

  it('follows a longer sentence word by word, moving only when the word leaves the band', () => {
    // Sentence on lines 3–8, band of 3.
    expect(startForSpoken(0, 3, 3, 8, null)).toBe(3);
    expect(startForSpoken(3, 3, 3, 8, 5)).toBe(3);
    expect(startForSpoken(3, 3, 3, 8, 6)).toBe(6);
    // Never past the sentence's end.
    expect(startForSpoken(6, 3, 3, 8, 9)).toBe(6);
  });
});
