import { HIGHLIGHT_COLOURS } from '../highlights/types';
import { MARK_BACKGROUNDS, THEMES, type ThemeName } from './themes';

type Palette = (typeof THEMES)[keyof typeof THEMES];

function vars(p: Palette, scheme: 'light' | 'dark', name: ThemeName): string {
  return [
    ...HIGHLIGHT_COLOURS.map((colour) => `--lr-hl-${colour}:${MARK_BACKGROUNDS[name][colour]}`),
    `--lr-bg:${p.background}`,
    `--lr-text:${p.text}`,
    `--lr-muted:${p.mutedText}`,
    `--lr-link:${p.link}`,
    `--lr-link-visited:${p.linkVisited}`,
    `--lr-accent:${p.accent}`,
    `--lr-on-accent:${p.background}`,
    `--lr-border:${p.border}`,
    `--lr-surface:${p.surface}`,
    `--lr-focus:${p.focusRing}`,
    `--lr-selection:${p.selection}`,
    `--lr-scheme:${scheme}`,
  ].join(';');
}

/**
 * The palettes as CSS, from the one table the contrast tests check. "Auto" is a media
 * query rather than script so it follows the OS switch live, with nothing to listen to.
 */
export function themeCss(scope: string): string {
  return [
    `${scope}[data-theme="light"],${scope}[data-theme="auto"]{${vars(THEMES.light, 'light', 'light')}}`,
    `${scope}[data-theme="sepia"]{${vars(THEMES.sepia, 'light', 'sepia')}}`,
    `${scope}[data-theme="dark"]{${vars(THEMES.dark, 'dark', 'dark')}}`,
    `${scope}[data-theme="black"]{${vars(THEMES.black, 'dark', 'black')}}`,
    `@media (prefers-color-scheme: dark){${scope}[data-theme="auto"]{${vars(THEMES.dark, 'dark', 'dark')}}}`,
    // Paper is white whatever the theme (reader.css): marks take the light theme's tints.
    `@media print{${scope}[data-theme]{${HIGHLIGHT_COLOURS.map((colour) => `--lr-hl-${colour}:${MARK_BACKGROUNDS.light[colour]}`).join(';')}}}`,
  ].join('\n');
}
