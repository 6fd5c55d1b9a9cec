/**
 * Site rules in storage, one item per site (`siteRules.<site>`): two sites' writes never touch
 * the same item, and a site's item is small enough for storage.sync. As with the settings
 * (settings/store.ts), an item lives in storage.sync and, when sync refuses it (quota, write
 * rate, sync off), in storage.local, where it shadows the sync copy until a write to sync succeeds.
 *
 * Writes read the site's item, change it and write it back. This context's writes run one after
 * another; against another context writing the same site at the same moment, each write reads
 * back what storage holds and, when its change is not there, makes it once more on top.
 */
import type { AddSiteRuleResult, BlockDescriptor, SiteRule, SiteRuleAction, SiteRulesStore } from './types';
import {
  MAX_ITEM_BYTES,
  MAX_RULES_PER_SITE,
  MAX_TOTAL_BYTES,
  SITE_RULES_VERSION,
  isSite,
  isSpecificBlock,
  itemBytes,
  itemKey,
  readBlock,
  readItem,
  sameBlock,
  siteOfKey,
  toItem,
  type StoredItem,
} from './validate';

/** The part of browser.storage.StorageArea the store needs (`get(null)`: everything). */
interface SiteRulesArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

type SiteRulesChanges = Record<string, { newValue?: unknown }>;

export interface SiteRulesStoreDeps {
  /** Absent where storage.sync does not exist. */
  sync?: SiteRulesArea;
  local: SiteRulesArea;
  onChanged: (listener: (changes: SiteRulesChanges, areaName: string) => void) => void;
  /** a new rule's id (default: a random one) */
  newId?: () => string;
  /** the time now, ms since the epoch (default: Date.now) */
  now?: () => number;
}

/** Tries against a concurrent write of the same site from another context. */
const WRITE_ATTEMPTS = 3;

function randomId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

async function readArea(area: SiteRulesArea | undefined, keys: string[] | null): Promise<Record<string, unknown>> {
  if (area === undefined) return {};
  try {
    return await area.get(keys);
  } catch {
    // Unreadable area (sync disabled by policy, say): the other one answers alone.
    return {};
  }
}

type Change = (rules: SiteRule[]) => SiteRule[] | AddSiteRuleResult;

export function createSiteRulesStore(deps: SiteRulesStoreDeps): SiteRulesStore {
  const { sync, local } = deps;
  const newId = deps.newId ?? randomId;
  const now = deps.now ?? Date.now;
  const listeners = new Set<(site: string, rules: SiteRule[]) => void>();
  let listening = false;
  const loadSeq = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readSite(site: string): Promise<StoredItem> {
    const key = itemKey(site);
    const [syncItems, localItems] = await Promise.all([readArea(sync, [key]), readArea(local, [key])]);
    // A local copy exists only while sync refused the newest one.
    return readItem(localItems[key] ?? syncItems[key], site);
  }

  async function readAll(): Promise<Map<string, unknown>> {
    const [syncItems, localItems] = await Promise.all([readArea(sync, null), readArea(local, null)]);
    const items = new Map<string, unknown>();
    for (const source of [syncItems, localItems]) {
      for (const [key, value] of Object.entries(source)) if (siteOfKey(key) !== null) items.set(key, value);
    }
    return items;
  }

  async function write(site: string, rules: SiteRule[]): Promise<void> {
    const key = itemKey(site);
    if (rules.length === 0) {
      await Promise.all([sync?.remove(key), local.remove(key)]);
      return;
    }
    const item = toItem(rules);
    if (sync !== undefined) {
      try {
        await sync.set({ [key]: item });
        // Sync holds it now: an older local copy would shadow it.
        await local.remove(key);
        return;
      } catch {
        // quota, write rate, sync off: local keeps it
      }
    }
    await local.set({ [key]: item });
  }

  /** Read, change, write, and check it stuck (another context may have written the same site). */
  async function change(site: string, apply: Change, holds: (rules: SiteRule[]) => boolean): Promise<AddSiteRuleResult | null> {
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const stored = await readSite(site);
      if (stored.version > SITE_RULES_VERSION) return { ok: false, error: 'newerVersion' };
      const next = apply(stored.rules);
      if (!Array.isArray(next)) return next;
      try {
        await write(site, next);
      } catch {
        return { ok: false, error: 'saveFailed' };
      }
      if (holds((await readSite(site)).rules)) return null;
    }
    return { ok: false, error: 'saveFailed' };
  }

  async function totalBytesWithout(site: string): Promise<number> {
    let total = 0;
    for (const [key, value] of await readAll()) if (key !== itemKey(site)) total += itemBytes(key, value);
    return total;
  }

  function emit(site: string, rules: SiteRule[]): void {
    for (const listener of [...listeners]) {
      try {
        listener(site, rules);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function onStorageChanged(changes: SiteRulesChanges, areaName: string): void {
    if ((areaName !== 'sync' && areaName !== 'local') || listeners.size === 0) return;
    for (const key of Object.keys(changes)) {
      const site = siteOfKey(key);
      if (site === null) continue;
      // Re-read rather than trust newValue: only both areas together say which copy is newest.
      const seq = (loadSeq.get(site) ?? 0) + 1;
      loadSeq.set(site, seq);
      void readSite(site).then(
        ({ rules }) => {
          if (loadSeq.get(site) === seq) emit(site, rules);
        },
        () => undefined,
      );
    }
  }

  return {
    async load(site) {
      if (!isSite(site)) return [];
      return (await readSite(site)).rules;
    },

    async list() {
      const rules: SiteRule[] = [];
      const items = await readAll();
      const sites = [...new Set([...items.keys()].map(siteOfKey))].filter((s): s is string => s !== null).sort();
      for (const site of sites) rules.push(...(await readSite(site)).rules);
      return rules;
    },

    add(site: string, action: SiteRuleAction, rawBlock: BlockDescriptor) {
      return enqueue(async (): Promise<AddSiteRuleResult> => {
        const block = readBlock(rawBlock);
        if (!isSite(site) || block === null || (action !== 'remove' && action !== 'keep')) return { ok: false, error: 'invalid' };
        if (action === 'remove' && !isSpecificBlock(block)) return { ok: false, error: 'tooBroad' };
        const others = await totalBytesWithout(site);
        let made: SiteRule | null = null;
        const failed = await change(
          site,
          (rules) => {
            const same = rules.find((r) => sameBlock(r.block, block));
            // The same block again: its rule takes the new action (a "keep" after a "remove" undoes it).
            made = { id: same?.id ?? newId(), site, action, block, created: now() };
            const rule = made;
            const next = same ? rules.map((r) => (r === same ? rule : r)) : [...rules, rule];
            const bytes = itemBytes(itemKey(site), toItem(next));
            if (next.length > MAX_RULES_PER_SITE || bytes > MAX_ITEM_BYTES || others + bytes > MAX_TOTAL_BYTES) return { ok: false, error: 'full' };
            return next;
          },
          (rules) => rules.some((r) => r.id === made?.id && r.action === action && sameBlock(r.block, block)),
        );
        if (failed) return failed;
        return made ? { ok: true, rule: made } : { ok: false, error: 'saveFailed' };
      });
    },

    remove(site, id) {
      return enqueue(async () => {
        if (!isSite(site)) return;
        await change(
          site,
          (rules) => rules.filter((r) => r.id !== id),
          (rules) => !rules.some((r) => r.id === id),
        );
      });
    },

    subscribe(cb) {
      if (!listening) {
        listening = true;
        deps.onChanged(onStorageChanged);
      }
      listeners.add(cb);
      return () => {
        listeners.delete(cb);
      };
    },
  };
}

