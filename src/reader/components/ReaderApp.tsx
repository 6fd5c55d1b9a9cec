import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../../extract';
import type { Settings } from '../../settings/schema';
import { FONT_SIZE } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';
import type { SettingsStore } from '../../settings/store';
import { createTranslator, dirOf, resolveUiLanguage } from '../../i18n';
import { typographyVars } from '../typography';
import { ArticleView } from './ArticleView';
import { SettingsControls } from './SettingsControls';
import { useSettingsState } from '../useSettingsState';
import { SiteControls } from './SiteControls';
import { CloseIcon } from './icons';
import { TranslationBar, translationMessage } from './TranslationBar';
import { useTranslation } from '../useTranslation';
import { blockedByInsecurePage, getTranslatorFactory } from '../translation';

export interface ReaderAppProps {
  article: ExtractedArticle | null;
  initialSettings: Settings;
  store: Pick<SettingsStore, 'save' | 'subscribe'>;
  browserLanguages: readonly string[];
  onClose(): void;
}

const TITLE_ID = 'lr-title';
const PANEL_ID = 'lr-settings';

function typingInField(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}

export function ReaderApp({ article, initialSettings, store, browserLanguages, onClose }: ReaderAppProps) {
  const [settings, change] = useSettingsState(store, initialSettings);
  const [panelOpen, setPanelOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const aaRef = useRef<HTMLButtonElement>(null);


  const uiLang = resolveUiLanguage(settings.uiLanguage, browserLanguages);
  const t = useMemo(() => createTranslator(uiLang), [uiLang]);

  const translation = useTranslation({ target: settings.translateTo, sourceLang: article?.lang ?? null, contentRef });
  const translationNote = getTranslatorFactory()
    ? translationMessage(translation.view, settings.translateTo, t)
    : t(blockedByInsecurePage() ? 'translationInsecurePage' : 'translationUnavailableApi');


  // Screen readers start at the title; keyboard scrolling works from there too.
  useEffect(() => {
    const root = rootRef.current;
    const heading = root?.querySelector<HTMLElement>(`#${TITLE_ID}`);
    (heading ?? root?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  }, []);

  const closePanel = (): void => {
    setPanelOpen(false);
    aaRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panelOpen) closePanel();
      else onClose();
      return;
    }
    if (typingInField(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      change({ fontSize: clampToRange(settings.fontSize + FONT_SIZE.step, FONT_SIZE) });
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      change({ fontSize: clampToRange(settings.fontSize - FONT_SIZE.step, FONT_SIZE) });
    }
  };

  return (
    <div
      ref={rootRef}
      class="lr-dialog lr-themed"
      role="dialog"
      aria-modal="true"
      aria-labelledby={article ? TITLE_ID : 'lr-empty-msg'}
      data-theme={settings.theme}
      lang={uiLang}
      dir={dirOf(uiLang)}
      style={typographyVars(settings)}
      onKeyDown={onKeyDown}
    >
      <div class="lr-toolbar" role="toolbar" aria-label={t('readerToolbar')}>
        <button type="button" class="lr-button" aria-label={t('closeReader')} title={t('closeReader')} onClick={onClose}>
          <CloseIcon />
        </button>
        <span class="lr-toolbar-title" aria-hidden="true">
          {article?.siteName ?? ''}
        </span>
        <button
          ref={aaRef}
          type="button"
          class="lr-button"
          aria-label={t('readingSettings')}
          title={t('readingSettings')}
          aria-expanded={panelOpen}
          aria-controls={PANEL_ID}
          onClick={() => (panelOpen ? closePanel() : setPanelOpen(true))}
        >
          <span aria-hidden="true">Aa</span>
        </button>
      </div>

      <section class="lr-panel" id={PANEL_ID} aria-labelledby={`${PANEL_ID}-title`} hidden={!panelOpen}>
        <h2 id={`${PANEL_ID}-title`}>{t('readingSettings')}</h2>
        <SettingsControls settings={settings} onChange={change} t={t} idPrefix="lr" translationNote={translationNote} />
        <SiteControls settings={settings} t={t} />
      </section>

      {/* Focusable so the article scrolls from the keyboard even where it has no link to land on. */}
      <div class="lr-scroller" tabIndex={0}>
        <main class="lr-main">
          {article ? (
            <>
              <TranslationBar
                view={translation.view}
                target={settings.translateTo}
                t={t}
                onDownload={translation.download}
                onToggleOriginal={translation.toggleOriginal}
              />
              <ArticleView article={article} t={t} uiLang={uiLang} titleId={TITLE_ID} contentRef={contentRef} />
            </>
          ) : (
            <div class="lr-empty">
              <p id="lr-empty-msg" role="status">
                {t('noArticle')}
              </p>
              <button type="button" class="lr-button" onClick={onClose}>
                {t('closeReader')}
              </button>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
