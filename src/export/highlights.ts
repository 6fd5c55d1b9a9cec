import { MARK_CLASS } from '../highlights/textRange';

/** A highlight's marks in the body, in reading order, and its footnote number when it has a note. */
export interface MarkedHighlight {
  id: string;
  marks: HTMLElement[];
  note: string;
  /** 1, 2, … in the order of the notes' places in the text (after each highlight's last mark); 0 when no note */
  footnote: number;
}

export function highlightMarks(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}[data-hl-id]`));
}

/** The highlights drawn in root, ordered by where each one ends (where its note's number goes). */
export function markedHighlights(root: ParentNode, notes: ReadonlyMap<string, string>): MarkedHighlight[] {
  const byId = new Map<string, HTMLElement[]>();
  for (const mark of highlightMarks(root)) {
    const id = mark.dataset.hlId ?? '';
    byId.set(id, [...(byId.get(id) ?? []), mark]);
  }
  // Where each highlight's text ends: after its last mark. By the ends, not by the marks' own
  // order, since a mark inside another (overlapping highlights) ends first yet starts later.
  const ends = [...byId.entries()].map(([id, marks]) => {
    const end = (marks[0] as HTMLElement).ownerDocument.createRange();
    end.setStartAfter(marks[marks.length - 1] as HTMLElement);
    return { id, marks, end };
  });
  ends.sort((a, b) => a.end.compareBoundaryPoints(0 /* Range.START_TO_START */, b.end));
  let footnote = 0;
  return ends.map(({ id, marks }) => {
    const note = (notes.get(id) ?? '').trim();
    return { id, marks, note, footnote: note ? ++footnote : 0 };
  });
}

/**
 * Puts a footnote reference after each noted highlight's last mark: `make(n, id)` gives the
 * element. Placed after the mark, not in it, so the highlight's text stays only its own words;
 * and after the link a mark ends in, since a link cannot hold another (the reference is one).
 */
export function addNoteReferences(highlights: readonly MarkedHighlight[], make: (n: number, id: string) => Element): void {
  for (const { marks, footnote, id } of highlights) {
    const last = marks[marks.length - 1];
    if (footnote === 0 || !last) continue;
    let link = last.closest('a');
    for (let outer = link?.parentElement?.closest('a'); outer; outer = outer.parentElement?.closest('a')) link = outer;
    (link ?? last).after(make(footnote, id));
  }
}
