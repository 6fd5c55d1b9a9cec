/** One line of text: its top and bottom in the scroller's content (so scrolling does not move it). */
export interface Line {
  top: number;
  bottom: number;
}

interface Box {
  top: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * Rows of text boxes, top to bottom. A box joins a row it overlaps by half its height or more, rather than one whose
 * top matches: a superscript, a code span or a link in a bigger font sits higher or lower on the same line, while
 * the boxes of two lines set tight overlap by less.
 */
export function groupLines(boxes: readonly Box[]): Line[] {
  const sorted = boxes.filter((b) => b.width > 0 && b.height > 0).sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
  const lines: Line[] = [];
  for (const box of sorted) {
    const last = lines[lines.length - 1];
    const overlap = last ? Math.min(last.bottom, box.bottom) - Math.max(last.top, box.top) : 0;
    if (last && overlap >= Math.min(box.bottom - box.top, last.bottom - last.top) / 2) {
      last.top = Math.min(last.top, box.top);
      last.bottom = Math.max(last.bottom, box.bottom);
    } else {
      lines.push({ top: box.top, bottom: box.bottom });
    }
  }
  return lines;
}

/** The line at height `y` (content coordinates), else the nearest one; -1 when there are none. */
export function lineAt(lines: readonly Line[], y: number): number {
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (y >= line.top && y <= line.bottom) return i;
    const d = Math.min(Math.abs(y - line.top), Math.abs(y - line.bottom));
    if (d < distance) {
      distance = d;
      best = i;
    }
  }
  return best;
}

/** The first and last lines that boxes (a sentence's) fall on, or null when none is on a line. */
export function linesOf(lines: readonly Line[], boxes: readonly Box[]): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (const box of boxes) {
    if (box.width <= 0 || box.height <= 0) continue;
    const index = lineAt(lines, (box.top + box.bottom) / 2);
    if (index < 0) continue;
    first = first < 0 ? index : Math.min(first, index);
    last = Math.max(last, index);
  }
  return first < 0 ? null : { first, last };
}
