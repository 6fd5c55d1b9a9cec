import type { Translate } from '../../i18n';

export const READING_MSG_ID = 'lr-reading-msg';

/**
 * What the reader shows while the extension reads a big page: a live status that says so, and
 * an indeterminate progress bar labelled by it (there is no honest percentage to give).
 */
export function PageReading({ t }: { t: Translate }) {
  return (
    <div class="lr-empty" role="status">
      <p id={READING_MSG_ID}>{t('readingPage')}</p>
      <progress aria-labelledby={READING_MSG_ID} />
    </div>
  );
}
