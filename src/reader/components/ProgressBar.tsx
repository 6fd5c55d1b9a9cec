import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';

/** How far through the article the scroller is, 0…1; null when it all fits on screen. */
export function scrollFraction(scroller: Pick<HTMLElement, 'scrollTop' | 'scrollHeight' | 'clientHeight'>): number | null {
  const room = scroller.scrollHeight - scroller.clientHeight;
  if (room <= 1) return null;
  return Math.min(1, Math.max(0, scroller.scrollTop / room));
}

/** Whole minutes left at the article's reading time; 0 once the end is on screen. */
export function minutesLeft(readingTimeMinutes: number, fraction: number): number {
  return fraction >= 0.99 ? 0 : Math.max(1, Math.ceil(readingTimeMinutes * (1 - fraction)));
}

export function useScrollFraction(scroller: () => HTMLElement | null, content: () => HTMLElement | null): number | null {
  const [fraction, setFraction] = useState<number | null>(null);
  useEffect(() => {
    const el = scroller();
    if (!el) return undefined;
    let frame = 0;
    const update = (): void => {
      frame = 0;
      setFraction(scrollFraction(el));
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    el.addEventListener('scroll', schedule, { passive: true });
    // Images that load, a font size or a translation change the length still to read.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    resize?.observe(el);
    const inner = content();
    if (inner) resize?.observe(inner);
    return () => {
      el.removeEventListener('scroll', schedule);
      resize?.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, []);
  return fraction;
}

interface Props {
  fraction: number;
  readingTimeMinutes: number;
  t: Translate;
  uiLang: string;
}

export function timeLeftText(t: Translate, readingTimeMinutes: number, fraction: number): string {
  const minutes = minutesLeft(readingTimeMinutes, fraction);
  return minutes === 0 ? t('timeLeftDone') : t('timeLeft', { count: minutes });
}

/** A thin bar under the toolbar; its value, in words, also says the time left. */
export function ProgressBar({ fraction, readingTimeMinutes, t, uiLang }: Props) {
  const percent = Math.round(fraction * 100);
  const parts = [t('progressValue', { percent }), timeLeftText(t, readingTimeMinutes, fraction)];
  let valueText: string;
  try {
    valueText = new Intl.ListFormat(uiLang, { type: 'unit', style: 'short' }).format(parts);
  } catch {
    valueText = parts.join(', ');
  }
  return (
    <div
      class="lr-progress"
      role="progressbar"
      aria-label={t('readingProgress')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div class="lr-progress-fill" style={{ inlineSize: `${percent}%` }} />
    </div>
  );
}
