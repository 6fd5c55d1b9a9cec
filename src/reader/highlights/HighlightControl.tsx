import { useLayoutEffect, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { HIGHLIGHT_COLOURS } from '../../highlights/types';
import { DeleteIcon, NoteIcon } from '../components/icons';
import { HIGHLIGHT_NAME } from './colours';
import type { Highlighting } from './useHighlighting';

const EDGE = 8;
const NOTE_ID = 'lr-hl-note';

/** Keeps the selection (and focus where it is) when a button is pressed with the mouse. */
const keepSelection = (event: MouseEvent): void => event.preventDefault();

/**
 * The small control next to a selection (highlight in a colour, or with a note) or a clicked
 * highlight (its colour, its note, delete). Placed under the selection's end, above it when
 * there is no room below, and kept inside the scroller's visible part.
 */
export function HighlightControl({ hl, t }: { hl: Highlighting; t: Translate }) {
  const { control, controlRef } = hl;
  const editing = control?.mode === 'edit' ? hl.model.byId(control.id) : null;
  const [draft, setDraft] = useState('');
  const [current, setCurrent] = useState(0);
  const noteOpen = control?.mode === 'edit' && control.note;

  useLayoutEffect(() => {
    setDraft(editing?.note ?? '');
  }, [editing?.id, noteOpen]);

  useLayoutEffect(() => {
    const el = controlRef.current;
    const scroller = el?.parentElement;
    if (!el || !scroller || !control) return;
    const { width, height } = { width: el.offsetWidth, height: el.offsetHeight };
    const left = Math.min(Math.max(control.at.x - width / 2, scroller.scrollLeft + EDGE), scroller.scrollLeft + scroller.clientWidth - width - EDGE);
    const roomBelow = control.at.below + height <= scroller.scrollTop + scroller.clientHeight - EDGE;
    const top = roomBelow ? control.at.below : Math.max(control.at.above - height, scroller.scrollTop + EDGE);
    el.style.left = `${Math.max(left, 0)}px`;
    el.style.top = `${top}px`;
  });

  if (!control) return null;
  const items = HIGHLIGHT_COLOURS.length + (control.mode === 'create' ? 1 : 2);
  const tab = (i: number): 0 | -1 => (i === Math.min(current, items - 1) ? 0 : -1);

  // One stop for Tab; the arrows move along it, in the interface's direction.
  const onToolbarKey = (event: KeyboardEvent): void => {
    const buttons = Array.from((event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('button'));
    const at = buttons.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const rtl = getComputedStyle(event.currentTarget as HTMLElement).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -at, End: buttons.length - 1 - at }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = (at + step + buttons.length) % buttons.length;
    setCurrent(next);
    buttons[next]?.focus();
  };

  return (
    // Esc is the reader's (useHighlighting's onKeyDown): it closes this control first.
    <div class="lr-hl-control" ref={controlRef}>
      <div
        role="toolbar"
        aria-label={editing ? t('highlightEdit') : t('highlightControl')}
        class="lr-hl-tools"
        onKeyDown={onToolbarKey}
      >
        {HIGHLIGHT_COLOURS.map((colour, i) => (
          <button
            key={colour}
            type="button"
            class="lr-button lr-hl-colour"
            data-colour={colour}
            aria-label={t(HIGHLIGHT_NAME[colour])}
            title={t(HIGHLIGHT_NAME[colour])}
            aria-pressed={editing ? editing.colour === colour : undefined}
            tabIndex={tab(i)}
            onMouseDown={keepSelection}
            onClick={() => hl.choose(colour, false)}
          >
            <span class="lr-hl-swatch" aria-hidden="true" />
          </button>
        ))}
        {control.mode === 'create' ? (
          <button
            type="button"
            class="lr-button"
            aria-label={t('highlightWithNote')}
            title={t('highlightWithNote')}
            tabIndex={tab(HIGHLIGHT_COLOURS.length)}
            onMouseDown={keepSelection}
            onClick={() => hl.choose('yellow', true)}
          >
            <NoteIcon />
          </button>
        ) : (
          <>
            <button
              type="button"
              class="lr-button"
              aria-label={editing?.note ? t('highlightEditNote') : t('highlightAddNote')}
              title={editing?.note ? t('highlightEditNote') : t('highlightAddNote')}
              aria-expanded={control.note}
              aria-controls={NOTE_ID}
              tabIndex={tab(HIGHLIGHT_COLOURS.length)}
              onClick={hl.toggleNote}
            >
              <NoteIcon />
            </button>
            <button
              type="button"
              class="lr-button"
              aria-label={t('highlightDelete')}
              title={t('highlightDelete')}
              tabIndex={tab(HIGHLIGHT_COLOURS.length + 1)}
              onClick={hl.remove}
            >
              <DeleteIcon />
            </button>
          </>
        )}
      </div>
      {noteOpen && (
        <form
          class="lr-hl-note"
          id={NOTE_ID}
          onSubmit={(event) => {
            event.preventDefault();
            hl.saveNote(draft.trim());
          }}
        >
          <label for={`${NOTE_ID}-text`} class="lr-label">
            {t('highlightNote')}
          </label>
          <textarea
            id={`${NOTE_ID}-text`}
            class="lr-hl-textarea"
            rows={3}
            value={draft}
            onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <div class="lr-hl-actions">
            <button type="submit" class="lr-button">
              {t('highlightSaveNote')}
            </button>
            <button type="button" class="lr-button" onClick={hl.dismiss}>
              {t('highlightCancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
