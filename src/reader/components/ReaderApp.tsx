import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExtractedArticle } from '../../extract';
import type { Settings } from '../../settings/schema';
import { FONT_SIZE } from '../../settings/schema';
import { clampToRange } from '../../settings/validate';
import type { SettingsStore } from '../../settings/store';
import { dirOf, loadCatalogue, resolveUiLanguage, translatorFor, type Catalogue, type CatalogueLoader } from '../../i18n';
import { typographyVars } from '../typography';
import { ArticleView } from './ArticleView';
import { NextPageLink } from './NextPageLink';
import { PageReading, READING_MSG_ID } from './PageReading';
import { SettingsControls } from './SettingsControls';
import { useSettingsState } from '../useSettingsState';
import { SiteControls } from './SiteControls';
import type { ReaderActions, SiteRulesPort } from '../actions';
import type { HighlightsPort } from '../../highlights/types';
import { CloseIcon, ContentsIcon, PrintIcon } from './icons';
import { ReadAloudControls, speechProblem } from './ReadAloudControls';
import { Outline } from './Outline';
import { ProgressBar, timeLeftText, useScrollFraction } from './ProgressBar';
import { browserSpeechPort, type SpeechPort } from '../speech/port';
import { useReadAloud } from '../speech/useReadAloud';
import { useVoices } from '../speech/useVoices';
import { voicesForLanguage } from '../speech/voices';
import { jumpTo, MIN_OUTLINE_HEADINGS, useOutline } from '../outline/useOutline';
import { TranslationBar, translationMessage } from './TranslationBar';
import { useTranslation } from '../useTranslation';
import { blockedByInsecurePage, getTranslatorFactory } from '../translation';
import { useHighlighting } from '../highlights/useHighlighting';
import { HighlightsButton, HighlightsPanel } from '../highlights/HighlightsPanel';
import { HighlightControl } from '../highlights/HighlightControl';
import { HighlightNotices } from '../highlights/HighlightNotices';
import { SaveMenu } from './SaveMenu';
import { loadConverters } from '../../export/converters';
import { useLineFocus } from '../lineFocus/useLineFocus';
import { LineFocusLayer } from '../lineFocus/LineFocusLayer';
import { useUserStyle } from '../useUserStyle';
import { useBlocks } from '../blocks/useBlocks';
import { typingInField } from '../typingInField';
import { BlockNotices, BlockTools } from '../blocks/BlockTools';
import { RemovedIcon } from './icons';

export interface ReaderAppProps {
  article: ExtractedArticle | null;
  /** the page is still being read: the reader shows progress in place of the article */
  pending?: boolean;
  /** the article's next page, when it is split over several (see extract/pagination.ts) */
  nextPage?: string | null;
  initialSettings: Settings;
  store: Pick<SettingsStore, 'load' | 'save' | 'subscribe'>;
  browserLanguages: readonly string[];
  /** the interface language's catalogue at open (the reader carries none: the background sends it) */
  catalogue: Catalogue;
  /** gets another language's catalogue when the setting changes (none: English) */
  loadMessages?: CatalogueLoader;
  onClose(): void;
  /** the page's address, printed under the title */
  sourceUrl?: string;
  /** the browser's speechSynthesis unless given (tests pass a fake; null: none) */
  speechPort?: SpeechPort | null;
  /** requests to the background; without them (no background listening) there is no site button, and "Next page" is a plain link */
  actions?: ReaderActions;
  /** the article's whole body is in the reader (a long one comes in parts) */
  onContentComplete?: () => void;
  /** the article's highlights and notes (none: the reader offers no highlighting) */
  highlights?: HighlightsPort;
  /** the site's block rules: "Always remove this on <site>", "Keep this on <site>" (none: removal is for this view only) */
  siteRules?: SiteRulesPort;
}

const TITLE_ID = 'lr-title';
const PANEL_ID = 'lr-settings';
const OUTLINE_ID = 'lr-outline';
const SPEECH_PROBLEM_ID = 'lr-speech-problem';
/** Wide enough for the outline beside the text; narrower, it opens over the text when asked for. */
const SIDE_OUTLINE_QUERY = '(min-width: 1000px)';

const wideWindow = (): boolean => globalThis.matchMedia?.(SIDE_OUTLINE_QUERY).matches ?? false;

const noCatalogues: CatalogueLoader = () => Promise.resolve(null);

export function ReaderApp({ article, pending = false, nextPage = null, initialSettings, store, browserLanguages, catalogue: initialCatalogue, loadMessages = noCatalogues, onClose, sourceUrl, speechPort, actions, onContentComplete, highlights, siteRules }: ReaderAppProps) {
  const [settings, change] = useSettingsState(store, initialSettings);
  const [panelOpen, setPanelOpen] = useState(false);
  const [outlineOpen, setOutlineOpen] = useState(wideWindow);
  const [speechNotice, setSpeechNotice] = useState(false);
  const rootRef = useRef<HTMLDialogElement>(null);
  useUserStyle(rootRef, settings.userStyle.css);
  const contentRef = useRef<HTMLDivElement>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const outlineListRef = useRef<HTMLOListElement>(null);
  const aaRef = useRef<HTMLButtonElement>(null);


  const uiLang = resolveUiLanguage(settings.uiLanguage, browserLanguages);
  const [catalogue, setCatalogue] = useState(initialCatalogue);
  // Until another language's catalogue arrives the interface stays in the one it was in.
  useEffect(() => {
    if (catalogue.lang === uiLang) return;
    let current = true;
    void loadCatalogue(uiLang, loadMessages).then((next) => {
      // None to be had: the interface stays in the language it is in.
      if (current && next !== null) setCatalogue(next);
    });
    return () => {
      current = false;
    };
  }, [uiLang, catalogue.lang, loadMessages]);
  const t = useMemo(() => translatorFor(catalogue.lang, catalogue.messages, catalogue.english), [catalogue]);

  // Bumped when a body that came in parts is whole: what was read of it so far must read it all.
  const [bodyGrown, setBodyGrown] = useState(0);
  const translation = useTranslation({ target: settings.translateTo, sourceLang: article?.lang ?? null, contentRef, contentKey: bodyGrown });
  const translationNote = getTranslatorFactory()
    ? translationMessage(translation.view, settings.translateTo, t)
    : t(blockedByInsecurePage() ? 'translationInsecurePage' : 'translationUnavailableApi');
  const hl = useHighlighting({
    port: highlights,
    contentRef,
    scrollerRef,
    article,
    t,
    translation: { target: settings.translateTo, view: translation.view, restartKey: bodyGrown },
  });


  const blocks = useBlocks({ contentRef, scrollerRef, article, t, rules: siteRules, contentKey: bodyGrown, uiLang, arrowsTaken: settings.lineFocus !== 'off' });

  const port = useMemo(() => (speechPort === undefined ? browserSpeechPort() : speechPort), [speechPort]);
  const voices = useVoices(port);
  const readAloud = useReadAloud({
    port,
    elements: () => ({
      title: rootRef.current?.querySelector<HTMLElement>(`#${TITLE_ID}`) ?? null,
      body: contentRef.current,
      scroller: scrollerRef.current,
    }),
    fallbackLang: article?.lang ?? uiLang,
    settings,
    articleKey: article,
  });
  const hasVoice = voicesForLanguage(voices, readAloud.readingLang).length > 0;
  const speechContext = { controls: readAloud, supported: port !== null, hasVoice, t, uiLang };
  const problem = speechProblem(speechContext);
  const speechBlocked = port === null || (!hasVoice && readAloud.state.status !== 'playing');
  const showProblem = problem !== null && (speechNotice || readAloud.state.status === 'no-voice' || readAloud.state.status === 'failed');
  const toggleSpeech = (): void => {
    if (speechBlocked) setSpeechNotice(true);
    else readAloud.toggle();
  };

  const lineFocus = useLineFocus({
    setting: settings.lineFocus,
    change,
    scroller: () => scrollerRef.current,
    body: () => contentRef.current,
    speech: readAloud.state,
    t,
    layoutKey: article,
  });

  const outline = useOutline(() => ({ body: contentRef.current, scroller: scrollerRef.current }), article);
  const hasOutline = outline.entries.length >= MIN_OUTLINE_HEADINGS;
  const jumpToSection = (index: number): void => {
    const entry = outline.entries[index];
    if (!entry) return;
    jumpTo(entry, scrollerRef.current);
    // Narrow, the outline covers the text it just brought up.
    if (!wideWindow()) setOutlineOpen(false);
  };
  /** Back to the outline, at the section being read. */
  const focusOutline = (): void => {
    setOutlineOpen(true);
    // Opened in this same event: focus once it has rendered.
    requestAnimationFrame(() => {
      const links = outlineListRef.current?.querySelectorAll<HTMLElement>('a');
      (links?.[Math.max(0, outline.current)] ?? links?.[0])?.focus();
    });
  };

  const fraction = useScrollFraction(
    () => scrollerRef.current,
    () => contentRef.current,
  );

  // Screen readers start at the title; keyboard scrolling works from there too.
  useEffect(() => {
    const root = rootRef.current;
    const heading = root?.querySelector<HTMLElement>(`#${TITLE_ID}`);
    (heading ?? root?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  }, [pending]);

  const closePanel = (): void => {
    setPanelOpen(false);
    aaRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (hl.onKeyDown(event)) return;
    if (blocks.onKeyDown(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (panelOpen) closePanel();
      else onClose();
      return;
    }
    if (typingInField(event) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (lineFocus.onKeyDown(event)) return;
    const key = event.key.toLowerCase();
    if (article && key === 'f') {
      event.preventDefault();
      lineFocus.toggle();
    } else if (article && key === 'k') {
      event.preventDefault();
      toggleSpeech();
    } else if (article && (key === 'j' || key === 'l') && readAloud.state.status !== 'idle') {
      event.preventDefault();
      // J goes back in reading order, which is leftward only in left-to-right text.
      readAloud.skip(key === 'j' ? -1 : 1);
    } else if (hasOutline && key === 't') {
      event.preventDefault();
      focusOutline();
    } else if (event.key === '+' || event.key === '=') {
      event.preventDefault();
      change({ fontSize: clampToRange(settings.fontSize + FONT_SIZE.step, FONT_SIZE) });
    } else if (event.key === '-' || event.key === '_') {
      event.preventDefault();
      change({ fontSize: clampToRange(settings.fontSize - FONT_SIZE.step, FONT_SIZE) });
    }
  };

  return (
    // A <dialog>, opened modal by mount.tsx: the top layer, and the page inert behind it.
    <dialog
      ref={rootRef}
      class="lr-dialog lr-themed"
      aria-modal="true"
      aria-labelledby={pending ? READING_MSG_ID : article ? TITLE_ID : 'lr-empty-msg'}
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
        {article && fraction !== null && (
          <span class="lr-time-left" aria-hidden="true">
            {timeLeftText(t, article.readingTimeMinutes, fraction)}
          </span>
        )}
        {hasOutline && (
          <button
            type="button"
            class="lr-button"
            aria-label={t('contents')}
            title={`${t('contents')} (T)`}
            aria-expanded={outlineOpen}
            aria-controls={OUTLINE_ID}
            onClick={() => setOutlineOpen(!outlineOpen)}
          >
            <ContentsIcon />
          </button>
        )}
        {article && (
          <ReadAloudControls
            {...speechContext}
            controls={{ ...readAloud, toggle: toggleSpeech }}
            problemId={SPEECH_PROBLEM_ID}
            onBlocked={() => setSpeechNotice(true)}
          />
        )}
        {article && (
          <button type="button" class="lr-button" aria-label={t('print')} title={t('print')} onClick={() => globalThis.print()}>
            <PrintIcon />
          </button>
        )}
        {article && actions && (
          <SaveMenu
            article={article}
            settings={settings}
            t={t}
            uiLang={uiLang}
            sourceUrl={sourceUrl}
            body={() => contentRef.current}
            notes={() => new Map(hl.model.found.map((h) => [h.id, h.note]))}
            loadConverters={() => loadConverters(actions.loadConverters)}
          />
        )}
        {article && blocks.removedCount > 0 && (
          <button
            type="button"
            class="lr-button"
            aria-label={t('removedShow', { count: blocks.removedCount })}
            title={t('removedShow', { count: blocks.removedCount })}
            aria-pressed={blocks.removedShown}
            onClick={blocks.toggleRemoved}
          >
            <RemovedIcon />
          </button>
        )}
        {article && hl.model.enabled && <HighlightsButton hl={hl} t={t} onOpen={() => setPanelOpen(false)} />}
        <button
          ref={aaRef}
          type="button"
          class="lr-button"
          aria-label={t('readingSettings')}
          title={t('readingSettings')}
          aria-expanded={panelOpen}
          aria-controls={PANEL_ID}
          onClick={() => {
            hl.setPanelOpen(false);
            if (panelOpen) closePanel();
            else setPanelOpen(true);
          }}
        >
          <span aria-hidden="true">Aa</span>
        </button>
      </div>

      <section class="lr-panel lr-sheet" id={PANEL_ID} aria-labelledby={`${PANEL_ID}-title`} hidden={!panelOpen}>
        <h2 id={`${PANEL_ID}-title`}>{t('readingSettings')}</h2>
        <SettingsControls
          settings={settings}
          onChange={change}
          t={t}
          idPrefix="lr"
          translationNote={translationNote}
          speech={{ voices: port ? voices : null, lang: readAloud.readingLang }}
          uiLang={uiLang}
        />
        {actions && sourceUrl !== undefined && <SiteControls settings={settings} t={t} url={sourceUrl} choose={actions.chooseSite} />}
      </section>
      {article && hl.model.enabled && <HighlightsPanel hl={hl} t={t} />}

      {article && fraction !== null && (
        <ProgressBar fraction={fraction} readingTimeMinutes={article.readingTimeMinutes} t={t} uiLang={uiLang} />
      )}
      {article && (
        <p class="lr-speech-problem" id={SPEECH_PROBLEM_ID} role="status" hidden={!showProblem}>
          {problem}
        </p>
      )}

      <div class="lr-body">
      {hasOutline && (
        <Outline
          id={OUTLINE_ID}
          entries={outline.entries}
          current={outline.current}
          open={outlineOpen}
          t={t}
          onJump={jumpToSection}
          listRef={outlineListRef}
        />
      )}
      {/* Focusable so the article scrolls from the keyboard even where it has no link to land on. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (axe: scrollable-region-focusable) */}
      <div class="lr-scroller" tabIndex={0} ref={scrollerRef}>
        <main class="lr-main">
          {pending ? (
            <PageReading t={t} />
          ) : article ? (
            <>
              <TranslationBar
                view={translation.view}
                target={settings.translateTo}
                t={t}
                onDownload={() => {
                  hl.beforeTranslation();
                  translation.download();
                }}
                onToggleOriginal={() => {
                  hl.beforeTranslation();
                  translation.toggleOriginal();
                }}
              />
              <ArticleView
                article={article}
                t={t}
                uiLang={uiLang}
                titleId={TITLE_ID}
                contentRef={contentRef}
                sourceUrl={sourceUrl}
                onContentComplete={(parts) => {
                  if (parts > 1) setBodyGrown((n) => n + 1);
                  hl.model.contentComplete();
                  onContentComplete?.();
                }}
              />
              {nextPage !== null && <NextPageLink url={nextPage} t={t} open={actions?.openNextPage} />}
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
        {hl.active && <HighlightControl hl={hl} t={t} />}
        {article && <BlockTools blocks={blocks} t={t} />}
        {article && <LineFocusLayer lf={lineFocus} />}
      </div>
      {hl.model.enabled && <HighlightNotices hl={hl} t={t} />}
      {article && <BlockNotices blocks={blocks} t={t} />}
      </div>
    </dialog>
  );
}
