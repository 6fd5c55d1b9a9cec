import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import type { Settings, SettingsPatch } from '../settings/schema';
import type { ListAnswer, SiteAccess } from '../settings/siteAccess';

interface Props {
  settings: Settings;
  save(patch: SettingsPatch): Promise<unknown>;
  /** listing sites and their host access (settings/siteAccess.ts) */
  sites: SiteAccess;
  t: Translate;
  announce(message: string): void;
}

/** What the status line says for each answer. */
function answerText(answer: ListAnswer, t: Translate): string {
  switch (answer.outcome) {
    case 'listed':
      return t('siteAdded', { domain: answer.domain });
    case 'already-listed':
      return t('siteAlreadyListed', { domain: answer.domain });
    case 'removed':
      return t('siteRemoved', { domain: answer.domain });
    case 'refused':
      return t('permissionDenied', { domain: answer.domain });
    case 'not-listable':
      return t('invalidDomain');
  }
}

/**
 * Listed domains the browser does not let the extension read (access withheld or never granted),
 * and a way to look again at once.
 */
function useDomainsWithoutAccess(sites: SiteAccess, domains: readonly string[]): [ReadonlySet<string>, () => void] {
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [generation, setGeneration] = useState(0);
  useEffect(() => sites.onChange(() => setGeneration((n) => n + 1)), [sites]);
  useEffect(() => {
    let current = true;
    void sites.heldAmong(domains).then((held) => {
      if (current) setMissing(new Set(domains.filter((domain) => !held.includes(domain))));
    });
    return () => {
      current = false;
    };
  }, [sites, domains, generation]);
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

/** The automatic-opening switch and the two site lists; adding a site asks for its host access. */
export function Sites({ settings, save, sites, t, announce }: Props) {
  const [draft, setDraft] = useState(handedOverSite);
  const inputRef = useRef<HTMLInputElement>(null);
  const [missing, recheckAccess] = useDomainsWithoutAccess(sites, settings.autoOpenDomains);

  useEffect(() => {
    if (draft === '') return;
    inputRef.current?.scrollIntoView({ block: 'center' });
    inputRef.current?.focus();
  }, []);

  // Each action is started straight from the click: the browser honours a request for access
  // only during it (siteAccess.ts asks before it awaits anything).
  const show = (answer: Promise<ListAnswer>, onListed?: () => void): void => {
    void answer.then((result) => {
      announce(answerText(result, t));
      if (result.outcome !== 'listed') return;
      onListed?.();
      recheckAccess();
    });
  };

  const onSubmit = (event: Event): void => {
    event.preventDefault();
    // What is typed names a site: news.bbc.co.uk adds bbc.co.uk, and co.uk adds nothing.
    show(sites.add(settings, draft, missing), () => setDraft(''));
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
        onFix={(domain) => show(sites.grant(domain))}
        onRemove={(domain) => show(sites.remove(settings, domain))}
        t={t}
      />
      <SiteList id="opt-never-sites" title={t('neverOpenSites')} domains={settings.neverOpenDomains} onRemove={(domain) => show(sites.removeOptOut(settings, domain))} t={t} />
    </div>
  );
}
