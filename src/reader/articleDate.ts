/**
 * The article's date as the reader shows it, in the interface language; null when it is not a
 * date. The saved files use the same, so a file says what the reader said.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** Made once per language (building one loads the browser's locale data). */
function dateFormat(lang: string, dateOnly: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${dateOnly}`;
  let format = formats.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
    formats.set(key, format);
  }
  return format;
}

export function formatArticleDate(iso: string | null, lang: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  // A bare date is parsed as UTC midnight: shown in local time it would be a day early west of UTC.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim());
  return dateFormat(lang, dateOnly).format(date);
}
