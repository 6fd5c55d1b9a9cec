import type { JSX } from 'preact';
import type { Settings, SettingsPatch, Theme, FontFamily, UiLanguage, TranslateTarget } from '../../settings/schema';
import { FONT_SIZE, LINE_HEIGHT, CONTENT_WIDTH, UI_LANGUAGES, THEMES_LIST, FONT_FAMILIES, LINE_FOCUS_CHOICES } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';
import { LANGUAGE_NATIVE_NAMES, type Translate } from '../../i18n';
import { THEMES } from '../themes';
import { SpeechControls, type SpeechSettingsContext } from './SpeechControls';
import { Segments, Slider } from './SettingsFields';
import { SpacingControls } from './SpacingControls';
import { SettingsSections, type SectionSpec } from './SettingsSection';

interface SettingsControlsProps {
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


/** The reading settings' sections, by name: the panel shows them in READING_ORDER, the options page places each. */
interface ReadingSections {
  colour: SectionSpec;
  text: SectionSpec;
  spacing: SectionSpec;
  aids: SectionSpec;
  /** null where no voices are asked for */
  readAloud: SectionSpec | null;
  language: SectionSpec;
}

const READING_ORDER: readonly (keyof ReadingSections)[] = ['colour', 'text', 'spacing', 'aids', 'readAloud', 'language'];

export function readingSections({ settings, onChange, t, idPrefix, translationNote, speech, uiLang = 'en' }: SettingsControlsProps): ReadingSections {
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
  // Each language named in its own script, in both language menus.
  const languageOptions = UI_LANGUAGES.map((code) => (
    <option key={code} value={code} lang={code}>
      {LANGUAGE_NATIVE_NAMES[code]}
    </option>
  ));
  const stepFont = (delta: number) =>
    onChange({ fontSize: clampToRange(settings.fontSize + delta * FONT_SIZE.step, FONT_SIZE) });

  const colour: SectionSpec = {
    key: 'colour',
    title: t('sectionColour'),
    body: (
      <Segments
        legend={t('readingMode')}
        name={id('theme')}
        options={THEMES_LIST}
        value={settings.theme}
        onChange={(theme) => onChange({ theme })}
        label={(theme) => (
          <>
            {theme !== 'auto' && <i class="lr-swatch" style={{ background: THEMES[theme].background }} aria-hidden="true" />}
            {themeName[theme]}
          </>
        )}
      />
    ),
  };

  const text: SectionSpec = {
    key: 'text',
    title: t('sectionText'),
    body: (
      <>
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
        <Segments
          legend={t('fontFamily')}
          name={id('font')}
          options={FONT_FAMILIES}
          value={settings.fontFamily}
          onChange={(fontFamily) => onChange({ fontFamily })}
          label={(fontFamily) => fontName[fontFamily]}
        />
        <Slider
          label={t('lineHeight')}
          id={id('line-height')}
          range={LINE_HEIGHT}
          value={settings.lineHeight}
          shown={settings.lineHeight.toFixed(1)}
          onInput={(lineHeight) => onChange({ lineHeight }, true)}
        />
        <Slider
          label={t('contentWidth')}
          id={id('width')}
          range={CONTENT_WIDTH}
          value={settings.contentWidth}
          shown={`${settings.contentWidth} ch`}
          onInput={(contentWidth) => onChange({ contentWidth }, true)}
        />
      </>
    ),
  };

  const spacing: SectionSpec = { key: 'spacing', title: t('spacing'), body: <SpacingControls settings={settings} onChange={onChange} t={t} id={id} /> };

  const aids: SectionSpec = {
    key: 'aids',
    title: t('sectionReadingAids'),
    body: (
      <Segments
        legend={t('lineFocus')}
        name={id('line-focus')}
        options={LINE_FOCUS_CHOICES}
        value={settings.lineFocus}
        onChange={(lineFocus) => onChange({ lineFocus })}
        label={(choice) => (choice === 'off' ? t('lineFocusOff') : t('lineFocusLines', { count: choice }))}
      />
    ),
  };

  const readAloud: SectionSpec | null = speech
    ? { key: 'read-aloud', title: t('readAloud'), body: <SpeechControls settings={settings} onChange={onChange} t={t} id={id} speech={speech} uiLang={uiLang} /> }
    : null;

  const language: SectionSpec = {
    key: 'language',
    title: t('language'),
    body: (
      <>
        <div class="lr-field">
          <label class="lr-label" for={id('ui-language')}>
            {t('interfaceLanguage')}
          </label>
          <select class="lr-select" id={id('ui-language')} value={settings.uiLanguage} onChange={(e) => onChange({ uiLanguage: e.currentTarget.value as UiLanguage })}>
            <option value="auto">{t('languageAuto')}</option>
            {languageOptions}
          </select>
        </div>
        <div class="lr-field">
          <label class="lr-label" for={id('translate')}>
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
            {languageOptions}
          </select>
          {translationNote && (
            <p class="lr-hint" id={id('translate-note')}>
              {translationNote}
            </p>
          )}
        </div>
      </>
    ),
  };

  return { colour, text, spacing, aids, readAloud, language };
}

/** The reading settings as the panel shows them: every section, in READING_ORDER, under the panel's own title. */
export function SettingsControls(props: SettingsControlsProps) {
  const sections = readingSections(props);
  return (
    <div class="lr-controls">
      <SettingsSections sections={READING_ORDER.map((name) => sections[name])} level={3} idPrefix={props.idPrefix} />
    </div>
  );
}
