import type { Translate } from '../../i18n';
import type { ReadAloudControls as Controls } from '../speech/useReadAloud';
import { languageName } from '../speech/useVoices';
import { NextIcon, PauseIcon, PlayIcon, PreviousIcon } from './icons';

interface Props {
  controls: Controls;
  /** false where the browser has no speechSynthesis at all */
  supported: boolean;
  /** whether any voice speaks the language the article is shown in */
  hasVoice: boolean;
  t: Translate;
  uiLang: string;
  /** id of the line that says why reading aloud cannot start */
  problemId: string;
  /** a press that cannot start reading: the reason is to be shown */
  onBlocked(): void;
}

/** Why reading aloud cannot go on, in words, or null while it can. */
export function speechProblem(props: Pick<Props, 'controls' | 'supported' | 'hasVoice' | 't' | 'uiLang'>): string | null {
  const { controls, supported, hasVoice, t, uiLang } = props;
  if (!supported) return t('speechUnavailable');
  if (controls.state.status === 'failed') return t('speechFailed');
  const missing = controls.state.status === 'no-voice' ? controls.state.missingLang : hasVoice ? null : controls.readingLang;
  return missing ? t('speechNoVoice', { language: languageName(missing, uiLang) }) : null;
}

/** Play/pause and previous/next paragraph, in the reader's toolbar. */
export function ReadAloudControls({ controls, supported, hasVoice, t, uiLang, problemId, onBlocked }: Props) {
  const { status } = controls.state;
  const problem = speechProblem({ controls, supported, hasVoice, t, uiLang });
  const blocked = !supported || (!hasVoice && status !== 'playing');
  const label = status === 'playing' ? t('pauseReading') : status === 'paused' ? t('resumeReading') : t('readAloud');
  const active = status === 'playing' || status === 'paused';
  return (
    // biome-ignore lint/a11y/useSemanticElements: a <fieldset> would bring its own border and spacing to the toolbar
    <div class="lr-speech" role="group" aria-label={t('readAloud')}>
      {active && (
        <button type="button" class="lr-button lr-speech-skip" aria-label={t('previousParagraph')} title={`${t('previousParagraph')} (J)`} onClick={() => controls.skip(-1)}>
          <PreviousIcon />
        </button>
      )}
      <button
        type="button"
        class="lr-button lr-speech-play"
        aria-label={label}
        title={`${problem ?? label} (K)`}
        aria-describedby={problem ? problemId : undefined}
        // Still focusable and announced, so the reason can be found: a disabled button says nothing.
        aria-disabled={blocked ? 'true' : undefined}
        data-status={status}
        onClick={() => {
          if (blocked) onBlocked();
          else controls.toggle();
        }}
      >
        {status === 'playing' ? <PauseIcon /> : <PlayIcon />}
      </button>
      {active && (
        <button type="button" class="lr-button lr-speech-skip" aria-label={t('nextParagraph')} title={`${t('nextParagraph')} (L)`} onClick={() => controls.skip(1)}>
          <NextIcon />
        </button>
      )}
    </div>
  );
}
