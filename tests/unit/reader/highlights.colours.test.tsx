import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLOURS } from '../../../src/highlights/types';
import { contrastRatio } from '../../support/contrast';
import { themeCss } from '../../../src/reader/themeCss';
import { MARK_BACKGROUNDS, THEMES, type ThemeName } from '../../../src/reader/themes';

const AA_TEXT = 4.5;
const cases = (Object.keys(THEMES) as ThemeName[]).flatMap((theme) => HIGHLIGHT_COLOURS.map((colour) => [theme, colour] as const));

describe('highlight colours', () => {
  it.each(cases)('%s theme, %s: text and links on the mark keep AA contrast', (theme, colour) => {
    const p = THEMES[theme];
    const mark = MARK_BACKGROUNDS[theme][colour];
    expect(mark).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrastRatio(p.text, mark)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.link, mark)).toBeGreaterThanOrEqual(AA_TEXT);
    expect(contrastRatio(p.linkVisited, mark)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it.each(HIGHLIGHT_COLOURS.map((c) => [c] as const))('on paper (black ink, light tints), %s reads', (colour) => {
    expect(contrastRatio('#000000', MARK_BACKGROUNDS.light[colour])).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('the four colours differ from each other in every theme', () => {
    for (const theme of Object.keys(THEMES) as ThemeName[]) expect(new Set(Object.values(MARK_BACKGROUNDS[theme])).size).toBe(4);
  });

  it('reach the stylesheet per theme, and paper gets the light tints', () => {
    const css = themeCss('.lr-themed');
    for (const theme of Object.keys(THEMES) as ThemeName[]) {
      const rule = css.split('\n').find((line) => line.startsWith(`.lr-themed[data-theme="${theme}"]`)) ?? '';
      for (const colour of HIGHLIGHT_COLOURS) expect(rule).toContain(`--lr-hl-${colour}:${MARK_BACKGROUNDS[theme][colour]}`);
    }
    const print = css.split('\n').find((line) => line.startsWith('@media print')) ?? '';
    for (const colour of HIGHLIGHT_COLOURS) expect(print).toContain(`--lr-hl-${colour}:${MARK_BACKGROUNDS.light[colour]}`);
  });
});
