import type { Theme } from '../settings/schema';

export type ThemeName = Exclude<Theme, 'auto'>;

export interface ThemePalette {
  readonly background: string;
  readonly text: string;
  readonly mutedText: string;
  readonly link: string;
  readonly linkVisited: string;
  /** Buttons and selected controls; text on it uses `background`. */
  readonly accent: string;
  readonly border: string;
  /** Panels and toolbars. */
  readonly surface: string;
  readonly focusRing: string;
  readonly selection: string;
}

/**
 * Every text/background pair here is checked for WCAG AA (4.5:1) in
 * tests/unit/reader/themes.test.ts; change a colour and the test says whether
 * it still reads.
 */
export const THEMES: Readonly<Record<ThemeName, ThemePalette>> = {
  light: {
    background: '#ffffff',
    text: '#1f1f1f',
    mutedText: '#5f6368',
    link: '#0b57d0',
    linkVisited: '#6f3ba8',
    accent: '#0b57d0',
    border: '#d3d6db',
    surface: '#f3f4f6',
    focusRing: '#0b57d0',
    selection: '#c2dbff',
  },
  // Close to Firefox's Reader View sepia: warm paper, dark brown ink.
  sepia: {
    background: '#f4ecd8',
    text: '#4a3a2c',
    mutedText: '#6b5844',
    link: '#0b4f9c',
    linkVisited: '#6b3a8c',
    accent: '#8a4a12',
    border: '#d9c9a8',
    surface: '#ebe0c5',
    focusRing: '#8a4a12',
    selection: '#e0c98f',
  },
  dark: {
    background: '#1c1b22',
    text: '#ebebef',
    mutedText: '#b0b0bb',
    link: '#8ab4f8',
    linkVisited: '#c9a6f5',
    accent: '#8ab4f8',
    border: '#3f3e4a',
    surface: '#2b2a33',
    focusRing: '#8ab4f8',
    selection: '#3c4f7a',
  },
  // Pure black so OLED pixels switch off; text slightly dimmed to avoid glare.
  black: {
    background: '#000000',
    text: '#e3e3e3',
    mutedText: '#a3a3a3',
    link: '#7cacf8',
    linkVisited: '#c58af9',
    accent: '#7cacf8',
    border: '#2e2e2e',
    surface: '#141414',
    focusRing: '#7cacf8',
    selection: '#263f66',
  },
};

/** Which palette "auto" means for a given OS colour-scheme preference. */
export function resolveThemeName(theme: Theme, prefersDark: boolean): ThemeName {
  if (theme !== 'auto') return theme;
  return prefersDark ? 'dark' : 'light';
}

function parseHex(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  const digits = match?.[1];
  if (digits === undefined) throw new RangeError(`Not a hex colour: ${hex}`);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.x relative luminance of an sRGB hex colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio (1…21); order of the two colours does not matter. */
export function contrastRatio(fg: string, bg: string): number {
  const a = relativeLuminance(fg);
  const b = relativeLuminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
