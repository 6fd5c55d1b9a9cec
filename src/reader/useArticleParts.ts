import type { RefObject } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import type { ExtractedArticle } from '../extract';
import { bodyParts } from '../extract/bodyParts';

/** No margin, padding or border: the blocks' margins collapse across it as if it were not there. */
const inBox = (html: string): string => `<div class="lr-part">${html}</div>`;

/**
 * A long body goes in part by part (extract/bodyParts.ts): the first with the render, each next
 * one in an animation frame of its own, so that frame parses, styles and lays out one part
 * rather than the whole body in one task (a 10 MB article blocked the tab for seconds). Each
 * part has a box of its own: the body then has a few hundred children rather than 50 000
 * paragraphs, so adding a part lays out that part, not all the paragraphs before it again.
 * Returns the first part's HTML; `onComplete` runs once the last part is in (with the number of parts).
 */
export function useArticleParts(
  article: ExtractedArticle,
  blocks: (html: string) => string,
  contentRef: RefObject<HTMLElement>,
  onComplete?: (parts: number) => void,
): string {
  const parts = useMemo(() => bodyParts({ html: article.contentHtml, breaks: article.contentBreaks }), [article]);
  const first = useMemo(() => (parts.length > 1 ? inBox(blocks(parts[0] ?? '')) : blocks(parts[0] ?? '')), [parts, blocks]);
  useEffect(() => {
    if (parts.length < 2) {
      onComplete?.(parts.length);
      return undefined;
    }
    let next = 1;
    let frame = 0;
    const add = (): boolean => {
      const content = contentRef.current;
      if (!content || next >= parts.length) return false;
      content.insertAdjacentHTML('beforeend', inBox(blocks(parts[next] ?? '')));
      next++;
      if (next === parts.length) onComplete?.(parts.length);
      return next < parts.length;
    };
    const addPart = (): void => {
      if (add()) frame = requestAnimationFrame(addPart);
    };
    // Paper gets the whole story, however far the screen has come (a hidden tab draws no frames).
    const addAll = (): void => {
      cancelAnimationFrame(frame);
      while (add());
    };
    frame = requestAnimationFrame(addPart);
    window.addEventListener('beforeprint', addAll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('beforeprint', addAll);
    };
    // A new article (or direction) starts over; the callback may change identity on any render.
  }, [parts, blocks]);
  return first;
}
