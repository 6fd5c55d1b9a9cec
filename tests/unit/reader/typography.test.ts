import { readFileSync } from 'node:fs';
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

  it('gives the interface the sans stack whatever the article font', () => {
    for (const fontFamily of ['serif', 'sans', 'legible'] as const) {
      expect(typographyVars({ ...base, fontFamily })['--lr-ui-font']).toBe(FONT_STACKS.sans);
    }
  });

  it('leaves font stacks to typography.ts alone', () => {
    const css = readFileSync(new URL('../../../src/reader/styles/reader.css', import.meta.url), 'utf8');
    expect(css).not.toMatch(/--lr-(?:ui-)?font\s*:/);
    for (const stack of Object.values(FONT_STACKS)) expect(css).not.toContain(stack);
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
