import { anchorText } from '../../highlights/anchor';
import { drawHighlight, eraseHighlight, MARK_CLASS } from '../../highlights/textRange';
import type { Highlight } from '../../highlights/types';

/** Where each highlight was drawn, and the ones whose text is not in the body. */
export interface Drawn {
  at: ReadonlyMap<string, { start: number; end: number }>;
  missing: readonly string[];
}


/**
 * Erases all and draws all, in text order. Text is never changed, so offsets hold while marks
 * come and go. The first mark of each highlight is focusable, and says what it is.
 */
export function drawAll(body: HTMLElement, highlights: readonly Highlight[], labelOf: (h: Highlight) => string): Drawn {
  eraseHighlight(body);
  const text = body.textContent ?? '';
  const placed: { h: Highlight; start: number; end: number }[] = [];
  const missing: string[] = [];
  for (const h of highlights) {
    const found = anchorText(text, h.quote, h.position);
    if (found.found) placed.push({ h, start: found.start, end: found.end });
    else missing.push(h.id);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  const at = new Map<string, { start: number; end: number }>();
  for (const { h, start, end } of placed) {
    const marks = drawHighlight(body, start, end, { id: h.id, colour: h.colour });
    const first = marks[0];
    if (!first) {
      missing.push(h.id);
      continue;
    }
    at.set(h.id, { start, end });
    const description = labelOf(h);
    for (const mark of marks) {
      mark.title = description;
      if (h.note) mark.dataset.note = '';
    }
    first.tabIndex = 0;
    first.setAttribute('aria-description', description);
  }
  return { at, missing };
}

/** The focusable first mark of a highlight. */
export function firstMark(body: HTMLElement, id: string): HTMLElement | null {
  for (const mark of body.querySelectorAll<HTMLElement>(`mark.${MARK_CLASS}`)) if (mark.dataset.hlId === id) return mark;
  return null;
}

/** The highlight a mark (or anything inside one) belongs to. */
export function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(`mark.${MARK_CLASS}`) : null;
}
