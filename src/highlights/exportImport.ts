import { isPlainRecord, readOwn } from '../settings/validate';
import type { ArticleHighlights } from './types';
import { readArticleItem } from './validate';
import { mergeItems } from './writer';

/**
 * Highlights in the settings export file: `{ app: 'lucid-reader', version, settings, highlights }`,
 * `highlights` being every article's item as storage holds it. Composed here so that settings/
 * knows nothing of highlights; a file from before highlights (no such field) still imports.
 */
export type HighlightsImport = { ok: true; articles: ArticleHighlights[]; invalid: number } | { ok: false; error: 'importInvalidJson' | 'importNotSettingsFile' };

/** The settings export with the articles' highlights added. */
export function withHighlights(settingsJson: string, articles: readonly ArticleHighlights[]): string {
  const file = JSON.parse(settingsJson) as Record<string, unknown>;
  return `${JSON.stringify({ ...file, highlights: articles }, null, 2)}\n`;
}

/**
 * The highlights of an export file whose settings part was already accepted: each article read
 * item by item (what is valid is imported, the rest counted), one entry per article. A
 * `highlights` field that is not a list is not ours, and nothing is imported.
 */
export function readImportedHighlights(text: string): HighlightsImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'importInvalidJson' };
  }
  if (!isPlainRecord(data)) return { ok: false, error: 'importNotSettingsFile' };
  const field = readOwn(data, 'highlights');
  if (field === undefined) return { ok: true, articles: [], invalid: 0 };
  if (!Array.isArray(field)) return { ok: false, error: 'importNotSettingsFile' };
  const byUrl = new Map<string, ArticleHighlights>();
  let invalid = 0;
  for (const entry of field as unknown[]) {
    const read = readArticleItem(entry);
    invalid += read.invalid;
    if (read.item === null) continue;
    const seen = byUrl.get(read.item.url);
    byUrl.set(read.item.url, seen === undefined ? read.item : mergeItems(seen, read.item));
  }
  return { ok: true, articles: [...byUrl.values()], invalid };
}
