/**
 * Whether the story's text is in the DOM yet. A page can declare itself an article (JSON-LD,
 * og:type) in a shell whose body a script fills in later; opening then would show a stub.
 * Counted across the whole page, not per container: some sites wrap every paragraph in a
 * block of its own.
 */
const MIN_PARAGRAPHS = 3;
const MIN_PARAGRAPH_CHARS = 50;

export function storyInDom(doc: Document): boolean {
  let found = 0;
  for (const p of Array.from(doc.getElementsByTagName('p'))) {
    if (p.closest('a, nav, footer, header, aside')) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= MIN_PARAGRAPH_CHARS && ++found >= MIN_PARAGRAPHS) return true;
  }
  return false;
}
