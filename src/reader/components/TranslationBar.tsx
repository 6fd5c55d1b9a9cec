import type { Translate } from '../../i18n';
import { LANGUAGE_NATIVE_NAMES } from '../../i18n';
import type { TranslateTarget } from '../../settings/schema';
import type { TranslationView } from '../useTranslation';

interface Props {
  view: TranslationView;
  target: TranslateTarget;
  t: Translate;
  onDownload(): void;
  onToggleOriginal(): void;
}

/** What translation is doing, in words, for the settings panel and the bar above the article. */
export function translationMessage(view: TranslationView, target: TranslateTarget, t: Translate): string | null {
  const language = target === 'off' ? '' : LANGUAGE_NATIVE_NAMES[target];
  switch (view.kind) {
    case 'off':
      return null;
    case 'unavailable-api':
      return t('translationUnavailableApi');
    case 'unavailable-insecure':
      return t('translationInsecurePage');
    case 'unavailable-pair':
      return t('translationUnavailablePair', { language });
    case 'same-language':
      return t('translationSameLanguage', { language });
    case 'needs-download':
      return t('translationNeedsDownload');
    case 'downloading':
      return t('translationDownloading', { percent: view.percent });
    case 'translating':
      return t('translationProgress', { done: view.done, total: view.total });
    case 'translated':
      return t('translationDone');
    case 'failed':
      return t('translationFailed');
  }
}

export function TranslationBar({ view, target, t, onDownload, onToggleOriginal }: Props) {
  const message = translationMessage(view, target, t);
  if (message === null) return null;
  return (
    <div class="lr-status lr-translation" role="status" aria-live="polite">
      <span>{message}</span>
      {view.kind === 'needs-download' && (
        <button type="button" class="lr-button" onClick={onDownload}>
          {t('translationDownload')}
        </button>
      )}
      {view.kind === 'translated' && (
        <button type="button" class="lr-button" onClick={onToggleOriginal}>
          {t(view.showingOriginal ? 'showTranslation' : 'showOriginal')}
        </button>
      )}
    </div>
  );
}
