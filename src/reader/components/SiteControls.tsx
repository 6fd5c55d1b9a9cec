import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { Settings } from '../../settings/schema';
import { normalizeDomain } from '../../settings/domains';
import { listedForAutoOpen, webHost } from '../../settings/sitePolicy';
import type { ChoiceAnswer, SiteChoice } from '../../settings/siteAccess';
import { SettingsSection } from './SettingsSection';

interface Props {
  settings: Settings;
  t: Translate;
  /** the page's address */
  url: string;
  /** the choice, made by the background for this page (see settings/siteAccess.ts) */
  choose(choice: SiteChoice): Promise<ChoiceAnswer>;
}

/**
 * "Always open articles on this site" or "Don't open automatically on this site", whichever
 * changes something here. One button whose label flips, so focus stays put after a click.
 *
 * The answer shows through the settings (the label flips once the lists change) or, where the
 * site's access is missing ('ask-on-options-page'), in the options page the background opens
 * with the site filled in: a content script cannot ask for host access itself.
 */
export function SiteControls({ settings, t, url, choose }: Props) {
  const [busy, setBusy] = useState(false);
  const host = webHost(url);
  // Local addresses and IPs cannot be listed: nothing to offer there. (The background, which
  // holds the Public Suffix List, refuses hosts under no registrable domain.)
  if (host === null || normalizeDomain(host) === null) return null;
  const choice: SiteChoice = listedForAutoOpen(settings, host) ? 'never' : 'always';

  const onClick = (): void => {
    if (busy) return;
    setBusy(true);
    void choose(choice)
      .catch(() => null)
      .finally(() => setBusy(false));
  };

  return (
    <SettingsSection
      level={3}
      idPrefix="lr"
      section={{
        key: 'sites',
        headingId: 'lr-sites-label',
        title: t('sectionSites'),
        kind: 'region',
        body: (
          <button type="button" class="lr-button" aria-disabled={busy} onClick={onClick}>
            {choice === 'never' ? t('neverOpenHere') : t('alwaysOpenHere')}
          </button>
        ),
      }}
    />
  );
}
