import TurndownService from 'turndown';
import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import { MARK_CLASS } from '../highlights/textRange';
import { absoluteUrl, cleanBody } from './cleanBody';
import { addNoteReferences, markedHighlights } from './highlights';
import { joinMarks } from './joinMarks';
import type { ExportInput, ExportLabels } from './types';

const NOTE_ATTR = 'data-lr-note';

function isHighlight(node: Node): node is HTMLElement {
  return node instanceof Element && node.localName === 'mark' && node.classList.contains(MARK_CLASS);
}

function converter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    fence: '```',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  service.use([tables, strikethrough]);
  // Obsidian and most editors read `==text==` as a highlight: text that has `==` of its own keeps it literal.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string): string => escapeMarkdown(text).replace(/=(?==)/g, '=\\');
  service.addRule('highlight', {
    filter: (node) => isHighlight(node),
    replacement: (content, node) => {
      const inner = isHighlight(node) && node.parentElement?.closest(`mark.${MARK_CLASS}`);
      return content.trim() === '' || inner ? content : `==${content}==`;
    },
  });
  service.addRule('noteReference', {
    filter: (node) => node.nodeName === 'SUP' && node.hasAttribute(NOTE_ATTR),
    replacement: (_content, node) => `[^${(node as HTMLElement).getAttribute(NOTE_ATTR) ?? ''}]`,
  });
  // An image without an address (it was not one a file may keep) still says what it showed.
  service.addRule('imageWithoutSource', {
    filter: (node) => node.nodeName === 'IMG' && !(node as HTMLElement).getAttribute('src'),
    replacement: (_content, node) => service.escape((node as HTMLElement).getAttribute('alt') ?? ''),
  });
  // "- item" and "1. item", as people type them, rather than turndown's wider "-   item".
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node) => {
      const list = node.parentElement;
      const start = Number(list?.getAttribute('start') ?? 1) || 1;
      const index = list ? Array.prototype.indexOf.call(list.children, node) : 0;
      const prefix = list?.nodeName === 'OL' ? `${start + index}. ` : '- ';
      const body = content.replace(/^\n+/, '').replace(/\n+$/, /\n$/.test(content) ? '\n' : '');
      // Blank lines stay empty: no trailing spaces for an editor to show or strip.
      return prefix + body.replace(/\n(?=[^\n])/g, `\n${' '.repeat(prefix.length)}`) + (node.nextSibling ? '\n' : '');
    },
  });
  // A caption in italics under its image, as on the page; one with emphasis of its own stays upright.
  service.addRule('figureCaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = content.trim();
      return text === '' ? '' : `\n\n${/[*_]/.test(text.replace(/\\[*_]/g, '')) ? text : `*${text}*`}\n\n`;
    },
  });
  return service;
}

function footnote(n: number, note: string, escapeText: (text: string) => string): string {
  // Lines after the first are indented, which keeps them in the footnote (Obsidian, Pandoc, GitHub).
  const lines = note.split(/\r?\n/).map((line) => escapeText(line.trim()));
  return `[^${n}]: ${lines.map((line, i) => (i === 0 || line === '' ? line : `    ${line}`)).join('\n')}`;
}

/**
 * The article as Markdown: `# title`, the byline, site and date, the source address, then the
 * body (GitHub tables, fenced code, absolute image and link addresses), highlights as
 * `==text==` and notes as footnotes numbered in reading order. The same input always gives the
 * same text.
 */
export function articleMarkdown(input: ExportInput, labels: Pick<ExportLabels, 'source'>): string {
  const service = converter();
  const body = cleanBody(input.body, input.url);
  joinMarks(body);
  const highlights = markedHighlights(body, input.notes);
  addNoteReferences(highlights, (n) => {
    const sup = body.ownerDocument.createElement('sup');
    sup.setAttribute(NOTE_ATTR, String(n));
    sup.textContent = String(n);
    return sup;
  });

  // One line each: a line break in a title or byline would end the heading or the line.
  const line = (s: string | null): string => s?.replace(/\s+/g, ' ').trim() ?? '';
  const parts = [`# ${service.escape(line(input.title))}`];
  const meta = [input.byline, input.siteName, input.date].map(line).filter((s) => s !== '');
  if (meta.length > 0) parts.push(service.escape(meta.join(' · ')));
  const source = absoluteUrl(input.url, input.url, false);
  if (source) parts.push(`${service.escape(labels.source)}: <${source}>`);
  const text = service.turndown(body).trim();
  if (text) parts.push(text);
  const notes = highlights.filter((h) => h.footnote > 0).map((h) => footnote(h.footnote, h.note, (s) => service.escape(s)));
  if (notes.length > 0) parts.push(notes.join('\n'));
  return `${parts.join('\n\n')}\n`;
}
