import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Translate } from '../i18n';
import { findMatchingDomain, matchPatternsFor } from '../settings/domains';
import { siteDomain } from '../settings/publicSuffix';
import type { Settings, SettingsPatch } from '../settings/schema';
import { hasSiteAccess } from '../shared/siteAccess';
import { accessReleasable, addSitePatch, listedForAutoOpen } from '../settings/sitePolicy';

interface Props {
  settings: Settings;
  save(patch: SettingsPatch): Promise<unknown>;
  t: Translate;
  announce(message: string): void;
}

/**
 * Listed domains the browser does not let the extension read (access withheld or never granted),
 * and a way to look again at once.
 */
function useDomainsWithoutAccess(domains: readonly string[]): [ReadonlySet<string>, () => void] {
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const refresh = (): void => setGeneration((n) => n + 1);
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  useEffect(() => {
    let current = true;
    void Promise.all(
      domains.map(async (domain) => ((await hasSiteAccess(domain)) ? null : domain)),
    ).then((list) => {
      if (current) setMissing(new Set(list.filter((domain): domain is string => domain !== null)));
    });
    return () => {
      current = false;
    };
  }, [domains, generation]);
  return [missing, () => setGeneration((n) => n + 1)];
}

/** A site to add, handed over in the address (#add=example.com) by the overlay's "Always open" button. */
function handedOverSite(): string {
  const match = /^#add=([^&]*)$/.exec(location.hash);
  if (!match?.[1]) return '';
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return '';
  }
}

interface SiteListProps {
  id: string;
  title: string;
  domains: readonly string[];
  /** A line under the entry (why it does not work), with a button to put it right if onFix is given. */
  note?(domain: string): string | null;
  onFix?(domain: string): void;
  onRemove(domain: string): void;
  t: Translate;
}

function SiteList({ id, title, domains, note, onFix, onRemove, t }: SiteListProps) {
  return (
    <div class="lo-sites">
      <h3 id={id}>{title}</h3>
      {domains.length === 0 ? (
        <p class="lr-hint">{t('noSites')}</p>
      ) : (
        <ul aria-labelledby={id}>
          {domains.map((domain) => {
            const text = note?.(domain) ?? null;
            return (
              <li key={domain}>
                <span class="lo-site-name">{domain}</span>
                <button type="button" class="lr-button" aria-label={t('removeSite', { domain })} title={t('removeSite', { domain })} onClick={() => onRemove(domain)}>
                  <span aria-hidden="true">×</span>
                </button>
                {text !== null && (
                  <p class="lr-hint lo-site-note">
                    {text}{' '}
                    {onFix && (
                      <button type="button" class="lr-button" onClick={() => onFix(domain)}>
                        {t('grantAccess', { domain })}
                      </button>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** The automatic-opening switch and the two site lists, with adding that asks for host access. */
export function Sites({ settings, save, t, announce }: Props) {
  const [draft, setDraft] = useState(handedOverSite);
  const inputRef = useRef<HTMLInputElement>(null);
  const [missing, recheckAccess] = useDomainsWithoutAccess(settings.autoOpenDomains);

  useEffect(() => {
    if (draft === '') return;
    inputRef.current?.scrollIntoView({ block: 'center' });
    inputRef.current?.focus();
  }, []);

  /**
   * Asks again for a listed site's access: sites imported from a file or synced from another
   * device, access withdrawn in the browser or declined in Firefox. Called straight from the
   * click, as the browser honours the request only during it.
   */
  const grantAccess = (domain: string, onGranted?: () => void): void => {
    void browser.permissions.request({ origins: matchPatternsFor(domain) }).then(
      (granted) => {
        announce(t(granted ? 'siteAdded' : 'permissionDenied', { domain }));
        if (!granted) return;
        onGranted?.();
        recheckAccess();
      },
      () => announce(t('permissionDenied', { domain })),
    );
  };

  const onSubmit = (event: Event): void => {
    event.preventDefault();
    // What is typed names a site: news.bbc.co.uk adds bbc.co.uk, and co.uk adds nothing.
    const domain = siteDomain(draft);
    if (domain === null) {
      announce(t('invalidDomain'));
      return;
    }
    if (listedForAutoOpen(settings, domain)) {
      // Listed, by itself or by the site it belongs to; adding it again is how one asks for the
      // access that entry still lacks.
      const entry = findMatchingDomain(domain, settings.autoOpenDomains);
      if (entry !== null && missing.has(entry)) grantAccess(entry, () => setDraft(''));
      else announce(t('siteAlreadyListed', { domain }));
      return;
    }
    // Asked before anything else is awaited: the browser honours the request only during the click.
    void browser.permissions.request({ origins: matchPatternsFor(domain) }).then(
      async (granted) => {
        if (!granted) {
          announce(t('permissionDenied', { domain }));
          return;
        }
        await save(addSitePatch(settings, domain));
        setDraft('');
        announce(t('siteAdded', { domain }));
      },
      () => announce(t('permissionDenied', { domain })),
    );
  };

  const removeListed = async (domain: string): Promise<void> => {
    const autoOpenDomains = settings.autoOpenDomains.filter((entry) => entry !== domain);
    await save({ autoOpenDomains });
    announce(t('siteRemoved', { domain }));
    // Give back access that was asked for. The browser refuses for the shipped list (declared in
    // the manifest), which is fine: the detection script is unregistered either way.
    if (accessReleasable(domain, autoOpenDomains)) {
      await browser.permissions.remove({ origins: matchPatternsFor(domain) }).catch(() => false);
    }
  };

  const removeNever = async (domain: string): Promise<void> => {
    await save({ neverOpenDomains: settings.neverOpenDomains.filter((entry) => entry !== domain) });
    announce(t('siteRemoved', { domain }));
  };

  return (
    <div class="lr-controls">
      <label class="lo-check">
        <input type="checkbox" checked={settings.autoOpen} onChange={(event) => void save({ autoOpen: event.currentTarget.checked })} />
        <span>{t('autoOpen')}</span>
      </label>

      <form class="lr-field" onSubmit={onSubmit} noValidate>
        <label for="opt-site">{t('siteInputLabel')}</label>
        <div class="lo-add-site">
          <input
            ref={inputRef}
            id="opt-site"
            class="lr-select"
            type="text"
            inputMode="url"
            autocomplete="off"
            spellcheck={false}
            aria-describedby="opt-site-hint"
            value={draft}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit" class="lr-button">
            {t('addSite')}
          </button>
        </div>
        <p id="opt-site-hint" class="lr-hint">
          {t('siteInputHint')}
        </p>
      </form>

      <SiteList
        id="opt-news-sites"
        title={t('newsSites')}
        domains={settings.autoOpenDomains}
        note={(domain) => (missing.has(domain) ? t('permissionDenied', { domain }) : null)}
        onFix={(domain) => grantAccess(domain)}
        onRemove={(domain) => void removeListed(domain)}
        t={t}
      />
      <SiteList id="opt-never-sites" title={t('neverOpenSites')} domains={settings.neverOpenDomains} onRemove={(domain) => void removeNever(domain)} t={t} />
    </div>
  );
}
