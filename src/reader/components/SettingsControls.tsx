import type { JSX } from 'preact';
import type { Settings, SettingsPatch, Theme, FontFamily, UiLanguage, TranslateTarget } from '../../settings/schema';
import { FONT_SIZE, LINE_HEIGHT, CONTENT_WIDTH, UI_LANGUAGES, THEMES_LIST, FONT_FAMILIES } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';
import { LANGUAGE_NATIVE_NAMES, type Translate } from '../../i18n';
import { THEMES } from '../themes';
import { SpeechControls, type SpeechSettingsContext } from './SpeechControls';

interface Props {
  settings: Settings;
  /** `continuous` for a slider being dragged: the view follows at once, storage once it settles */
  onChange(patch: SettingsPatch, continuous?: boolean): void;
  t: Translate;
  /** keeps ids unique when two sets of controls share a document */
  idPrefix: string;
  /** a line under the translation select: why it is unavailable, or its progress */
  translationNote?: JSX.Element | string | null;
  /** the voices on offer for read aloud, and for which language */
  speech?: SpeechSettingsContext;
  /** the interface language, to name languages in */
  uiLang?: string;
}


export function SettingsControls({ settings, onChange, t, idPrefix, translationNote, speech, uiLang = 'en' }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const themeName: Record<Theme, string> = {
    auto: t('themeAuto'),
    light: t('themeLight'),
    sepia: t('themeSepia'),
    dark: t('themeDark'),
    black: t('themeBlack'),
  };
  const fontName: Record<FontFamily, string> = {
    serif: t('fontSerif'),
    sans: t('fontSans'),
    legible: t('fontLegible'),
  };
  const stepFont = (delta: number) =>
    onChange({ fontSize: clampToRange(settings.fontSize + delta * FONT_SIZE.step, FONT_SIZE) });

  return (
    <div class="lr-controls">
      <fieldset class="lr-field">
        <legend>{t('readingMode')}</legend>
        <div class="lr-segments">
          {THEMES_LIST.map((theme) => (
            <label key={theme}>
              <input
                type="radio"
                name={id('theme')}
                value={theme}
                checked={settings.theme === theme}
                onChange={() => onChange({ theme })}
              />
              <span>
                {theme !== 'auto' && <i class="lr-swatch" style={{ background: THEMES[theme].background }} aria-hidden="true" />}
                {themeName[theme]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      {/* biome-ignore lint/a11y/useSemanticElements: the stepper is a label, two buttons and an output, not a form group */}
      <div class="lr-field" role="group" aria-labelledby={id('font-size-label')}>
        <span class="lr-label" id={id('font-size-label')}>{t('fontSize')}</span>
        <div class="lr-stepper">
          <button type="button" class="lr-button" aria-label={t('fontSmaller')} disabled={settings.fontSize <= FONT_SIZE.min} onClick={() => stepFont(-1)}>
            A−
          </button>
          <input
            class="lr-range"
            type="range"
            id={id('font-size')}
            aria-labelledby={id('font-size-label')}
            min={FONT_SIZE.min}
            max={FONT_SIZE.max}
            step={FONT_SIZE.step}
            value={settings.fontSize}
            aria-valuetext={`${settings.fontSize} px`}
            onInput={(e) => onChange({ fontSize: clampToRange(Number(e.currentTarget.value), FONT_SIZE) }, true)}
          />
          <button type="button" class="lr-button" aria-label={t('fontLarger')} disabled={settings.fontSize >= FONT_SIZE.max} onClick={() => stepFont(1)}>
            A+
          </button>
          <output for={id('font-size')} aria-live="polite">{settings.fontSize} px</output>
        </div>
      </div>

      <fieldset class="lr-field">
        <legend>{t('fontFamily')}</legend>
        <div class="lr-segments">
          {FONT_FAMILIES.map((fontFamily) => (
            <label key={fontFamily}>
              <input
                type="radio"
                name={id('font')}
                value={fontFamily}
                checked={settings.fontFamily === fontFamily}
                onChange={() => onChange({ fontFamily })}
              />
              <span>{fontName[fontFamily]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div class="lr-field">
        <div class="lr-label-row">
          <label for={id('line-height')}>{t('lineHeight')}</label>
          <span aria-hidden="true">{settings.lineHeight.toFixed(1)}</span>
        </div>
        <input
          class="lr-range"
          type="range"
          id={id('line-height')}
          min={LINE_HEIGHT.min}
          max={LINE_HEIGHT.max}
          step={LINE_HEIGHT.step}
          value={settings.lineHeight}
          aria-valuetext={settings.lineHeight.toFixed(1)}
          onInput={(e) => onChange({ lineHeight: clampToRange(Number(e.currentTarget.value), LINE_HEIGHT) }, true)}
        />
      </div>

      <div class="lr-field">
        <div class="lr-label-row">
          <label for={id('width')}>{t('contentWidth')}</label>
          <span aria-hidden="true">{settings.contentWidth} ch</span>
        </div>
        <input
          class="lr-range"
          type="range"
          id={id('width')}
          min={CONTENT_WIDTH.min}
          max={CONTENT_WIDTH.max}
          step={CONTENT_WIDTH.step}
          value={settings.contentWidth}
          aria-valuetext={`${settings.contentWidth} ch`}
          onInput={(e) => onChange({ contentWidth: clampToRange(Number(e.currentTarget.value), CONTENT_WIDTH) }, true)}
        />
      </div>

      {speech && <SpeechControls settings={settings} onChange={onChange} t={t} id={id} speech={speech} uiLang={uiLang} />}

      <fieldset class="lr-field">
        <legend>{t('language')}</legend>
        <label class="lr-label" for={id('ui-language')}>{t('interfaceLanguage')}</label>
        <select
          class="lr-select"
          id={id('ui-language')}
          value={settings.uiLanguage}
          onChange={(e) => onChange({ uiLanguage: e.currentTarget.value as UiLanguage })}
        >
          <option value="auto">{t('languageAuto')}</option>
          {UI_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NATIVE_NAMES[code]}
            </option>
          ))}
        </select>
        <label class="lr-label" for={id('translate')} style={{ marginTop: '12px' }}>
          {t('translateInto')}
        </label>
        <select
          class="lr-select"
          id={id('translate')}
          value={settings.translateTo}
          aria-describedby={translationNote ? id('translate-note') : undefined}
          onChange={(e) => onChange({ translateTo: e.currentTarget.value as TranslateTarget })}
        >
          <option value="off">{t('translateOff')}</option>
          {UI_LANGUAGES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LANGUAGE_NATIVE_NAMES[code]}
            </option>
          ))}
        </select>
        {translationNote && (
          <p class="lr-hint" id={id('translate-note')}>
            {translationNote}
          </p>
        )}
      </fieldset>
    </div>
  );
}
