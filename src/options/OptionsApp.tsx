import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../extract';
import { createTranslator, dirOf, resolveUiLanguage, type Translate } from '../i18n';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import type { SiteAccess } from '../settings/siteAccess';
import { ArticleView } from '../reader/components/ArticleView';
import { SettingsControls } from '../reader/components/SettingsControls';
import { typographyVars } from '../reader/typography';
import { Backup } from './Backup';
import { useSettingsState } from '../reader/useSettingsState';
import { Sites } from './Sites';
import { Highlights } from './Highlights';
import { SiteRules } from './SiteRules';
import type { SiteRulesStore } from '../siteRules/types';
import type { HighlightsLibrary } from '../highlights/library';
import { browserHighlightsLibrary } from '../highlights/browserLibrary';
import { getTranslatorFactory } from '../reader/translation';
import { browserSpeechPort } from '../reader/speech/port';
import { useVoices } from '../reader/speech/useVoices';

interface Props {
  store: SettingsStore;
  sites: SiteAccess;
  initialSettings: Settings;
  browserLanguages: readonly string[];
  /** every article's highlights (storage.local) */
  highlights?: HighlightsLibrary;
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

export function OptionsApp({ store, sites, initialSettings, browserLanguages, highlights = browserHighlightsLibrary, siteRules }: Props) {
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


  return (
    <div class="lr-themed lo-page" data-theme={settings.theme} style={typographyVars(settings)}>
      <header class="lo-header">
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main class="lo-layout">
        <section class="lo-card" aria-labelledby="lo-appearance">
          <h2 id="lo-appearance">{t('sectionAppearance')}</h2>
          <SettingsControls
            settings={settings}
            onChange={change}
            t={t}
            idPrefix="opt"
            translationNote={getTranslatorFactory() ? null : t('translationUnavailableApi')}
            // Here there is no article: the voices offered are those of the interface language.
            speech={{ voices: speechPort ? voices : null, lang: uiLang }}
            uiLang={uiLang}
          />
        </section>
        <section class="lo-card lo-preview" aria-labelledby="lo-preview">
          <h2 id="lo-preview">{t('preview')}</h2>
          <div class="lo-preview-page">
            <ArticleView article={sampleArticle(t, uiLang)} t={t} uiLang={uiLang} titleId="lo-preview-title" titleLevel={3} />
          </div>
        </section>
        <section class="lo-card" aria-labelledby="lo-sites">
          <h2 id="lo-sites">{t('sectionSites')}</h2>
          <Sites settings={settings} save={(patch) => store.save(patch)} sites={sites} t={t} announce={setStatus} />
        </section>
        <section class="lo-card" aria-labelledby="lo-backup">
          <h2 id="lo-backup">{t('sectionBackup')}</h2>
          <Backup settings={settings} store={store} highlights={highlights} t={t} announce={setStatus} />
        </section>
        <section class="lo-card lo-wide" aria-labelledby="lo-highlights">
          <h2 id="lo-highlights">{t('sectionHighlights')}</h2>
          <Highlights library={highlights} t={t} uiLang={uiLang} announce={setStatus} />
        </section>
        {siteRules && <SiteRules store={siteRules} t={t} uiLang={uiLang} announce={setStatus} />}
        <p class="lo-status" role="status" aria-live="polite">
          {status}
        </p>
      </main>
    </div>
  );
}
