import type { Settings, SettingsPatch } from '../../settings/schema';
import { SPEECH_PITCH, SPEECH_RATE } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';
import type { Translate } from '../../i18n';
import type { VoiceInfo } from '../speech/port';
import { voicesForLanguage } from '../speech/voices';
import { languageName } from '../speech/useVoices';

export interface SpeechSettingsContext {
  /** null where the browser has no speechSynthesis */
  voices: readonly VoiceInfo[] | null;
  /** the language whose voices are offered: the article's as shown, else the interface's */
  lang: string;
}

interface Props {
  settings: Settings;
  onChange(patch: SettingsPatch, continuous?: boolean): void;
  t: Translate;
  id(name: string): string;
  speech: SpeechSettingsContext;
  uiLang: string;
}

const times = (value: number): string => `${value.toFixed(1)}×`;

/** Voice, speed and pitch for read aloud: the body of the Read aloud section, in the panel and the options page. */
export function SpeechControls({ settings, onChange, t, id, speech, uiLang }: Props) {
  const voices = speech.voices ? voicesForLanguage(speech.voices, speech.lang) : [];
  const note = speech.voices === null ? t('speechUnavailable') : voices.length === 0 ? t('speechNoVoice', { language: languageName(speech.lang, uiLang) }) : null;
  return (
    <>
      <div class="lr-field">
      <label class="lr-label" for={id('voice')}>
        {t('speechVoice')}
      </label>
      <select
        class="lr-select"
        id={id('voice')}
        value={voices.some((v) => v.voiceURI === settings.speechVoice) ? settings.speechVoice : ''}
        disabled={voices.length === 0}
        aria-describedby={note ? id('voice-note') : undefined}
        onChange={(e) => onChange({ speechVoice: e.currentTarget.value })}
      >
        <option value="">{t('speechVoiceAuto')}</option>
        {voices.map((voice) => (
          <option key={voice.voiceURI} value={voice.voiceURI}>
            {voice.name}
          </option>
        ))}
      </select>
      {note && (
        <p class="lr-hint" id={id('voice-note')}>
          {note}
        </p>
      )}
      </div>
      {(
        [
          ['rate', 'speechRate', SPEECH_RATE, settings.speechRate],
          ['pitch', 'speechPitch', SPEECH_PITCH, settings.speechPitch],
        ] as const
      ).map(([name, key, range, value]) => (
        <div class="lr-field" key={name}>
          <div class="lr-label-row">
            <label for={id(name)}>{t(key)}</label>
            <span aria-hidden="true">{times(value)}</span>
          </div>
          <input
            class="lr-range"
            type="range"
            id={id(name)}
            min={range.min}
            max={range.max}
            step={range.step}
            value={value}
            aria-valuetext={times(value)}
            onInput={(e) => {
              const next = clampToRange(Number(e.currentTarget.value), range);
              onChange(key === 'speechRate' ? { speechRate: next } : { speechPitch: next }, true);
            }}
          />
        </div>
      ))}
      <label class="lr-check">
        <input type="checkbox" checked={settings.speechReadExtras} onChange={(e) => onChange({ speechReadExtras: e.currentTarget.checked })} />
        <span>{t('speechReadExtras')}</span>
      </label>
    </>
  );
}
