import type { LineFocusView } from './useLineFocus';
import { DIM_PERCENT } from './dimming';

/**
 * The dimming: a pane above the band and one below, drawn over the text inside the scroller, so they scroll with
 * it. They are decoration only (aria-hidden, no pointer events): the text under them is untouched, read by screen
 * readers and clicked and selected as ever. The band itself is empty; forced colours outline it instead of dimming.
 */
export function LineFocusLayer({ lf }: { lf: LineFocusView }) {
  const { band } = lf;
  return (
    <>
      {band && (
        <div class="lr-lf" aria-hidden="true" style={{ '--lr-lf-dim': `${DIM_PERCENT}%` }}>
          <div class="lr-lf-pane lr-lf-above" style={{ top: '0px', height: `${band.top}px` }} />
          <div class="lr-lf-band" style={{ top: `${band.top}px`, height: `${band.bottom - band.top}px` }} />
          <div class="lr-lf-pane lr-lf-below" style={{ top: `${band.bottom}px`, height: `${Math.max(0, band.end - band.bottom)}px` }} />
        </div>
      )}
      <p class="lr-visually-hidden" role="status">
        {lf.announcement}
      </p>
    </>
  );
}
