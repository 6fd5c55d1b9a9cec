import type { Translate } from '../../i18n';

interface Props {
  url: string;
  t: Translate;
  /** asks the background to open the next page in reader view; without it the link is a plain one */
  open?: ((url: string) => Promise<boolean>) | undefined;
}

/**
 * The article goes on on another page: a link at the end of the reader that opens it in
 * reader view. The background navigates the tab and opens the reader there; if it cannot be
 * reached, the link still goes to the page, as any link would.
 */
export function NextPageLink({ url, t, open }: Props) {
  const onClick = (event: MouseEvent): void => {
    if (!open || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(url).then(
      (opened) => {
        if (!opened) location.assign(url);
      },
      () => location.assign(url),
    );
  };
  return (
    <nav class="lr-next-page" aria-label={t('nextPage')}>
      <a class="lr-button lr-next-link" href={url} onClick={onClick} rel="next">
        {t('nextPage')} <span aria-hidden="true">→</span>
      </a>
    </nav>
  );
}
