/**
 * The text of a metadata element (a byline box) as it reads on screen. `textContent` glues
 * the parts a layout sets side by side: a name and a date in two inline blocks with no space
 * between them come out as "By Carrie ArnoldNovember 15, 2019". Where two elements meet with
 * no space and a word would run into the next one, a separator goes between them.
 */
import { normText } from './dom';

const META_SEPARATOR = ' · ';

/** A word's end running straight into a new word or a number: "ArnoldNovember", "Arnold15". */
const GLUED = /[\p{Ll}.,)][\p{Lu}\p{N}]$/u;

export function metaText(el: Element): string {
  let out = '';
  let afterElement = false;
  let lastElementText = '';
  const visit = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        out += c.nodeValue ?? '';
        if (/\S/.test(c.nodeValue ?? '')) afterElement = false;
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        const before = out;
        const wasAfter = afterElement;
        visit(c);
        const added = out.slice(before.length);
        // Only at the seam of two elements: a word of one element's own text is never split.
        // Two items, not one word split by markup ("<b>Mc</b><i>Donald</i>"): one side is several words.
        const items = /\S\s+\S/.test(lastElementText.trim()) || /\S\s+\S/.test(added.trim());
        if (wasAfter && items && !/\s$/.test(before) && !/^\s/.test(added) && GLUED.test(before.slice(-1) + added.charAt(0))) {
          out = `${before}${META_SEPARATOR}${added}`;
        }
        afterElement = true;
        lastElementText = added;
      }
    }
  };
  visit(el);
  return normText(out);
}
