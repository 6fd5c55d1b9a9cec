import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../extract';
import { createTranslator, dirOf, resolveUiLanguage, type Translate } from '../i18n';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import type { SiteAccess } from '../settings/siteAccess';
import { ArticleView } from '../reader/components/ArticleView';
import { readingSections } from '../reader/components/SettingsControls';
import { SettingsSections } from '../reader/components/SettingsSection';
import { typographyVars } from '../reader/typography';
import { Backup } from './Backup';
import { useSettingsState } from '../reader/useSettingsState';
import { Sites } from './Sites';
import { USER_STYLE_ID, UserStyle } from './UserStyle';
import { Highlights } from './Highlights';
import { SITE_RULES_ID, SiteRules } from './SiteRules';
import type { SiteRulesStore } from '../siteRules/types';
import type { HighlightsLibrary } from '../highlights/library';
import { getTranslatorFactory } from '../reader/translation';
import { browserSpeechPort } from '../reader/speech/port';
import { useVoices } from '../reader/speech/useVoices';

interface Props {
  store: SettingsStore;
  sites: SiteAccess;
  initialSettings: Settings;
  browserLanguages: readonly string[];
  /** every article's highlights (storage.local) */
  highlights: HighlightsLibrary;
  /** every site's block rules (none: the section is not shown) */
  siteRules?: SiteRulesStore;
}

function sampleArticle(t: Translate, lang: string): ExtractedArticle {
  const text = t('previewText');
  return {
    title: t('previewHeading'),
    byline: 'Lucid Reader',
    siteName: null,
    publishedTime: null,
    displayDate: null,
    lang,
    dir: dirOf(lang),
    excerpt: null,
    contentHtml: `<p>${text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>`,
    textContent: text,
    wordCount: text.split(/\s+/).length,
    readingTimeMinutes: 1,
  };
}

export function OptionsApp({ store, sites, initialSettings, browserLanguages, highlights, siteRules }: Props) {
  const [status, setStatus] = useState('');
  const [settings, change] = useSettingsState(store, initialSettings, () => setStatus(t('settingsSaveFailed')));

  const uiLang = resolveUiLanguage(settings.uiLanguage, browserLanguages);
  const t = useMemo(() => createTranslator(uiLang), [uiLang]);
  const dir = dirOf(uiLang);
  const speechPort = useMemo(() => browserSpeechPort(), []);
  const voices = useVoices(speechPort);

  // The page itself speaks the interface language: lang/dir on <html> reach the browser's own UI too.
  useEffect(() => {
    document.documentElement.lang = uiLang;
    document.documentElement.dir = dir;
    document.title = t('optionsTitle');
  }, [uiLang, dir, t]);


  const reading = readingSections({
    settings,
    onChange: change,
    t,
    idPrefix: 'opt',
    translationNote: getTranslatorFactory() ? null : t('translationUnavailableApi'),
    // Here there is no article: the voices offered are those of the interface language.
    speech: { voices: speechPort ? voices : null, lang: uiLang },
    uiLang,
  });

  return (
    <div class="lr-themed lo-page" data-theme={settings.theme} style={typographyVars(settings)}>
      <header class="lo-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <div class="lo-layout">
        <main class="lo-sections">
          {/* One line per section, in the order a person looks for them: how the text looks, then what it does. */}
          <SettingsSections
            level={2}
            idPrefix="lo"
            sections={[
              reading.colour,
              reading.text,
              reading.spacing,
              {
                key: 'user-style',
                kind: 'region',
                title: t('sectionUserStyle'),
                headingId: USER_STYLE_ID,
                body: <UserStyle settings={settings} save={(patch) => store.save(patch)} t={t} />,
              },
              reading.aids,
              reading.readAloud,
              reading.language,
              { key: 'sites', kind: 'region', title: t('sectionSites'), body: <Sites settings={settings} save={(patch) => store.save(patch)} sites={sites} t={t} announce={setStatus} /> },
              siteRules
                ? {
                    key: 'site-rules',
                    kind: 'region',
                    title: t('siteRulesHeading'),
                    headingId: SITE_RULES_ID,
                    body: <SiteRules store={siteRules} t={t} uiLang={uiLang} announce={setStatus} />,
                  }
                : null,
              { key: 'backup', kind: 'region', title: t('sectionBackup'), body: <Backup settings={settings} store={store} highlights={highlights} t={t} announce={setStatus} /> },
              { key: 'highlights', kind: 'region', title: t('sectionHighlights'), body: <Highlights library={highlights} t={t} uiLang={uiLang} announce={setStatus} /> },
            ]}
          />
        </main>
        {/* Beside the settings where there is room, and kept in sight: the text as the reader will show it. */}
        <aside class="lo-preview" aria-labelledby="lo-preview">
          <h2 id="lo-preview" class="lr-section-title">
            {t('preview')}
          </h2>
          <div class="lo-preview-page">
            <ArticleView article={sampleArticle(t, uiLang)} t={t} uiLang={uiLang} titleId="lo-preview-title" titleLevel={3} />
          </div>
        </aside>
      </div>
      <p class="lo-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
