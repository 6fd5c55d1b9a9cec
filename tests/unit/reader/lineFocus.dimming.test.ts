import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../support/contrast';
import { DIM_PERCENT } from '../../../src/reader/lineFocus/dimming';
import { THEMES } from '../../../src/reader/themes';

/** The colour a browser paints: the background at `percent` over the text, channel by channel in sRGB. */
function dimmed(text: string, background: string, percent: number): string {
  const channels = (hex: string): number[] => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const bg = channels(background);
  const a = percent / 100;
  return `rgb(${channels(text)
    .map((c, i) => Math.round(a * (bg[i] ?? 0) + (1 - a) * c))
    .join(', ')})`;
}

describe('line focus dimming', () => {
  it.each(Object.entries(THEMES))('keeps dimmed text legible (3:1) in the %s theme, and visibly dimmer', (_name, palette) => {
    const full = contrastRatio(palette.text, palette.background);
    const dim = contrastRatio(dimmed(palette.text, palette.background, DIM_PERCENT), palette.background);
    expect(dim).toBeGreaterThanOrEqual(3);
    expect(dim).toBeLessThan(full * 0.6);
  });

  it('is checked by a blend that does dim: half the background over the text falls under 3:1 in sepia', () => {
    expect(contrastRatio(dimmed(THEMES.sepia.text, THEMES.sepia.background, 50), THEMES.sepia.background)).toBeLessThan(3);
  });
});
