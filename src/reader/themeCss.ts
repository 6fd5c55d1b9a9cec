import { THEMES } from './themes';

type Palette = (typeof THEMES)[keyof typeof THEMES];

function vars(p: Palette, scheme: 'light' | 'dark'): string {
  return [
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
    `${scope}[data-theme="light"],${scope}[data-theme="auto"]{${vars(THEMES.light, 'light')}}`,
    `${scope}[data-theme="sepia"]{${vars(THEMES.sepia, 'light')}}`,
    `${scope}[data-theme="dark"]{${vars(THEMES.dark, 'dark')}}`,
    `${scope}[data-theme="black"]{${vars(THEMES.black, 'dark')}}`,
    `@media (prefers-color-scheme: dark){${scope}[data-theme="auto"]{${vars(THEMES.dark, 'dark')}}}`,
  ].join('\n');
}
