import { describe, expect, it } from 'vitest';
import { FONT_STACKS, typographyVars } from '../../../src/reader/typography';

const base = { fontSize: 20, lineHeight: 1.6, contentWidth: 70 };

describe('typography', () => {
  it('turns the settings into the stylesheet’s custom properties', () => {
    expect(typographyVars({ ...base, fontFamily: 'serif' })).toMatchObject({
      '--lr-font-size': '20px',
      '--lr-line-height': '1.6',
      '--lr-width': '70ch',
      '--lr-font': FONT_STACKS.serif,
    });
  });

  it('keeps the chosen style for other scripts too, ending in the chosen stack', () => {
    const sans = typographyVars({ ...base, fontFamily: 'sans' });
    const serif = typographyVars({ ...base, fontFamily: 'serif' });
    const legible = typographyVars({ ...base, fontFamily: 'legible' });
    expect(sans['--lr-font-zh']).toMatch(/^"Noto Sans CJK SC"/);
    expect(serif['--lr-font-zh']).toMatch(/^"Noto Serif CJK SC"/);
    expect(serif['--lr-font-arab']).toMatch(/^"Noto Naskh Arabic"/);
    expect(legible['--lr-font-deva']).toMatch(/^"Noto Sans Devanagari"/);
    for (const script of ['deva', 'beng', 'arab', 'zh', 'ja', 'ko']) {
      expect(legible[`--lr-font-${script}`]?.endsWith(FONT_STACKS.legible)).toBe(true);
    }
  });
});
