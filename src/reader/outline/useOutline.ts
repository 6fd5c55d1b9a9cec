import { useEffect, useState } from 'preact/hooks';

export interface OutlineEntry {
  el: HTMLElement;
  text: string;
  level: number;
}

/** Fewer section headings than this make no outline worth a landmark. */
export const MIN_OUTLINE_HEADINGS = 3;

const SECTION_HEADINGS = 'h2, h3, h4';

function outlineEntries(body: HTMLElement | null): OutlineEntry[] {
  if (!body) return [];
  return Array.from(body.querySelectorAll<HTMLElement>(SECTION_HEADINGS))
    .map((el) => ({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(el.tagName.slice(1)) }))
    .filter((entry) => entry.text !== '');
}

/** The section being read: the last heading above the upper third of the scroller, -1 before the first. */
function currentSection(entries: readonly OutlineEntry[], scroller: HTMLElement): number {
  const top = scroller.getBoundingClientRect().top + scroller.clientHeight / 3;
  let current = -1;
  entries.forEach((entry, index) => {
    if (entry.el.getBoundingClientRect().top <= top) current = index;
  });
  return current;
}

/** Brings a heading to the top of the scroller and gives it focus, so reading and Tab go on from there. */
export function jumpTo(entry: OutlineEntry, scroller: HTMLElement | null): void {
  if (!entry.el.hasAttribute('tabindex')) entry.el.tabIndex = -1;
  entry.el.focus({ preventScroll: true });
  if (!scroller) return;
  const offset = entry.el.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  // scrollIntoView would scroll the page behind the reader too.
  scroller.scrollTop += offset - 16;
}

/**
 * The article's section headings (following a translation, which rewrites their text) and the
 * one whose section is on screen.
 */
export function useOutline(
  elements: () => { body: HTMLElement | null; scroller: HTMLElement | null },
  articleKey: unknown,
): { entries: OutlineEntry[]; current: number } {
  const [entries, setEntries] = useState<OutlineEntry[]>([]);
  const [current, setCurrent] = useState(-1);

  useEffect(() => {
    const { body } = elements();
    // A long body grows part by part: most parts add no heading, and need no new render.
    const collect = (): void =>
      setEntries((shown) => {
        const found = outlineEntries(body);
        const same = found.length === shown.length && found.every((entry, i) => entry.el === shown[i]?.el && entry.text === shown[i]?.text);
        return same ? shown : found;
      });
    collect();
    if (!body || typeof MutationObserver !== 'function') return undefined;
    const observer = new MutationObserver(collect);
    observer.observe(body, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [articleKey]);

  useEffect(() => {
    const { scroller } = elements();
    if (!scroller || entries.length < MIN_OUTLINE_HEADINGS) return undefined;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      setCurrent(currentSection(entries, scroller));
    };
    const onScroll = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [entries]);

  return { entries, current };
}
