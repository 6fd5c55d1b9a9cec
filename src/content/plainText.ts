import type { ExtractedArticle } from '../extract';
import { readingTimeMinutes, wordCount } from '../extract/readingTime';
import { scriptDirection } from '../extract/metadata';

/**
 * A plain text file as an article: its file name for a title, and its text in blocks split at
 * blank lines. Prose typed one paragraph per line (or hard-wrapped at a fixed width) becomes a
 * paragraph that wraps to the reader's width, an underlined line a heading; a block laid out with spaces (a table, a list,
 * code) keeps its layout in a <pre> whose long lines wrap too, so nothing scrolls sideways.
 */

/** The last segment of the address's path, decoded: what the browser would save the file as. */
export function fileNameOf(url: string): string {
  try {
    const { pathname, hostname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    if (!last) return hostname;
    try {
      return decodeURIComponent(last);
    } catch {
      return last;
    }
  } catch {
    return url;
  }
}

/** A block is laid out by hand when a line is indented, bulleted, or aligned with runs of spaces. */
function laidOut(lines: readonly string[]): boolean {
  return lines.some((line) => /^\s|^[-*•+]\s|^\d+[.)]\s| {2,}\S|\t/.test(line)) || (lines.length > 1 && lines.some((l, i) => i < lines.length - 1 && l.length < 40));
}

export interface PlainTextBlock {
  kind: 'h2' | 'p' | 'pre';
  text: string;
}

/** A title underlined with a line of = or - (as in Markdown and most READMEs). */
const UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;

export function plainTextBlocks(text: string): PlainTextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      if (lines.length === 2 && UNDERLINE.test(lines[1] ?? '')) return { kind: 'h2' as const, text: (lines[0] ?? '').trim() };
      return laidOut(lines) ? { kind: 'pre' as const, text: block } : { kind: 'p' as const, text: lines.map((l) => l.trim()).join(' ') };
    });
}

export function plainTextArticle(doc: Document, url: string): ExtractedArticle | null {
  const text = doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
  const blocks = plainTextBlocks(text);
  if (blocks.length === 0) return null;
  // Built with textContent only: nothing in the file is ever parsed as HTML.
  const container = doc.createElement('div');
  for (const block of blocks) {
    const el = doc.createElement(block.kind);
    if (block.kind === 'pre') el.className = 'lr-plain';
    el.textContent = block.text;
    container.append(el);
  }
  const body = blocks.map((b) => b.text).join('\n\n');
  return {
    title: fileNameOf(url),
    byline: null,
    siteName: null,
    publishedTime: null,
    displayDate: null,
    lang: null,
    dir: scriptDirection(body),
    excerpt: null,
    contentHtml: container.innerHTML,
    textContent: body,
    wordCount: wordCount(body),
    readingTimeMinutes: readingTimeMinutes(body),
  };
}
