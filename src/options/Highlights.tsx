import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { matchesSearch, type HighlightsLibrary, type Library } from '../highlights/library';
import type { ArticleHighlights, HighlightWriteResult } from '../highlights/types';

interface Props {
  library: HighlightsLibrary;
  t: Translate;
  /** the interface language: dates and the search's case folding follow it */
  uiLang: string;
  announce(message: string): void;
}

/** Every article's highlights as storage holds them now: read again on each change from any tab. */
function useLibrary(library: HighlightsLibrary): Library | null {
  const [shown, setShown] = useState<Library | null>(null);
  useEffect(() => {
    let current = true;
    let seq = 0;
    const read = (): void => {
      const mine = ++seq;
      // Only the newest read is shown: two quick changes may answer out of order.
      void library.list().then(
        (read) => {
          if (current && mine === seq) setShown(read);
        },
        () => {
          if (current && mine === seq) setShown({ articles: [], invalid: 0 });
        },
      );
    };
    const stop = library.subscribe(read);
    read();
    return () => {
      current = false;
      stop();
    };
  }, [library]);
  return shown;
}

function writeError(result: HighlightWriteResult, t: Translate): string | null {
  if (result.ok) return null;
  return result.error === 'storage-full' ? t('highlightsListStorageFull') : t('highlightsListFailed');
}

interface ArticleRowProps {
  article: ArticleHighlights;
  t: Translate;
  date: Intl.DateTimeFormat;
  onDelete(article: ArticleHighlights): void;
}

function ArticleRow({ article, t, date, onDelete }: ArticleRowProps) {
  const title = article.title.trim() || article.url;
  const when = new Date(article.updated);
  return (
    <li class="lo-highlight-article">
      <a href={article.url} target="_blank" rel="noopener noreferrer" class="lo-highlight-title">
        {title}
      </a>
      <p class="lr-hint lo-highlight-meta">
        <span>{article.site || new URL(article.url).hostname}</span>
        <span>{t('highlightsListUpdated', { date: date.format(when) })}</span>
        <span>{t('highlightsListCount', { count: article.highlights.length })}</span>
      </p>
      <button type="button" class="lr-button" aria-label={t('highlightsListDeleteArticle', { title })} onClick={() => onDelete(article)}>
        {t('highlightsListDelete')}
      </button>
    </li>
  );
}

/**
 * Every article with highlights: searchable, each opening its article, each deletable with a
 * way back. A delete says so in the status line, with Undo next to it, focused, so a keyboard or
 * screen reader user lands on the way back rather than on the next article's button.
 */
export function Highlights({ library, t, uiLang, announce }: Props) {
  const shown = useLibrary(library);
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<ArticleHighlights | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const date = useMemo(() => new Intl.DateTimeFormat(uiLang, { dateStyle: 'medium' }), [uiLang]);

  const articles = useMemo(() => (shown?.articles ?? []).filter((article) => matchesSearch(article, query, uiLang)), [shown, query, uiLang]);

  useEffect(() => {
    if (deleted !== null) undoRef.current?.focus();
  }, [deleted]);

  const onDelete = (article: ArticleHighlights): void => {
    void library.remove(article).then((result) => {
      const error = writeError(result, t);
      if (error !== null) {
        announce(error);
        return;
      }
      setDeleted(article);
    });
  };

  const onUndo = (): void => {
    if (deleted === null) return;
    const article = deleted;
    void library.merge(article).then((result) => {
      const error = writeError(result, t);
      if (error !== null) {
        announce(error);
        return;
      }
      setDeleted(null);
      announce(t('highlightsListRestored', { title: article.title.trim() || article.url }));
    });
  };

  if (shown === null) return null;
  const searching = query.trim() !== '';

  return (
    <div class="lr-controls lo-highlights">
      {shown.invalid > 0 && <p class="lr-hint">{t('highlightsListUnreadable', { count: shown.invalid })}</p>}
      {deleted !== null && (
        <p class="lo-undo" role="status">
          <span>{t('highlightsListDeleted', { title: deleted.title.trim() || deleted.url })}</span>{' '}
          <button ref={undoRef} type="button" class="lr-button" onClick={onUndo}>
            {t('highlightsListUndo')}
          </button>
        </p>
      )}
      {shown.articles.length === 0 ? (
        <p class="lr-hint">{t('highlightsListEmpty')}</p>
      ) : (
        <>
          <div class="lr-field">
            <label for="opt-highlights-search">{t('highlightsListSearch')}</label>
            <input
              id="opt-highlights-search"
              class="lr-select"
              type="search"
              autocomplete="off"
              value={query}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </div>
          <p class="lr-hint" role="status" aria-live="polite">
            {searching ? (articles.length === 0 ? t('highlightsListNoMatch') : t('highlightsListResults', { count: articles.length })) : ''}
          </p>
          <ul class="lo-highlight-list" aria-labelledby="lo-highlights">
            {articles.map((article) => (
              <ArticleRow key={article.url} article={article} t={t} date={date} onDelete={onDelete} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
