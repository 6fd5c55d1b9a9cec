import { useEffect, useRef, useState } from 'preact/hooks';
import type { LineFocus, SettingsPatch } from '../../settings/schema';
import type { Translate } from '../../i18n';
import type { ReadAloudState } from '../speech/readAloud';
import { READING_ATTR } from '../speech/useReadAloud';
import { bandBox, clampStart, startAround, startForSpoken, type BandSize } from './band';
import { lineAt, linesOf, type Line } from './lines';
import { measureLines, rangeBoxes } from './measure';
import { spokenRanges } from './spoken';

interface Options {
  setting: LineFocus;
  change(patch: SettingsPatch): void;
  scroller(): HTMLElement | null;
  body(): HTMLElement | null;
  /** read aloud's state: while it reads, the band sits on the sentence being read */
  speech: ReadAloudState;
  t: Translate;
  /** changes whenever the text may have moved without the body changing size (a new article) */
  layoutKey: unknown;
}

export interface LineFocusView {
  /** the band's top and bottom, and the content's end, in the scroller's content coordinates; null when off */
  band: { top: number; bottom: number; end: number } | null;
  /** what the last toggle said, for a polite live region */
  announcement: string;
  toggle(): void;
  /** Arrow Up/Down in the article; true when the key was taken */
  onKeyDown(event: KeyboardEvent): boolean;
}

const DEFAULT_SIZE: BandSize = 3;
/** Room kept between the band and the scroller's edges when it is brought into view. */
const VIEW_MARGIN = 48;
const CONTROLS = 'button, input, select, textarea, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="menu"], [role="menuitem"], [role="radio"], [role="slider"], [role="tab"], [role="toolbar"]';

/** The arrows move the band only from the article itself: in a field or a control they do that control's work. */
function inArticle(event: KeyboardEvent, scroller: HTMLElement): boolean {
  const target = event.composedPath()[0];
  return target instanceof Element && scroller.contains(target) && target.closest(CONTROLS) === null;
}

function contentEnd(scroller: HTMLElement, body: HTMLElement): number {
  // The main column's end, not the scroller's scrollHeight, which the bottom pane itself would hold open.
  const main = body.closest('main') ?? body;
  return main instanceof HTMLElement ? main.offsetTop + main.offsetHeight : scroller.scrollHeight;
}

function bringIntoView(scroller: HTMLElement, top: number, bottom: number): void {
  const margin = Math.min(VIEW_MARGIN, scroller.clientHeight / 5);
  const viewTop = scroller.scrollTop;
  const viewBottom = viewTop + scroller.clientHeight;
  let next: number | null = null;
  if (top < viewTop + margin) next = top - margin;
  else if (bottom > viewBottom - margin) next = bottom - scroller.clientHeight + margin;
  if (next === null) return;
  // Instant: the band moves a line at a time and a smooth scroll per key would trail behind it.
  if (typeof scroller.scrollTo === 'function') scroller.scrollTo({ top: Math.max(0, next) });
  else scroller.scrollTop = Math.max(0, next);
}

/** The first line wholly in view: where the band starts when turned on, or when it was scrolled out of sight. */
function firstInView(lines: readonly Line[], scroller: HTMLElement): number {
  const index = lines.findIndex((line) => line.top >= scroller.scrollTop);
  return index < 0 ? Math.max(0, lines.length - 1) : index;
}

export function useLineFocus({ setting, change, scroller, body, speech, t, layoutKey }: Options): LineFocusView {
  const size = setting === 'off' ? null : setting;
  const lastSize = useRef<BandSize>(size ?? DEFAULT_SIZE);
  if (size !== null) lastSize.current = size;
  const [lines, setLines] = useState<Line[]>([]);
  const [start, setStart] = useState<number | null>(null);
  const [end, setEnd] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const elements = useRef({ scroller, body });
  elements.current = { scroller, body };
  const linesRef = useRef(lines);
  linesRef.current = lines;
  const startRef = useRef(start);
  startRef.current = start;

  // Lines are measured while the band is shown, and again whenever the text may have moved: the window or the
  // column resized, type or spacing changed (the body changes size), a long article's next part arrived.
  useEffect(() => {
    const scrollerEl = elements.current.scroller();
    const bodyEl = elements.current.body();
    if (size === null || !scrollerEl || !bodyEl) {
      setLines([]);
      setStart(null);
      return undefined;
    }
    let frame = 0;
    let extent = 0;
    const measure = (): void => {
      frame = 0;
      const previous = linesRef.current;
      const previousStart = startRef.current;
      const next = measureLines(bodyEl, scrollerEl);
      const nextEnd = contentEnd(scrollerEl, bodyEl);
      let placed: number;
      if (previousStart === null || previous.length === 0) placed = firstInView(next, scrollerEl);
      else {
        const was = previous[clampStart(previousStart, previous.length, 1)] as Line;
        const same = next[previousStart];
        // Text added after the band leaves its lines where they were; a reflow moves them, so the band keeps its
        // share of the way down the article.
        placed = same && Math.abs(same.top - was.top) < 1 ? previousStart : lineAt(next, (was.top / Math.max(1, extent)) * nextEnd);
      }
      extent = nextEnd;
      setLines(next);
      setEnd(nextEnd);
      setStart(Math.max(0, placed));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(bodyEl);
    resize?.observe(scrollerEl);
    const mutation = typeof MutationObserver === 'function' ? new MutationObserver(schedule) : null;
    mutation?.observe(bodyEl, { subtree: true, childList: true, characterData: true });
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      resize?.disconnect();
      mutation?.disconnect();
    };
  }, [size, layoutKey]);

  const moveTo = (next: number, reveal: boolean): void => {
    const scrollerEl = elements.current.scroller();
    if (size === null || lines.length === 0) return;
    const clamped = clampStart(next, lines.length, size);
    setStart(clamped);
    const box = bandBox(lines, clamped, size);
    if (reveal && box && scrollerEl) bringIntoView(scrollerEl, box.top, box.bottom);
  };

  // A click in the text brings the band to the clicked line.
  useEffect(() => {
    const scrollerEl = elements.current.scroller();
    const bodyEl = elements.current.body();
    if (size === null || !scrollerEl || !bodyEl) return undefined;
    const onClick = (event: MouseEvent): void => {
      if (!(event.target instanceof Node) || !bodyEl.contains(event.target)) return;
      const y = event.clientY - scrollerEl.getBoundingClientRect().top - scrollerEl.clientTop + scrollerEl.scrollTop;
      const line = lineAt(linesRef.current, y);
      if (line >= 0) setStart(clampStart(startAround(line, size), linesRef.current.length, size));
    };
    scrollerEl.addEventListener('click', onClick);
    return () => scrollerEl.removeEventListener('click', onClick);
  }, [size, layoutKey]);

  // While read aloud reads, the band sits on the sentence being spoken.
  useEffect(() => {
    const scrollerEl = elements.current.scroller();
    if (size === null || !scrollerEl || lines.length === 0 || speech.status !== 'playing' || !speech.highlight) return;
    const el = scrollerEl.querySelector<HTMLElement>(`[${READING_ATTR}]`);
    if (!el) return;
    const { sentence, word } = spokenRanges(el, speech.highlight);
    const spoken = sentence ? linesOf(lines, rangeBoxes(sentence, scrollerEl)) : null;
    if (!spoken) return;
    const wordLines = word ? linesOf(lines, rangeBoxes(word, scrollerEl)) : null;
    const current = clampStart(startRef.current ?? spoken.first, lines.length, size);
    const next = clampStart(startForSpoken(current, size, spoken.first, spoken.last, wordLines?.first ?? null), lines.length, size);
    // Read aloud keeps what it reads in view itself.
    if (next !== current || startRef.current === null) setStart(next);
  }, [speech, lines, size]);

  const toggle = (): void => {
    const next: LineFocus = size === null ? lastSize.current : 'off';
    change({ lineFocus: next });
    setAnnouncement(next === 'off' ? t('lineFocusTurnedOff') : t('lineFocusOn', { count: next }));
  };

  const onKeyDown = (event: KeyboardEvent): boolean => {
    const scrollerEl = elements.current.scroller();
    if (size === null || start === null || !scrollerEl || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return false;
    if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey || !inArticle(event, scrollerEl)) return false;
    // The arrow moves the band, and the band the page: the scroller must not scroll on its own as well.
    event.preventDefault();
    const box = bandBox(lines, start, size);
    const outOfSight = box !== null && (box.bottom < scrollerEl.scrollTop || box.top > scrollerEl.scrollTop + scrollerEl.clientHeight);
    // Scrolled away (wheel, Page Down): the band comes to what is on screen rather than pulling the page back.
    moveTo(outOfSight ? firstInView(lines, scrollerEl) : start + (event.key === 'ArrowDown' ? 1 : -1), true);
    return true;
  };

  const box = size !== null && start !== null ? bandBox(lines, start, size) : null;
  return { band: box ? { ...box, end: Math.max(end, box.bottom) } : null, announcement, toggle, onKeyDown };
}
