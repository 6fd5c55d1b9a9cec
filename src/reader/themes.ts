import type { HighlightColour } from '../highlights/types';
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

/**
 * The background of a highlight's marks, per theme and colour. The article's text and links
 * stay on it at WCAG AA (tests/unit/reader/highlights.colours.test.ts); dark themes get dark
 * tints, so the light text keeps its contrast. Paper uses the light theme's.
 */
export const MARK_BACKGROUNDS: Readonly<Record<ThemeName, Readonly<Record<HighlightColour, string>>>> = {
  light: { yellow: '#fff0a0', green: '#c9efc1', blue: '#cde3ff', pink: '#ffd3e6' },
  sepia: { yellow: '#fbe38a', green: '#cfe5b4', blue: '#cadcf2', pink: '#f5cbd8' },
  dark: { yellow: '#4a3c00', green: '#18432a', blue: '#1d3a66', pink: '#57203d' },
  black: { yellow: '#3f3300', green: '#143a22', blue: '#173058', pink: '#4c1a35' },
};

