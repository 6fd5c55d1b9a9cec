import type { FontFamily, Settings } from '../settings/schema';

// System faces only: nothing is fetched, so the reader works offline and under any page CSP.
export const FONT_STACKS: Record<FontFamily, string> = {
  serif: 'Georgia, "Iowan Old Style", "Noto Serif", "DejaVu Serif", "Times New Roman", serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif',
  legible: '"Atkinson Hyperlegible", "Atkinson Hyperlegible Next", Verdana, "DejaVu Sans", Tahoma, sans-serif',
};

type Script = 'deva' | 'beng' | 'arab' | 'zh' | 'ja' | 'ko';

// Faces that carry each script, in the two styles most systems have. "Legible" takes the sans
// faces: open, even shapes serve legibility in every script.
const SCRIPT_FACES: Record<Script, { serif: string; sans: string }> = {
  deva: { serif: '"Noto Serif Devanagari", "Kohinoor Devanagari"', sans: '"Noto Sans Devanagari", "Nirmala UI", Mangal' },
  beng: { serif: '"Noto Serif Bengali"', sans: '"Noto Sans Bengali", "Nirmala UI", Vrinda' },
  arab: { serif: '"Noto Naskh Arabic", "Amiri", "Geeza Pro"', sans: '"Noto Sans Arabic", "Segoe UI", Tahoma' },
  zh: { serif: '"Noto Serif CJK SC", "Songti SC", SimSun', sans: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei"' },
  ja: { serif: '"Noto Serif CJK JP", "Hiragino Mincho ProN", "Yu Mincho"', sans: '"Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic"' },
  ko: { serif: '"Noto Serif CJK KR", "AppleMyungjo", Batang', sans: '"Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic"' },
};

/** The type settings: the reader, the options page's preview and the saved HTML file all take every one. */
export type TypographySettings = Pick<Settings, 'fontSize' | 'fontFamily' | 'lineHeight' | 'contentWidth' | 'letterSpacing' | 'wordSpacing' | 'paragraphSpacing' | 'textAlign'>;

// No extra spacing is `normal`, the value the stylesheet had before the setting: the default changes nothing.
const extraSpace = (em: number): string => (em === 0 ? 'normal' : `${em}em`);

/**
 * The settings as the CSS custom properties the reader stylesheet reads, and the interface's own
 * face (the sans stack, whatever the article's): the one place the stylesheet gets its fonts.
 */
export function typographyVars(s: TypographySettings): Record<string, string> {
  const stack = FONT_STACKS[s.fontFamily];
  const style = s.fontFamily === 'serif' ? 'serif' : 'sans';
  const scripts = Object.fromEntries(
    (Object.keys(SCRIPT_FACES) as Script[]).map((script) => [`--lr-font-${script}`, `${SCRIPT_FACES[script][style]}, ${stack}`]),
  );
  return {
    '--lr-font-size': `${s.fontSize}px`,
    '--lr-line-height': String(s.lineHeight),
    '--lr-width': `${s.contentWidth}ch`,
    '--lr-letter-spacing': extraSpace(s.letterSpacing),
    '--lr-word-spacing': extraSpace(s.wordSpacing),
    // Unitless: the stylesheet multiplies it by 1em on each block, so it follows that block's own font size.
    '--lr-paragraph-spacing': String(s.paragraphSpacing),
    '--lr-text-align': s.textAlign,
    '--lr-font': stack,
    '--lr-ui-font': FONT_STACKS.sans,
    ...scripts,
  };
}
