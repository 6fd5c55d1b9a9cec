/**
 * Timeline marks on the way from a click to a painted reader, and in the detection script.
 * They are ordinary `performance.mark` calls, so they ship in the product and cost a few
 * microseconds; `npm run bench` reads them from the page (the entries are the page's, whichever
 * world made them) to split the time to reader on one clock.
 */
export const MARKS = {
  /** the reader's content script began to run (once per page: later opens reuse it) */
  injected: 'lucid:injected',
  /** an open began: settings loaded, extraction about to start */
  start: 'lucid:start',
  extracted: 'lucid:extracted',
  /** the overlay is in the page with the article rendered into it */
  rendered: 'lucid:rendered',
  /** the frame after the render has been painted */
  painted: 'lucid:painted',
  /** the frame after the article's last part went in has been painted (a long body comes in parts) */
  complete: 'lucid:complete',
  detectStart: 'lucid:detect-start',
  /** the detection script's first judgement of the page is made */
  detectDecision: 'lucid:detect-decision',
} as const;

export type MarkName = (typeof MARKS)[keyof typeof MARKS];

const OPEN_MARKS: readonly MarkName[] = [MARKS.start, MARKS.extracted, MARKS.rendered, MARKS.painted, MARKS.complete];

export function mark(name: MarkName): void {
  performance.mark(name);
}

/** A new open replaces the last one's marks, so a page opened and closed many times keeps five. */
export function clearOpenMarks(): void {
  for (const name of OPEN_MARKS) performance.clearMarks(name);
}

/**
 * A rAF callback runs just before the frame is painted; a task queued from it runs once that
 * frame is out, so the mark lands right after the first paint of the reader.
 */
export function markAfterNextPaint(name: MarkName): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      mark(name);
    };
    channel.port2.postMessage(null);
  });
}
