import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../support/contrast';
import { THEMES, type ThemeName } from '../../../src/reader/themes';

const AA_TEXT = 4.5;
// WCAG 1.4.11: focus indicators and other non-text UI need 3:1.
const AA_NON_TEXT = 3;

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });

  it('is symmetric and accepts #rgb', () => {
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(contrastRatio('#000000', '#ffffff'), 10);
  });

  it('reads computed colours as both browsers give them', () => {
    expect(contrastRatio('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgba(0, 0, 255, 1)', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('rgb(0 0 255 / 100%)', '#fff')).toBeCloseTo(8.59, 2);
  });

  it('rejects what it cannot read rather than guess', () => {
    expect(() => relativeLuminance('red')).toThrow(RangeError);
    expect(() => relativeLuminance('#12345')).toThrow(RangeError);
    expect(() => relativeLuminance('')).toThrow(RangeError);
    // A translucent colour's contrast depends on what is under it.
    expect(() => relativeLuminance('rgba(0, 0, 0, 0.5)')).toThrow(RangeError);
    expect(() => relativeLuminance('rgba(0, 0, 0, 0)')).toThrow(RangeError);
  });
});

describe.each(Object.keys(THEMES).map((name) => [name as ThemeName] as const))('%s theme', (name) => {
  const p = THEMES[name];

  it('uses hex colours only', () => {
    for (const value of Object.values(p)) expect(value).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it.each([
    ['body text on background', p.text, p.background],
    ['muted text on background', p.mutedText, p.background],
    ['links on background', p.link, p.background],
    ['visited links on background', p.linkVisited, p.background],
    ['text on panels', p.text, p.surface],
    ['muted text on panels', p.mutedText, p.surface],
    ['accent on panels', p.accent, p.surface],
    ['accent on background (and button text on accent)', p.accent, p.background],
    ['links on panels', p.link, p.surface],
    ['text on selection', p.text, p.selection],
  ])('%s reaches 4.5:1', (_label, fg, bg) => {
    expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('has a focus ring visible on background and panels', () => {
    expect(contrastRatio(p.focusRing, p.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
    expect(contrastRatio(p.focusRing, p.surface)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  // The reader's tools reuse these pairs: the block being read aloud sits on `surface` (text and
  // links on it are checked above), the sentence or word on `selection`, the reading-progress fill
  // (accent) runs along a track of `border`, the current outline entry is marked in accent.
  it('shows the reading-progress fill against its track and the page', () => {
    expect(contrastRatio(p.accent, p.border)).toBeGreaterThanOrEqual(AA_NON_TEXT);
    expect(contrastRatio(p.accent, p.background)).toBeGreaterThanOrEqual(AA_NON_TEXT);
  });

  it('tells visited links apart from unvisited ones', () => {
    expect(p.linkVisited.toLowerCase()).not.toBe(p.link.toLowerCase());
  });
});

describe('palettes', () => {
  it('black is pure black for OLED screens', () => {
    expect(THEMES.black.background).toBe('#000000');
  });

  it('sepia is warm paper with dark brown text', () => {
    const bg = THEMES.sepia.background;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(bg.slice(i, i + 2), 16)) as [number, number, number];
    expect(r).toBeGreaterThan(b);
    expect(g).toBeGreaterThan(b);
    expect(relativeLuminance(bg)).toBeGreaterThan(0.7);
    expect(relativeLuminance(THEMES.sepia.text)).toBeLessThan(0.1);
  });

  it('dark themes are dark and light themes are light', () => {
    expect(relativeLuminance(THEMES.light.background)).toBeGreaterThan(0.5);
    expect(relativeLuminance(THEMES.dark.background)).toBeLessThan(0.05);
  });
});

describe('read-aloud highlight', () => {
  // Links on the selection colour fall short in the dark theme (3.8:1), so the highlight paints
  // all the text it covers, links included, in the text colour, which the table checks on it.
  it('paints highlighted text in the text colour, on the selection colour', () => {
    const css = readFileSync(new URL('../../../src/reader/styles/reader.css', import.meta.url), 'utf8');
    const rule = /::highlight\(lucid-reader-speech\)\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(rule).toMatch(/background-color:\s*var\(--lr-selection\)/);
    expect(rule).toMatch(/(?:^|;)\s*color:\s*var\(--lr-text\)/);
  });
});

