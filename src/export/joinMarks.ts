import { highlightMarks } from './highlights';

// Elements a highlight's marks are grouped by: one `==…==` never spans two of them.
const BLOCK = 'p, li, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, pre, td, th, caption, figcaption, figure, div, section, article, table, ul, ol, dl';

function blockOf(mark: Element): Element | null {
  return mark.parentElement?.closest(BLOCK) ?? null;
}

function marked(node: Node, id: string): boolean {
  const mark = node.parentElement?.closest('mark');
  return mark instanceof HTMLElement && mark.dataset.hlId === id;
}

/** Every word in el is in a mark of highlight id. */
function whollyMarked(el: Element, id: string): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim() && !marked(node, id)) return false;
  }
  return true;
}

/** The child of ancestor that holds node. */
function childHolding(ancestor: Node, node: Node): ChildNode {
  let at: Node = node;
  while (at.parentNode !== ancestor) at = at.parentNode as Node;
  return at as ChildNode;
}

function joinRun(run: readonly HTMLElement[], id: string): void {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last || first === last) return;
  const range = first.ownerDocument.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const common = range.commonAncestorContainer;
  for (const mark of run) {
    for (let el = mark.parentElement; el && el !== common; el = el.parentElement) if (!whollyMarked(el, id)) return;
  }
  const start = childHolding(common, first);
  const end = childHolding(common, last);
  const wrapper = first.cloneNode(false) as HTMLElement;
  start.before(wrapper);
  for (let node: ChildNode | null = start; node; ) {
    const next: ChildNode | null = node === end ? null : node.nextSibling;
    wrapper.append(node);
    node = next;
  }
  for (const inner of highlightMarks(wrapper)) if (inner.dataset.hlId === id) inner.replaceWith(...Array.from(inner.childNodes));
}

/**
 * One mark for each run of a highlight's marks in one block, where the elements they cross lie
 * wholly inside the highlight: `==the [river park](…) plan==` rather than
 * `[==the river park==](…)== plan==`. Where an element is only partly highlighted the marks stay
 * apart, since `==` and `*` or `[…]` must nest for Markdown to read them.
 */
export function joinMarks(root: ParentNode): void {
  const runs: { id: string; block: Element | null; marks: HTMLElement[] }[] = [];
  const open = new Map<string, (typeof runs)[number]>();
  for (const mark of highlightMarks(root)) {
    const id = mark.dataset.hlId ?? '';
    const block = blockOf(mark);
    const run = open.get(id);
    if (run && run.block === block) run.marks.push(mark);
    else {
      const fresh = { id, block, marks: [mark] };
      runs.push(fresh);
      open.set(id, fresh);
    }
  }
  for (const run of runs) joinRun(run.marks, run.id);
}
