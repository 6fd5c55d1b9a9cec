/**
 * The stored shape of one site's rules, its versions and its limits. Whatever storage holds
 * (another version's item, a hand-edited one, a sync conflict) is read rule by rule: a bad rule
 * is dropped and the others stay; nothing here throws.
 */
import { normalizeDomain } from '../settings/domains';
import { isPlainRecord, readOwn } from '../settings/validate';
import type { BlockDescriptor, BlockLandmark, BlockPosition, SiteRule, SiteRuleAction } from './types';

/**
 * Version 1: `{ version: 1, rules: [{ id, action, block, created }] }` under `siteRules.<site>`.
 * Version 0, read only: the bare list of rules without the envelope.
 */
export const SITE_RULES_VERSION = 1;
const ITEM_PREFIX = 'siteRules.';
/** Rules one site may have. */
export const MAX_RULES_PER_SITE = 40;
/**
 * Bytes of one site's item, key included: storage.sync refuses an item over 8,192 bytes
 * (QUOTA_BYTES_PER_ITEM: the key's length and its value's JSON), so the item fits with room to spare.
 */
export const MAX_ITEM_BYTES = 8000;
/** Bytes of all sites' items together (storage.sync holds 102,400 in all, the settings share it). */
export const MAX_TOTAL_BYTES = 64_000;

const LANDMARKS: readonly BlockLandmark[] = ['main', 'article', 'aside', 'header', 'footer', 'nav', 'section', 'none'];
const POSITIONS: readonly BlockPosition[] = ['before', 'inside', 'after'];
const ACTIONS: readonly SiteRuleAction[] = ['remove', 'keep'];
const MAX_CLASS_TOKENS = 8;
/** An element's local name, custom elements included. */
const TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9._]+)*$/;
const MAX_TAG = 40;
/** A class token as the extraction keeps it (extract/blockDescriptors.ts): no space, at most 40 characters. */
const CLASS_TOKEN = /^[^\s]{1,40}$/;
const ID = /^[A-Za-z0-9_-]{1,40}$/;

export function itemKey(site: string): string {
  return `${ITEM_PREFIX}${site}`;
}

/** The site an item key names, or null for another key or a name that is no domain. */
export function siteOfKey(key: string): string | null {
  if (!key.startsWith(ITEM_PREFIX)) return null;
  const site = key.slice(ITEM_PREFIX.length);
  return isSite(site) ? site : null;
}

/** A site as stored: a domain in its normal form (`bbc.co.uk`, not `WWW.BBC.co.uk.`). */
export function isSite(site: unknown): site is string {
  return typeof site === 'string' && site !== '' && normalizeDomain(site) === site;
}

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/** A block description of the stored shape, or null. Class tokens come back sorted and unique. */
export function readBlock(raw: unknown): BlockDescriptor | null {
  if (!isPlainRecord(raw)) return null;
  const tag = readOwn(raw, 'tag');
  const classes = readOwn(raw, 'classes');
  const landmark = readOwn(raw, 'landmark');
  const position = readOwn(raw, 'position');
  if (typeof tag !== 'string' || tag.length > MAX_TAG || !TAG.test(tag)) return null;
  if (!Array.isArray(classes) || classes.length > MAX_CLASS_TOKENS) return null;
  if (!classes.every((c): c is string => typeof c === 'string' && CLASS_TOKEN.test(c))) return null;
  if (!oneOf(LANDMARKS, landmark) || !oneOf(POSITIONS, position)) return null;
  return { tag, classes: [...new Set(classes)].sort(), landmark, position };
}

/** One stored rule of `site`, or null when any part is not of the stored shape. */
function readRule(raw: unknown, site: string): SiteRule | null {
  if (!isPlainRecord(raw)) return null;
  const id = readOwn(raw, 'id');
  const action = readOwn(raw, 'action');
  const created = readOwn(raw, 'created');
  const block = readBlock(readOwn(raw, 'block'));
  if (typeof id !== 'string' || !ID.test(id) || !oneOf(ACTIONS, action) || block === null) return null;
  if (typeof created !== 'number' || !Number.isFinite(created) || created < 0) return null;
  return { id, site, action, block, created };
}

/** Tags a paragraph of any story may be: a 'remove' rule on one of them needs class tokens. */
const COMMON_TAGS = new Set(['p', 'div', 'span', 'section', 'article', 'main', 'li', 'a', 'em', 'strong', 'b', 'i', 'br', 'body', 'html', 'font', 'center']);

/**
 * A 'remove' rule must not take the story with it: a plain `<p>` inside the article is every
 * paragraph of every story of the site. It needs class tokens, or an element rarer than the
 * ones stories are made of (a figure, a table, an aside, a heading…).
 */
export function isSpecificBlock(block: BlockDescriptor): boolean {
  return block.classes.length > 0 || !COMMON_TAGS.has(block.tag);
}

export function sameBlock(a: BlockDescriptor, b: BlockDescriptor): boolean {
  return a.tag === b.tag && a.landmark === b.landmark && a.position === b.position && a.classes.length === b.classes.length && a.classes.every((c, i) => b.classes[i] === c);
}

export interface StoredItem {
  version: number;
  rules: SiteRule[];
}

/**
 * MIGRATIONS[n] turns a version-n item into a version-(n+1) one (rules not yet validated).
 * 0 → 1: the bare list gets its envelope.
 */
const MIGRATIONS: Readonly<Record<number, (item: unknown) => unknown>> = Object.freeze({
  0: (list: unknown) => ({ version: 1, rules: list }),
});

function versionOf(raw: unknown): number {
  if (Array.isArray(raw)) return 0;
  if (!isPlainRecord(raw)) return -1;
  const version = readOwn(raw, 'version');
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : -1;
}

/**
 * A stored item of any version, migrated and validated: its valid rules (first of each id and of
 * each block, at most MAX_RULES_PER_SITE) and the version it was written in. A newer version's
 * item is read as the current one (what we understand of it), and `version` says to leave it be.
 * Anything else (null, a string, a broken object) is an empty list.
 */
export function readItem(raw: unknown, site: string): StoredItem {
  let version = versionOf(raw);
  if (version < 0) return { version: SITE_RULES_VERSION, rules: [] };
  const writtenIn = version;
  let item: unknown = raw;
  try {
    for (; version < SITE_RULES_VERSION; version++) {
      const step = MIGRATIONS[version];
      if (step === undefined) break;
      item = step(item);
    }
  } catch {
    return { version: SITE_RULES_VERSION, rules: [] };
  }
  const list = isPlainRecord(item) ? readOwn(item, 'rules') : undefined;
  const rules: SiteRule[] = [];
  if (Array.isArray(list)) {
    for (const entry of list) {
      const rule = readRule(entry, site);
      if (rule === null || rules.some((r) => r.id === rule.id || sameBlock(r.block, rule.block))) continue;
      rules.push(rule);
      if (rules.length >= MAX_RULES_PER_SITE) break;
    }
  }
  return { version: writtenIn, rules };
}

/** The item written for `rules` (the site is its key, not repeated in each rule). */
export function toItem(rules: readonly SiteRule[]): { version: number; rules: Omit<SiteRule, 'site'>[] } {
  return { version: SITE_RULES_VERSION, rules: rules.map(({ id, action, block, created }) => ({ id, action, block, created })) };
}

/** The bytes storage.sync counts for an item: its key and its value's JSON, in UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}
