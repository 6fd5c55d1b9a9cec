import { useRef } from 'preact/hooks';
import type { Translate } from '../i18n';
import type { Settings } from '../settings/schema';
import { exportSettingsJson, parseSettingsImport } from '../settings/exportImport';
import { listableDomains } from '../settings/publicSuffix';
import type { SettingsStore } from '../settings/store';

interface Props {
  settings: Settings;
  store: Pick<SettingsStore, 'replace' | 'reset'>;
  t: Translate;
  announce(message: string): void;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export, import (validated: a bad file changes nothing and says why) and reset. */
export function Backup({ settings, store, t, announce }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseSettingsImport(await file.text());
    if (!parsed.ok) {
      announce(t(parsed.error));
      return;
    }
    // A file may list public suffixes ("co.uk"), which no site choice could have added.
    const { autoOpenDomains, neverOpenDomains } = parsed.settings;
    const saved = await store.replace({ ...parsed.settings, autoOpenDomains: listableDomains(autoOpenDomains), neverOpenDomains: listableDomains(neverOpenDomains) });
    announce(saved.ok ? t('importSucceeded') : t(saved.error));
  };

  const onReset = async (): Promise<void> => {
    if (!window.confirm(t('resetConfirm'))) return;
    await store.reset();
    announce(t('resetDone'));
  };

  return (
    <div class="lo-actions">
      <button type="button" class="lr-button" onClick={() => download('lucid-reader-settings.json', exportSettingsJson(settings))}>
        {t('exportSettings')}
      </button>
      <button type="button" class="lr-button" onClick={() => fileRef.current?.click()}>
        {t('importSettings')}
      </button>
      <input ref={fileRef} type="file" accept="application/json,.json" hidden aria-hidden="true" tabIndex={-1} onChange={onFile} />
      <button type="button" class="lr-button" onClick={onReset}>
        {t('resetDefaults')}
      </button>
    </div>
  );
}
