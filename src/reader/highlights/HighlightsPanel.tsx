import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { HIGHLIGHT_COLOURS, type Highlight, type HighlightColour } from '../../highlights/types';
import { HighlightIcon } from '../components/icons';
import { COLOUR_NAME } from './colours';
import type { Highlighting } from './useHighlighting';

const HIGHLIGHTS_PANEL_ID = 'lr-highlights';
const QUOTE_CHARS = 140;

const short = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > QUOTE_CHARS ? `${flat.slice(0, QUOTE_CHARS - 1)}…` : flat;
};

/** The toolbar's "Highlights (N)": the count is in its name, and on it. */
export function HighlightsButton({ hl, t, onOpen }: { hl: Highlighting; t: Translate; onOpen(): void }) {
  const name = t('highlightsButton', { count: hl.model.count });
  return (
    <button
      ref={hl.panelButtonRef}
      type="button"
      class="lr-button"
      aria-label={name}
      title={name}
      aria-expanded={hl.panelOpen}
      aria-controls={HIGHLIGHTS_PANEL_ID}
      onClick={() => {
        if (!hl.panelOpen) onOpen();
        hl.setPanelOpen(!hl.panelOpen);
      }}
    >
      <HighlightIcon />
      <span aria-hidden="true">{hl.model.count}</span>
    </button>
  );
}

interface ItemProps {
  h: Highlight;
  hl: Highlighting;
  t: Translate;
  found: boolean;
  onDeleted(): void;
}

function Item({ h, hl, t, found, onDeleted }: ItemProps) {
  const [draft, setDraft] = useState(h.note);
  // Another tab (or the options page) changed the note: show theirs.
  useEffect(() => setDraft(h.note), [h.note]);
  const base = `lr-hl-${h.id}`;
  const save = (): void => {
    if (draft.trim() !== h.note) hl.model.update(h.id, { note: draft.trim() });
  };
  return (
    <li class="lr-hl-item" data-colour={h.colour}>
      <p class="lr-hl-quote" id={`${base}-quote`}>
        <span class="lr-hl-swatch" aria-hidden="true" /> <q>{short(h.quote.exact)}</q>
      </p>
      <label class="lr-label" for={`${base}-note`}>
        {t('highlightNote')}
      </label>
      <textarea
        id={`${base}-note`}
        class="lr-hl-textarea"
        rows={2}
        value={draft}
        aria-describedby={`${base}-quote`}
        onInput={(event) => setDraft((event.currentTarget as HTMLTextAreaElement).value)}
        onBlur={save}
      />
      <div class="lr-hl-actions">
        <button type="button" class="lr-button" aria-describedby={`${base}-quote`} onClick={save}>
          {t('highlightSaveNote')}
        </button>
        <label class="lr-visually-hidden" for={`${base}-colour`}>
          {t('highlightColour')}
        </label>
        <select
          id={`${base}-colour`}
          class="lr-select lr-hl-select"
          value={h.colour}
          aria-describedby={`${base}-quote`}
          onChange={(event) => hl.model.update(h.id, { colour: (event.currentTarget as HTMLSelectElement).value as HighlightColour })}
        >
          {HIGHLIGHT_COLOURS.map((colour) => (
            <option key={colour} value={colour}>
              {t(COLOUR_NAME[colour])}
            </option>
          ))}
        </select>
        {found && (
          <button type="button" class="lr-button" aria-describedby={`${base}-quote`} disabled={!hl.active} onClick={() => hl.goTo(h.id)}>
            {t('highlightGoTo')}
          </button>
        )}
        <button type="button" class="lr-button" aria-describedby={`${base}-quote`} onClick={() => {
            hl.model.remove(h.id);
            onDeleted();
          }}
        >
          {t('highlightDelete')}
        </button>
      </div>
    </li>
  );
}

/** The article's highlights and notes in text order; those whose text is gone, apart. */
export function HighlightsPanel({ hl, t }: { hl: Highlighting; t: Translate }) {
  const { model } = hl;
  const titleId = `${HIGHLIGHTS_PANEL_ID}-title`;
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The deleted item (and its focused button) is gone: focus stays in the panel, at its top.
  const focusTitle = (): void => titleRef.current?.focus();
  return (
    <section class="lr-panel lr-hl-panel" id={HIGHLIGHTS_PANEL_ID} aria-labelledby={titleId} hidden={!hl.panelOpen}>
      <h2 id={titleId} ref={titleRef} tabIndex={-1}>{t('highlightsTitle')}</h2>
      {hl.hidden && model.ready && <p class="lr-hint">{t('highlightsHiddenTranslated')}</p>}
      {model.invalid > 0 && <p class="lr-hint">{t('highlightsInvalid', { count: model.invalid })}</p>}
      {model.count === 0 && <p class="lr-hint">{t('highlightsEmpty')}</p>}
      {model.found.length > 0 && (
        <ol class="lr-hl-list">
          {model.found.map((h) => (
            <Item key={h.id} h={h} hl={hl} t={t} found onDeleted={focusTitle} />
          ))}
        </ol>
      )}
      {model.missing.length > 0 && (
        <>
          <h3 id={`${HIGHLIGHTS_PANEL_ID}-missing`}>{t('highlightsNotFound')}</h3>
          <p class="lr-hint">{t('highlightsNotFoundHint')}</p>
          <ul class="lr-hl-list" aria-labelledby={`${HIGHLIGHTS_PANEL_ID}-missing`}>
            {model.missing.map((h) => (
              <Item key={h.id} h={h} hl={hl} t={t} found={false} onDeleted={focusTitle} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
