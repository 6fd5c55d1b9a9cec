import { useRef } from 'preact/hooks';
import type { ArticleHighlights } from '../highlights/types';
import type { Translate } from '../i18n';
import type { Settings } from '../settings/schema';
import { exportSettingsJson, parseSettingsImport } from '../settings/exportImport';
import { listableDomains } from '../settings/publicSuffix';
import type { SettingsStore } from '../settings/store';
import { readImportedHighlights, withHighlights } from '../highlights/exportImport';
import type { HighlightsLibrary } from '../highlights/library';
import { rebuiltUserStyle } from '../userStyle/compile';

interface Props {
  settings: Settings;
  store: Pick<SettingsStore, 'replace' | 'reset'>;
  /** every article's highlights: exported with the settings, merged on import */
  highlights: Pick<HighlightsLibrary, 'list' | 'merge'>;
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

/** Imports each article's highlights, joined with what is stored; the answer to announce. */
async function mergeAll(highlights: Props['highlights'], articles: readonly ArticleHighlights[], t: Translate): Promise<string> {
  let merged = 0;
  let full = false;
  let failed = false;
  for (const article of articles) {
    const result = await highlights.merge(article);
    if (result.ok) merged++;
    else if (result.error === 'storage-full') full = true;
    else failed = true;
  }
  const parts = merged > 0 ? [t('highlightsListImported', { count: merged })] : [];
  if (full) parts.push(t('highlightsListStorageFull'));
  else if (failed) parts.push(t('highlightsListFailed'));
  return parts.join(' ');
}

/** Export, import (validated: a bad file changes nothing and says why) and reset. */
export function Backup({ settings, store, highlights, t, announce }: Props) {
  const fileRef = useRef<HTMLInputElement>(null);

  const onFile = async (event: Event): Promise<void> => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    const parsed = parseSettingsImport(text);
    if (!parsed.ok) {
      announce(t(parsed.error));
      return;
    }
    // Both parts are read before anything is written: a file that is not ours changes nothing.
    const imported = readImportedHighlights(text);
    if (!imported.ok) {
      announce(t(imported.error));
      return;
    }
    // A file may list public suffixes ("co.uk"), which no site choice could have added.
    const { autoOpenDomains, neverOpenDomains } = parsed.settings;
    // …and a stylesheet's filtered copy is made again from its source, not taken from the file.
    const userStyle = rebuiltUserStyle(parsed.settings.userStyle);
    const saved = await store.replace({ ...parsed.settings, autoOpenDomains: listableDomains(autoOpenDomains), neverOpenDomains: listableDomains(neverOpenDomains), userStyle });
    if (!saved.ok) {
      announce(t(saved.error));
      return;
    }
    const highlightsAnswer = await mergeAll(highlights, imported.articles, t);
    const unreadable = imported.invalid > 0 ? t('highlightsListUnreadable', { count: imported.invalid }) : '';
    announce([t('importSucceeded'), highlightsAnswer, unreadable].filter(Boolean).join(' '));
  };

  const onExport = async (): Promise<void> => {
    // What cannot be read is not exported: it could not be imported either.
    const { articles } = await highlights.list().catch(() => ({ articles: [] }));
    download('lucid-reader-settings.json', withHighlights(exportSettingsJson(settings), articles));
  };

  const onReset = async (): Promise<void> => {
    if (!window.confirm(t('resetConfirm'))) return;
    await store.reset();
    announce(t('resetDone'));
  };

  return (
    <div class="lo-actions">
      <button type="button" class="lr-button" onClick={() => void onExport()}>
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
