import { absoluteUrl, cleanBody } from './cleanBody';
import { addNoteReferences, markedHighlights, type MarkedHighlight } from './highlights';
import { htmlFileCss } from './htmlStyle';
import type { ExportInput, ExportLabels, ExportLook } from './types';

/** The file may show images and its own styles; it runs nothing, fetches nothing else, sends no form. */
export const FILE_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Record<string, string>, ...children: (Node | string)[]) => HTMLElementTagNameMap[K];

function maker(doc: Document): Make {
  return (tag, attrs = {}, ...children) => {
    const el = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.append(...children);
    return el;
  };
}

function header(make: Make, input: ExportInput, labels: ExportLabels): HTMLElement {
  const head = make('header');
  if (input.siteName) head.append(make('p', { class: 'lr-site' }, input.siteName));
  head.append(make('h1', {}, input.title));
  const meta = [input.byline, input.date].filter((s): s is string => Boolean(s?.trim()));
  if (meta.length > 0) head.append(make('p', { class: 'lr-meta' }, meta.join(' · ')));
  const source = absoluteUrl(input.url, input.url, false);
  if (source) {
    const link = make('a', { href: source, dir: 'ltr' }, source);
    head.append(make('p', { class: 'lr-source', lang: labels.lang, dir: labels.dir }, `${labels.source}: `, link));
  }
  return head;
}

function notesSection(make: Make, input: ExportInput, labels: ExportLabels, noted: readonly MarkedHighlight[]): HTMLElement {
  const list = make('ol');
  for (const h of noted) {
    const quote = make('mark', { class: 'lr-hl', 'data-colour': h.marks[0]?.dataset.colour ?? 'yellow' }, h.marks.map((m) => m.textContent ?? '').join(''));
    const lines = h.note.split(/\r?\n/).flatMap((line, i) => (i === 0 ? [line] : [make('br'), line]));
    const back = make('a', { href: `#lr-note-ref-${h.footnote}`, role: 'doc-backlink' }, make('span', { 'aria-hidden': 'true' }, '↩'), ` ${labels.backToText}`);
    list.append(
      make(
        'li',
        { id: `lr-note-${h.footnote}`, role: 'doc-endnote' },
        make('blockquote', { lang: input.lang ?? '', dir: input.dir }, quote),
        make('p', {}, ...lines),
        make('p', {}, back),
      ),
    );
  }
  return make(
    'section',
    { class: 'lr-notes', role: 'doc-endnotes', 'aria-labelledby': 'lr-notes-title', lang: labels.lang, dir: labels.dir },
    make('h2', { id: 'lr-notes-title' }, labels.notes),
    list,
  );
}

/**
 * The article as one self-contained HTML file that reads offline: the reader's theme, type and
 * width inline, images by absolute address, highlights as coloured marks and notes as footnotes
 * linked both ways. Nothing in it runs (see FILE_CSP, and cleanBody for the body).
 */
export function articleHtmlFile(input: ExportInput, look: ExportLook, labels: ExportLabels): string {
  const doc = input.body.ownerDocument.implementation.createHTMLDocument('');
  const make = maker(doc);
  const body = doc.importNode(cleanBody(input.body, input.url), true);
  body.className = 'lr-content';
  const highlights = markedHighlights(body, input.notes);
  addNoteReferences(highlights, (n) =>
    make('sup', { class: 'lr-note-ref' }, make('a', { href: `#lr-note-${n}`, id: `lr-note-ref-${n}`, role: 'doc-noteref' }, String(n))),
  );
  const noted = highlights.filter((h) => h.footnote > 0);

  const root = doc.documentElement;
  if (input.lang) root.lang = input.lang;
  root.dir = input.dir;
  root.dataset.theme = look.theme;
  doc.head.replaceChildren(
    make('meta', { charset: 'utf-8' }),
    make('meta', { 'http-equiv': 'Content-Security-Policy', content: FILE_CSP }),
    make('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    make('meta', { name: 'referrer', content: 'no-referrer' }),
    make('title', {}, input.title),
    make('style', {}, htmlFileCss(look)),
  );
  const article = make('article', { class: 'lr-article' }, header(make, input, labels), body);
  if (noted.length > 0) article.append(notesSection(make, input, labels, noted));
  doc.body.replaceChildren(make('main', {}, article));
  return `<!doctype html>\n${root.outerHTML}\n`;
}
