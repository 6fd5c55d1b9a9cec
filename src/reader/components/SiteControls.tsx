import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { Settings } from '../../settings/schema';
import { normalizeDomain } from '../../settings/domains';
import { listedForAutoOpen, webHost } from '../../settings/sitePolicy';
import type { SiteChoice } from '../../shared/messages';

interface Props {
  settings: Settings;
  t: Translate;
  /** the page's address; the live page's by default */
  url?: string;
}

/**
 * "Always open articles on this site" or "Don't open automatically on this site", whichever
 * changes something here. One button whose label flips, so focus stays put after a click.
 */
export function SiteControls({ settings, t, url = location.href }: Props) {
  const [busy, setBusy] = useState(false);
  const host = webHost(url);
  // Local addresses and IPs cannot be listed: nothing to offer there. (The background, which
  // holds the Public Suffix List, refuses hosts under no registrable domain.)
  if (host === null || normalizeDomain(host) === null) return null;
  const choice: SiteChoice = listedForAutoOpen(settings, host) ? 'never' : 'always';

  const choose = (): void => {
    setBusy(true);
    // The background checks host access; without it the options page opens to ask for it.
    // Loaded on use: the extension API module cannot load outside an extension (unit tests render this).
    void import('../../shared/send')
      .then(({ sendToBackground }) => sendToBackground({ type: 'sites:choose', choice }))
      .catch(() => null)
      .finally(() => setBusy(false));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: styled as the panel's other fields; a <fieldset> would add its own border
    <div class="lr-field" role="group" aria-labelledby="lr-sites-label">
      <span class="lr-label" id="lr-sites-label">
        {t('sectionSites')}
      </span>
      <button type="button" class="lr-button" aria-disabled={busy} onClick={() => !busy && choose()}>
        {choice === 'never' ? t('neverOpenHere') : t('alwaysOpenHere')}
      </button>
    </div>
  );
}
