import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACKS, typographyVars } from '../../../src/reader/typography';
import { DEFAULT_SETTINGS } from '../../../src/settings/schema';

const base = { fontSize: 20, lineHeight: 1.6, contentWidth: 70, letterSpacing: 0, wordSpacing: 0, paragraphSpacing: 1.1, textAlign: 'start' } as const;

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

  it('turns spacing and alignment into custom properties, each em of the text’s own size', () => {
    const vars = typographyVars({ ...base, fontFamily: 'serif', letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, textAlign: 'justify' });
    expect(vars).toMatchObject({
      '--lr-letter-spacing': '0.12em',
      '--lr-word-spacing': '0.16em',
      '--lr-paragraph-spacing': '2',
      '--lr-text-align': 'justify',
    });
  });

  it('leaves the default spacing at the stylesheet’s own values (normal, 1.1, start), also when spacing is not given', () => {
    const spacing = { letterSpacing: 0, wordSpacing: 0, paragraphSpacing: DEFAULT_SETTINGS.paragraphSpacing, textAlign: 'start' } as const;
    const expected = { '--lr-letter-spacing': 'normal', '--lr-word-spacing': 'normal', '--lr-paragraph-spacing': '1.1', '--lr-text-align': 'start' };
    expect(typographyVars({ ...base, fontFamily: 'sans', ...spacing })).toMatchObject(expected);
    // The saved HTML file's look (src/export) passes no spacing.
    expect(typographyVars({ ...base, fontFamily: 'sans' })).toMatchObject(expected);
    const css = readFileSync(new URL('../../../src/reader/styles/reader.css', import.meta.url), 'utf8');
    for (const [name, value] of Object.entries(expected)) expect(css).toContain(`${name}: ${value};`);
  });

  it('has the article’s text, and not the reader’s controls, use the spacing properties', () => {
    const css = readFileSync(new URL('../../../src/reader/styles/reader.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const selectorsUsing = (name: string) =>
      [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
        .filter(([, , body]) => body?.includes(`var(${name})`))
        .flatMap(([, selector]) => (selector ?? '').split(',').map((one) => one.trim()));
    for (const name of ['--lr-letter-spacing', '--lr-word-spacing', '--lr-paragraph-spacing', '--lr-text-align']) {
      const selectors = selectorsUsing(name);
      expect(selectors.length, name).toBeGreaterThan(0);
      for (const selector of selectors) expect(selector, name).toMatch(/^\.lr-(article|content)\b/);
    }
  });

  it('prints what is shown: the print rules leave spacing and alignment to the settings', () => {
    const css = readFileSync(new URL('../../../src/reader/styles/reader.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const start = css.indexOf('@media print');
    expect(start).toBeGreaterThan(-1);
    // The block runs to the brace that closes its own.
    let depth = 0;
    let end = css.indexOf('{', start);
    do {
      if (css[end] === '{') depth++;
      if (css[end] === '}') depth--;
      end++;
    } while (depth > 0 && end < css.length);
    const print = css.slice(start, end);
    expect(print).toContain('.lr-content');
    for (const property of ['letter-spacing', 'word-spacing', 'text-align', 'hyphens', 'margin-block', '--lr-paragraph-spacing', '--lr-text-align']) {
      expect(print, property).not.toContain(property);
    }
    expect(print).not.toMatch(/\.lr-content p[^{]*\{[^}]*margin/);
  });
});
