// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyParts, PART_CHARS, serializeBody } from '../../../src/extract/bodyParts';

const paragraph = (i: number): string => `<p>Paragraph ${i} &amp; a line of text that goes on for a while, long enough to add up.</p>`;

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('serializeBody', () => {
  it('keeps a body of ordinary length in one piece, exactly as it serializes', () => {
    const root = body(`<div class="page">${paragraph(1)}${paragraph(2)}</div>`);
    expect(serializeBody(root)).toEqual({ html: root.innerHTML });
  });

  it('splits a long body between its top-level blocks, out of the plain wrapper around it, into parts that parse back to the same blocks', () => {
    const count = Math.ceil((5 * PART_CHARS) / paragraph(0).length);
    const blocks = Array.from({ length: count }, (_, i) => paragraph(i)).join('\n');
    const root = body(`<div id="readability-page-1" class="page"><div>${blocks}</div></div>`);
    const result = serializeBody(root);
    const parts = bodyParts(result);
    expect(parts.length).toBeGreaterThanOrEqual(4);
    expect(parts.length).toBeLessThanOrEqual(6);
    // Each part begins with a block and parses on its own; together they are the whole story, in order.
    for (const part of parts.slice(1)) expect(part.startsWith('<p>')).toBe(true);
    const reparsed = parts.map((part) => Array.from(body(part).querySelectorAll('p'), (p) => p.textContent));
    expect(reparsed.flat()).toEqual(Array.from({ length: count }, (_, i) => paragraph(i).replace(/<\/?p>/g, '').replace('&amp;', '&')));
    expect(parts.join('')).toBe(result.html);
    expect(body(result.html).innerHTML).toBe(result.html);
  });

  it('keeps a wrapper whose attributes say how its text reads', () => {
    const count = Math.ceil((3 * PART_CHARS) / paragraph(0).length);
    const blocks = Array.from({ length: count }, (_, i) => paragraph(i)).join('');
    const root = body(`<div lang="fr">${blocks}</div>`);
    const result = serializeBody(root);
    expect(result.breaks).toBeUndefined();
    expect(result.html.startsWith('<div lang="fr">')).toBe(true);
  });
});
