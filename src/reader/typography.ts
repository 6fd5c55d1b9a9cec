import type { FontFamily, Settings } from '../settings/schema';

// System faces only: nothing is fetched, so the reader works offline and under any page CSP.
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: 'Georgia, "Iowan Old Style", "Noto Serif", "DejaVu Serif", "Times New Roman", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
  legible: '"Atkinson Hyperlegible", "Atkinson Hyperlegible Next", Verdana, "DejaVu Sans", Tahoma, sans-serif',
};

/** The settings as the CSS custom properties the reader stylesheet reads. */
export function typographyVars(s: Pick<Settings, 'fontSize' | 'fontFamily' | 'lineHeight' | 'contentWidth'>): Record<string, string> {
  return {
    '--lr-font-size': `${s.fontSize}px`,
    '--lr-line-height': String(s.lineHeight),
    '--lr-width': `${s.contentWidth}ch`,
    '--lr-font': FONT_STACKS[s.fontFamily],
  };
}
