import type { Translate } from '../../i18n';
import type { Highlighting } from './useHighlighting';

/**
 * What happened, said politely (with "Undo" after a delete), and a storage failure as an
 * alert. Both regions are always there, empty when quiet (never hidden): a region shown with
 * its text already in it is not announced by every screen reader.
 */
export function HighlightNotices({ hl, t }: { hl: Highlighting; t: Translate }) {
  const { notice, alert } = hl.model;
  return (
    <div class="lr-hl-notices">
      <div role="status" class="lr-hl-notice">
        {notice && (
          <p key={notice.n}>
            {notice.text}
            {notice.undo && (
              <>
                {' '}
                <button type="button" class="lr-button" onClick={hl.model.undo}>
                  {t('highlightUndo')}
                </button>
              </>
            )}
          </p>
        )}
      </div>
      <div role="alert" class="lr-hl-notice lr-hl-alert">
        {alert && (
          <p>
            {alert}{' '}
            <button type="button" class="lr-button" onClick={hl.model.dismissAlert}>
              {t('highlightDismiss')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
