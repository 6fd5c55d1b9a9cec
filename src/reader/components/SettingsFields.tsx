import type { ComponentChildren } from 'preact';
import type { NumberRange } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';

/** One choice of a few, shown as a row of segments (radio buttons under a legend). */
export function Segments<T extends string | number>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  label(value: T): ComponentChildren;
}) {
  return (
    <fieldset class="lr-field">
      <legend>{props.legend}</legend>
      <div class="lr-segments">
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
