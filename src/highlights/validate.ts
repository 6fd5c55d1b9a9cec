import { isPlainRecord, readOwn } from '../settings/validate';
import { MAX_ADDRESS_LENGTH, normaliseAddress } from './articleKey';
import { HIGHLIGHT_COLOURS, type ArticleHighlights, type ArticleInfo, type Highlight, type HighlightChange, type HighlightColour } from './types';

/**
 * What storage (or a message, or an import file) holds, turned into valid highlights. Each
 * highlight is checked on its own: a hand-edited or truncated item shows what is still valid
 * and counts the rest, and nothing here ever throws (getters, Proxies, `__proto__` keys).
 */

export const HIGHLIGHTS_VERSION = 1;

export const LIMITS = Object.freeze({
  id: 64,
  exact: 20_000,
  context: 64,
  note: 10_000,
  title: 1_000,
  site: 200,
  /** highlights in one article: far past any reading, short of a runaway loop */
  perArticle: 5_000,
});

type StoredRecord = Record<string, unknown>;
type Migration = (previous: StoredRecord) => StoredRecord;

/** MIGRATIONS[n] turns a version-n item into a version-(n+1) item (none yet: version 1 is the first). */
const MIGRATIONS: Readonly<Record<number, Migration>> = Object.freeze({});

function upgradeItem(record: StoredRecord): StoredRecord {
  const stored = readOwn(record, 'version');
  // An item without a version is taken as the first; a newer one is read as current: what we understand survives.
  let version = typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
  let upgraded = record;
  try {
    for (; version < HIGHLIGHTS_VERSION; version++) {
      const step = MIGRATIONS[version];
      if (step === undefined) break;
      upgraded = step(upgraded);
    }
  } catch {
    // A broken old item: what validates from where we got to is kept.
  }
  return upgraded;
}

function text(value: unknown, max: number, allowEmpty = true): string | undefined {
  return typeof value === 'string' && value.length <= max && (allowEmpty || value.length > 0) ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function time(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function colour(value: unknown): HighlightColour | undefined {
  return typeof value === 'string' && (HIGHLIGHT_COLOURS as readonly string[]).includes(value) ? (value as HighlightColour) : undefined;
}

/**
 * One highlight, or null. `strict` is for changes a tab sends: every field must be right. A
 * stored one with a colour this version does not know (a newer version's) keeps its words and
 * its note in yellow rather than being lost.
 */
export function readHighlight(raw: unknown, strict: boolean): Highlight | null {
  if (!isPlainRecord(raw)) return null;
  const quote = readOwn(raw, 'quote');
  const position = readOwn(raw, 'position');
  if (!isPlainRecord(quote) || !isPlainRecord(position)) return null;
  const id = text(readOwn(raw, 'id'), LIMITS.id, false);
  const exact = text(readOwn(quote, 'exact'), LIMITS.exact, false);
  const prefix = text(readOwn(quote, 'prefix'), LIMITS.context);
  const suffix = text(readOwn(quote, 'suffix'), LIMITS.context);
  const start = count(readOwn(position, 'start'));
  const end = count(readOwn(position, 'end'));
  const note = text(readOwn(raw, 'note'), LIMITS.note);
  const created = time(readOwn(raw, 'created'));
  const updated = time(readOwn(raw, 'updated'));
  const known = colour(readOwn(raw, 'colour'));
  const shade = known ?? (strict ? undefined : 'yellow');
  if (
    id === undefined ||
    exact === undefined ||
    prefix === undefined ||
    suffix === undefined ||
    start === undefined ||
    end === undefined ||
    end < start ||
    note === undefined ||
    created === undefined ||
    updated === undefined ||
    shade === undefined
  ) {
    return null;
  }
  return {
    id,
    colour: shade,
    quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
    position: { type: 'TextPositionSelector', start, end },
    note,
    created,
    updated,
  };
}

/** The article's address, title and site as a tab describes them; null unless all are right. */
export function readArticleInfo(raw: unknown): ArticleInfo | null {
  if (!isPlainRecord(raw)) return null;
  const url = text(readOwn(raw, 'url'), MAX_ADDRESS_LENGTH, false);
  const title = text(readOwn(raw, 'title'), LIMITS.title);
  const site = text(readOwn(raw, 'site'), LIMITS.site);
  if (url === undefined || normaliseAddress(url) !== url || title === undefined || site === undefined) return null;
  return { url, title, site };
}

/** A change a tab sends, checked strictly: a highlight that is not valid changes nothing. */
export function readChange(raw: unknown): HighlightChange | null {
  if (!isPlainRecord(raw)) return null;
  switch (readOwn(raw, 'kind')) {
    case 'put': {
      const highlight = readHighlight(readOwn(raw, 'highlight'), true);
      return highlight === null ? null : { kind: 'put', highlight };
    }
    case 'remove': {
      const id = text(readOwn(raw, 'id'), LIMITS.id, false);
      return id === undefined ? null : { kind: 'remove', id };
    }
    case 'remove-article':
      return { kind: 'remove-article' };
    default:
      return null;
  }
}

function readList(value: unknown): unknown[] {
  try {
    return Array.isArray(value) ? Array.from(value as unknown[]) : [];
  } catch {
    return []; // a hostile array-like Proxy
  }
}

/** Of two copies of one highlight, the one changed last (the first on a tie: it was there first). */
export function newer(a: Highlight, b: Highlight): Highlight {
  return b.updated > a.updated ? b : a;
}

/** Highlights in order, one per id: the copy changed last wins, in the place of the first. */
export function uniqueById(highlights: readonly Highlight[]): Highlight[] {
  const byId = new Map<string, Highlight>();
  for (const highlight of highlights) {
    const seen = byId.get(highlight.id);
    byId.set(highlight.id, seen === undefined ? highlight : newer(seen, highlight));
  }
  return [...byId.values()];
}

export interface ReadItem {
  /** null when nothing valid is left (or there was no item) */
  item: ArticleHighlights | null;
  /** stored highlights that could not be read (a whole unreadable item counts as one) */
  invalid: number;
}

/**
 * One article's stored item. `address` is the one its key names: an item whose own `url` is
 * missing or wrong still belongs to it, and one naming another address does not move there.
 */
export function readArticleItem(raw: unknown, address?: string): ReadItem {
  if (raw === undefined || raw === null) return { item: null, invalid: 0 };
  if (!isPlainRecord(raw)) return { item: null, invalid: 1 };
  const record = upgradeItem(raw);
  const entries = readList(readOwn(record, 'highlights'));
  const valid: Highlight[] = [];
  let invalid = Array.isArray(readOwn(record, 'highlights')) ? 0 : 1;
  for (const entry of entries.slice(0, LIMITS.perArticle)) {
    const highlight = readHighlight(entry, false);
    if (highlight === null) invalid++;
    else valid.push(highlight);
  }
  invalid += Math.max(0, entries.length - LIMITS.perArticle);
  const highlights = uniqueById(valid);
  const storedUrl = address ?? readOwn(record, 'url');
  const url = typeof storedUrl === 'string' ? normaliseAddress(storedUrl) : null;
  if (highlights.length === 0 || url === null) return { item: null, invalid: invalid + (url === null ? highlights.length : 0) };
  const latest = Math.max(...highlights.map((highlight) => highlight.updated));
  const title = text(readOwn(record, 'title'), LIMITS.title) ?? '';
  const site = text(readOwn(record, 'site'), LIMITS.site) ?? '';
  return {
    item: { version: HIGHLIGHTS_VERSION, url, title, site, updated: time(readOwn(record, 'updated')) ?? latest, highlights },
    invalid,
  };
}
