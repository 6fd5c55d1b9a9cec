import type { StorageAreaLike } from '../settings/store';
import { highlightsKey } from './articleKey';
import type { ArticleHighlights, ArticleInfo, Highlight, HighlightChange, HighlightWriteResult } from './types';
import { HIGHLIGHTS_VERSION, LIMITS, newer, readArticleItem, uniqueById } from './validate';

/**
 * The one way highlights are written: read the article's item, validate it, apply the change,
 * write it back (or remove it when no highlight is left). A read-modify-write of one item is
 * only safe one at a time, so each article has a queue: two tabs' changes sent in the same tick
 * reach the one background and are applied one after the other, and both land.
 */

/** The change applied to an item (null: none). The same item back means nothing changed. */
export function applyChange(item: ArticleHighlights | null, change: HighlightChange, info: ArticleInfo, now: number): ArticleHighlights | null {
  switch (change.kind) {
    case 'remove-article':
      return null;
    case 'remove': {
      if (item === null || !item.highlights.some((highlight) => highlight.id === change.id)) return item;
      const highlights = item.highlights.filter((highlight) => highlight.id !== change.id);
      return highlights.length === 0 ? null : { ...item, updated: now, highlights };
    }
    case 'put': {
      const previous = item?.highlights ?? [];
      const at = previous.findIndex((highlight) => highlight.id === change.highlight.id);
      const highlights = at === -1 ? [...previous, change.highlight] : previous.map((highlight, i) => (i === at ? change.highlight : highlight));
      // The tab's newest title and site name win: the options page lists the article by them.
      return { version: HIGHLIGHTS_VERSION, url: info.url, title: info.title, site: info.site, updated: now, highlights };
    }
  }
}

/** An imported article's highlights joined with the stored ones: one per id, the copy changed last wins. */
export function mergeItems(stored: ArticleHighlights | null, incoming: ArticleHighlights): ArticleHighlights {
  if (stored === null) return incoming;
  const byId = new Map<string, Highlight>(stored.highlights.map((highlight) => [highlight.id, highlight]));
  for (const highlight of incoming.highlights) {
    const mine = byId.get(highlight.id);
    byId.set(highlight.id, mine === undefined ? highlight : newer(mine, highlight));
  }
  const latest = incoming.updated > stored.updated ? incoming : stored;
  return { ...latest, version: HIGHLIGHTS_VERSION, url: stored.url, updated: Math.max(stored.updated, incoming.updated), highlights: uniqueById([...byId.values()]) };
}

/**
 * Whether a rejected write means the area is full. Chromium rejects with an Error whose message
 * names the quota ("QUOTA_BYTES quota exceeded"); Firefox, whose storage.local is IndexedDB,
 * with a `QuotaExceededError` DOMException (legacy code 22, or NS_ERROR_DOM_QUOTA_REACHED) or
 * an Error carrying its message ("…exceeded its quota…").
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return typeof error === 'string' && /quota/i.test(error);
  try {
    const { name, message, code } = error as { name?: unknown; message?: unknown; code?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22) return true;
    return typeof message === 'string' && /quota|QuotaExceededError|NS_ERROR_DOM_QUOTA_REACHED/i.test(message);
  } catch {
    return false;
  }
}

/** Runs a task while no other context runs one under the same name (the Web Locks API). */
export type Exclusive = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const inThisContextOnly: Exclusive = (_name, task) => task();

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/**
 * The browser's locks for the extension's origin: the background and the options page are both
 * of it, so the options page's import cannot interleave with the background writing the same
 * article. Where the API is missing, each context's own queue is what there is.
 */
export function extensionLocks(): Exclusive {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks === undefined) return inThisContextOnly;
  return (name, task) => locks.request(name, task);
}

export interface HighlightWriter {
  /** A tab's change to its article (info: the article as the tab describes it). */
  change(info: ArticleInfo, change: HighlightChange): Promise<HighlightWriteResult>;
  /** An imported article: joined with what is stored, never duplicating a highlight. */
  merge(item: ArticleHighlights): Promise<HighlightWriteResult>;
}

export function createHighlightWriter(area: StorageAreaLike, exclusive: Exclusive = inThisContextOnly, now: () => number = Date.now): HighlightWriter {
  const queues = new Map<string, Promise<unknown>>();

  function enqueue(key: string, task: () => Promise<HighlightWriteResult>): Promise<HighlightWriteResult> {
    const locked = (): Promise<HighlightWriteResult> => exclusive(`lucid-reader:${key}`, task);
    const run = (queues.get(key) ?? Promise.resolve()).then(locked, locked);
    const tail = run.catch(() => undefined);
    queues.set(key, tail);
    // The map keeps only articles with writes still pending.
    void tail.then(() => {
      if (queues.get(key) === tail) queues.delete(key);
    });
    return run;
  }

  async function update(address: string, next: (stored: ArticleHighlights | null) => ArticleHighlights | null): Promise<HighlightWriteResult> {
    const key = highlightsKey(address);
    let stored: ArticleHighlights | null;
    try {
      stored = readArticleItem((await area.get(key))[key], address).item;
    } catch {
      return { ok: false, error: 'failed' };
    }
    const item = next(stored);
    if (item === stored) return { ok: true, item };
    if (item !== null && item.highlights.length > LIMITS.perArticle) return { ok: false, error: 'invalid' };
    try {
      if (item === null) await area.remove(key);
      else await area.set({ [key]: item });
    } catch (error) {
      // A refused set leaves the item as it was: every highlight it had stays.
      return { ok: false, error: isQuotaError(error) ? 'storage-full' : 'failed' };
    }
    return { ok: true, item };
  }

  return {
    change(info, change) {
      return enqueue(highlightsKey(info.url), () => update(info.url, (stored) => applyChange(stored, change, info, now())));
    },
    merge(item) {
      return enqueue(highlightsKey(item.url), () => update(item.url, (stored) => mergeItems(stored, item)));
    },
  };
}
