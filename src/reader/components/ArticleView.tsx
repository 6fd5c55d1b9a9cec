import type { RefObject } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import type { ExtractedArticle } from '../../extract';
import { dirOf, type Translate } from '../../i18n';
import { followTextDirection } from '../textDirection';
import { useArticleParts } from '../useArticleParts';
import { formatArticleDate } from '../articleDate';

interface Props {
  article: ExtractedArticle;
  t: Translate;
  uiLang: string;
  /** id of the title, which labels the dialog */
  titleId: string;
  /** the reader's title is the page's only h1; a preview inside another page sits lower */
  titleLevel?: 1 | 3;
  /** the body element, for translation to work on */
  contentRef?: RefObject<HTMLDivElement>;
  /** the page's address: shown on paper only, where there is no address bar */
  sourceUrl?: string;
  /** the whole body is in (a long one comes in parts: useArticleParts) */
  onContentComplete?: (parts: number) => void;
}

/** The article as the reader shows it: site, the one h1, byline/date/time, then the sanitized body. */
export function ArticleView({ article, t, uiLang, titleId, titleLevel = 1, contentRef, sourceUrl, onContentComplete }: Props) {
  const date = formatArticleDate(article.displayDate, uiLang);
  const Title = titleLevel === 1 ? 'h1' : 'h3';
  // The text's own script, not only the page's declared direction, decides how it runs.
  const directions = useMemo(() => followTextDirection(article, document), [article]);
  const ownRef = useRef<HTMLDivElement>(null);
  const bodyRef = contentRef ?? ownRef;
  const firstPart = useArticleParts(article, directions.blocks, bodyRef, onContentComplete);
  return (
    <article class="lr-article" lang={article.lang ?? undefined} dir={directions.dir} aria-labelledby={titleId}>
      <header>
        {article.siteName && <p class="lr-site">{article.siteName}</p>}
        <Title class="lr-title" id={titleId} tabIndex={-1} dir={directions.titleDir === directions.dir ? undefined : directions.titleDir}>
          {article.title}
        </Title>
        {/* The line speaks the interface language; the byline inside it is the article's. */}
        <p class="lr-meta" lang={uiLang} dir={dirOf(uiLang)}>
          {article.byline && (
            <span class="lr-byline">
              <bdi lang={article.lang ?? undefined}>{article.byline}</bdi>
            </span>
          )}
          {date && <span>{date}</span>}
          <span class="lr-reading-time">{t('readingTime', { count: article.readingTimeMinutes })}</span>
        </p>
        {sourceUrl && (
          <p class="lr-print-source" lang={uiLang} dir={dirOf(uiLang)}>
            <span class="lr-print-label">{t('printSource')}</span> <bdi dir="ltr">{sourceUrl}</bdi>
          </p>
        )}
      </header>
      {/* contentHtml comes out of DOMPurify in the extraction pipeline. */}
      <div class="lr-content" ref={bodyRef} dangerouslySetInnerHTML={{ __html: firstPart }} />
    </article>
  );
}
