import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { NumberRange } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';

/** Column counts to try for `n` chips, widest first: one row, then rows that leave no chip alone, then a list. */
function chipColumns(n: number): number[] {
  const balanced = n <= 3 ? 1 : Math.ceil(n / 2);
  return [...new Set([n, balanced, 1])];
}

/**
 * The first column count at which every chip's label fits without breaking a word. Measured, not guessed: the
 * labels' lengths differ by interface language (German and Russian run long), and the box by where it is shown.
 */
function fitChips(box: HTMLElement, n: number): void {
  const labels = Array.from(box.querySelectorAll<HTMLElement>(':scope > label > span'));
  for (const columns of chipColumns(n)) {
    box.style.setProperty('--lr-chip-columns', String(columns));
    if (labels.every(fitsInside)) return;
  }
}

/** Whether a chip's words (and swatch) fit inside its padding: none runs into the border or past it. */
function fitsInside(label: HTMLElement): boolean {
  const words = label.ownerDocument.createRange();
  // jsdom (unit tests) lays nothing out: every chip fits there.
  if (typeof words.getBoundingClientRect !== 'function') return true;
  words.selectNodeContents(label);
  const style = getComputedStyle(label);
  const room = label.clientWidth - Number.parseFloat(style.paddingInlineStart) - Number.parseFloat(style.paddingInlineEnd);
  return words.getBoundingClientRect().width <= room + 0.5;
}

/**
 * One choice of a few, shown as chips (radio buttons under a legend) in equal columns: all in one row where they
 * fit, else in rows that leave no chip alone (5 as 3 + 2, 4 as 2 + 2), else one under another.
 */
export function Segments<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  label(value: T): ComponentChildren;
}) {
  const boxRef = useRef<HTMLDivElement>(null);
  const count = props.options.length;
  // Before the first paint, and again when the language changes (the legend with it) or the box's width does;
  // not on every render: a slider being dragged re-renders the panel, and measuring forces a layout.
  useLayoutEffect(() => {
    if (boxRef.current) fitChips(boxRef.current, count);
  }, [count, props.legend]);
  useEffect(() => {
    const box = boxRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    let width = box.clientWidth;
    const observer = new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      fitChips(box, count);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, [count]);
  return (
    <fieldset class="lr-field">
      <legend>{props.legend}</legend>
      <div class="lr-segments" ref={boxRef}>
        {props.options.map((option) => (
          <label key={option}>
            <input type="radio" name={props.name} value={String(option)} checked={props.value === option} onChange={() => props.onChange(option)} />
            <span>{props.label(option)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A labelled range with its value shown beside the label (and read out as its value text). */
export function Slider(props: {
  label: string;
  id: string;
  range: NumberRange;
  value: number;
  shown: string;
  /** what a screen reader says for the value, where the shown number alone is unclear (default: `shown`) */
  valueText?: string;
  onInput(value: number): void;
}) {
  const { range } = props;
  return (
    <div class="lr-field">
      <div class="lr-label-row">
        <label for={props.id}>{props.label}</label>
        <span aria-hidden="true">{props.shown}</span>
      </div>
      <input
        class="lr-range"
        type="range"
        id={props.id}
        min={range.min}
        max={range.max}
        step={range.step}
        value={props.value}
        aria-valuetext={props.valueText ?? props.shown}
        onInput={(e) => props.onInput(clampToRange(Number(e.currentTarget.value), range))}
      />
    </div>
  );
}
