import { themeCss } from '../reader/themeCss';
import { typographyVars } from '../reader/typography';
import type { ExportLook } from './types';

type MarkColours = Readonly<Record<'yellow' | 'green' | 'blue' | 'pink', string>>;

/**
 * Highlight backgrounds under the theme's own text colour: pale on the light themes, deep on
 * the dark ones (each pair is checked for WCAG AA in tests/unit/export/htmlFile.test.ts).
 */
export const MARK_COLOURS: Readonly<{ light: MarkColours; dark: MarkColours }> = {
  light: { yellow: '#fff0a0', green: '#c9efc4', blue: '#cfe2ff', pink: '#ffd3e8' },
  dark: { yellow: '#5a4a00', green: '#1f4a2a', blue: '#1e3a66', pink: '#66203f' },
};

const markVars = (c: MarkColours): string => Object.entries(c).map(([name, value]) => `--lr-hl-${name}:${value}`).join(';');

function markCss(): string {
  return [
    `:root[data-theme="light"],:root[data-theme="sepia"],:root[data-theme="auto"]{${markVars(MARK_COLOURS.light)}}`,
    `:root[data-theme="dark"],:root[data-theme="black"]{${markVars(MARK_COLOURS.dark)}}`,
    `@media (prefers-color-scheme: dark){:root[data-theme="auto"]{${markVars(MARK_COLOURS.dark)}}}`,
    ...(['yellow', 'green', 'blue', 'pink'] as const).map((c) => `mark.lr-hl[data-colour="${c}"]{background:var(--lr-hl-${c})}`),
  ].join('\n');
}

// The reader's look (reader.css) in brief: what a page read offline, or printed, needs.
const PAGE_CSS = `
html{background:var(--lr-bg);color:var(--lr-text);color-scheme:var(--lr-scheme)}
body{margin:0;padding:2em 1.25em}
.lr-article{max-width:var(--lr-width);margin:0 auto;font-family:var(--lr-font);font-size:var(--lr-font-size);line-height:var(--lr-line-height);overflow-wrap:break-word}
/* Spacing as the reader sets it (reader.css): on each element, so each is spaced by its own font size. */
.lr-article,.lr-article :where(*){letter-spacing:var(--lr-letter-spacing);word-spacing:var(--lr-word-spacing)}
.lr-content{text-align:var(--lr-text-align)}
.lr-content :is(h1,h2,h3,h4,h5,h6,pre){text-align:start}
.lr-content pre{word-spacing:normal}
.lr-content :is(p,ul,ol,dl,pre,table,figure,blockquote){margin:0 0 calc(var(--lr-paragraph-spacing) * 1em)}
.lr-article:lang(hi),.lr-article:lang(mr),.lr-article:lang(ne){font-family:var(--lr-font-deva)}
.lr-article:lang(bn){font-family:var(--lr-font-beng)}
.lr-article:lang(ar),.lr-article:lang(fa),.lr-article:lang(ur){font-family:var(--lr-font-arab)}
.lr-article:lang(zh){font-family:var(--lr-font-zh)}
.lr-article:lang(ja){font-family:var(--lr-font-ja)}
.lr-article:lang(ko){font-family:var(--lr-font-ko)}
h1{font-size:2em;line-height:1.2;margin:0.3em 0}
a{color:var(--lr-link)}
a:visited{color:var(--lr-link-visited)}
.lr-site,.lr-meta,.lr-source{margin:0.3em 0;color:var(--lr-muted);font:0.8em/1.4 var(--lr-ui-font)}
.lr-source a{overflow-wrap:anywhere}
img,video{max-width:100%;height:auto}
img{font-style:italic;color:var(--lr-muted)}
figure{margin:1.5em 0}
figcaption{color:var(--lr-muted);font-size:0.85em}
blockquote{margin-inline:0;padding-inline-start:1em;border-inline-start:4px solid var(--lr-accent)}
pre,code{font-family:ui-monospace,"SFMono-Regular","DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:0.85em}
pre{overflow-x:auto;padding:1em;border-radius:6px;background:var(--lr-surface)}
table{display:block;overflow-x:auto;border-collapse:collapse;font:0.8em/1.4 var(--lr-ui-font)}
th,td{padding:0.4em 0.7em;border:1px solid var(--lr-border);text-align:start;vertical-align:top}
hr{border:0;border-block-start:1px solid var(--lr-border);margin:2em 0}
mark.lr-hl,mark.lr-hl a{color:var(--lr-text)}
mark.lr-hl{border-radius:2px}
.lr-note-ref a{text-decoration:none;padding-inline:0.15em}
.lr-notes{margin-block-start:3em;padding-block-start:1em;border-block-start:1px solid var(--lr-border);font-size:0.9em}
.lr-notes blockquote{margin:0.5em 0}
:focus-visible{outline:3px solid var(--lr-focus);outline-offset:2px}
:target{outline:2px solid var(--lr-focus);outline-offset:4px}
@media (forced-colors: active){mark.lr-hl,mark.lr-hl a{background:Mark;color:MarkText;forced-color-adjust:none}}
`;

/** The saved page's whole stylesheet: the theme (an "auto" one follows the OS, as the reader does), the type, the marks. */
export function htmlFileCss(look: ExportLook): string {
  const vars = Object.entries(typographyVars(look)).map(([name, value]) => `${name}:${value}`).join(';');
  return [`:root{${vars}}`, themeCss(':root'), markCss(), PAGE_CSS.trim()].join('\n');
}
