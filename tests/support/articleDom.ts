/**
 * An article's HTML as the extraction fixtures compare it: the whole DOM, one node a line,
 * indented by depth, each element with all its attributes (sorted; the reader's block numbers aside), each text trimmed with its
 * white space collapsed (so the spaces around an inline element and a <pre>'s line breaks are not
 * compared), white space alone and comments left out. The form reads back to itself. Headings, lists, images with their
 * alt text, links with their targets, figures and captions, tables: a change to any of them is a
 * changed line in `git diff`, and a failing fixture names it.
 */
import { JSDOM } from 'jsdom';

/** The blocks' numbers for the reader's block tools: not what an article shows (tests/unit/siteRules test them). */
const UNSHOWN_ATTRIBUTES = new Set(['data-lr-block']);

function attributes(el: Element): string {
  return Array.from(el.attributes)
    .filter((a) => !UNSHOWN_ATTRIBUTES.has(a.name))
    .map((a) => [a.name, a.value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
}

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function lines(node: Node, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      const text = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text !== '') out.push(`${pad}${escapeText(text)}`);
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toLowerCase();
      out.push(`${pad}<${tag}${attributes(el)}>`);
      lines(el, depth + 1, out);
      if (el.childNodes.length > 0 || !['br', 'hr', 'img', 'wbr', 'source', 'col'].includes(tag)) out.push(`${pad}</${tag}>`);
    }
  }
}

/** The normalised form of an article body's HTML (or of an expected.html, which is already in it). */
export function normalisedArticleHtml(html: string): string {
  const body = new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
  const out: string[] = [];
  lines(body, 0, out);
  return `${out.join('\n')}\n`;
}
