/**
 * Site rules in storage (issue 24): one item per site, validated rule by rule, versioned,
 * size-limited, in storage.sync with storage.local as the fallback.
 */
import { describe, expect, it } from 'vitest';
import { createSiteRulesStore, type SiteRulesStoreDeps } from '../../../src/siteRules/store';
import type { BlockDescriptor, SiteRule, SiteRuleError, SiteRulesStore } from '../../../src/siteRules/types';
import { isSpecificBlock, MAX_ITEM_BYTES, MAX_RULES_PER_SITE, MAX_TOTAL_BYTES, SITE_RULES_VERSION } from '../../../src/siteRules/validate';
import { FakeArea, FakeBus } from '../settings/fakeStorage';

/** browser.storage's area, `get(null)` included. */
class Area extends FakeArea {
  override async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    return super.get(keys ?? Object.keys(this.data));
  }
}

const PROMO: BlockDescriptor = { tag: 'p', classes: ['also-read'], landmark: 'article', position: 'inside' };
const LEAD: BlockDescriptor = { tag: 'figure', classes: ['lead-image'], landmark: 'article', position: 'before' };
const PLAIN_P: BlockDescriptor = { tag: 'p', classes: [], landmark: 'article', position: 'inside' };

function setup(options: { sync?: boolean } = {}): { store: SiteRulesStore; sync: Area; local: Area; bus: FakeBus; deps: SiteRulesStoreDeps } {
  const bus = new FakeBus();
  const sync = new Area('sync', bus);
  const local = new Area('local', bus);
  let n = 0;
  const deps: SiteRulesStoreDeps = { sync: options.sync === false ? undefined : sync, local, onChanged: bus.onChanged, newId: () => `r${++n}`, now: () => 1_700_000_000_000 + n };
  return { store: createSiteRulesStore(deps), sync, local, bus, deps };
}

async function added(store: SiteRulesStore, site: string, action: 'remove' | 'keep', block: BlockDescriptor): Promise<SiteRule> {
  const result = await store.add(site, action, block);
  if (!result.ok) throw new Error(result.error);
  return result.rule;
}

const errorOf = async (promise: Promise<{ ok: boolean; error?: SiteRuleError }>): Promise<SiteRuleError | undefined> => (await promise).error;

describe('site rules store', () => {
  it('adds, loads per site, lists every site, removes', async () => {
    const { store, sync } = setup();
    const remove = await added(store, 'newsx.com', 'remove', LEAD);
    const keep = await added(store, 'newsx.com', 'keep', PROMO);
    await added(store, 'bbc.co.uk', 'keep', PROMO);
    expect(await store.load('newsx.com')).toEqual([remove, keep]);
    expect(remove).toMatchObject({ site: 'newsx.com', action: 'remove', block: LEAD });
    // one item per site, the site in the key and not in each rule
    expect(Object.keys(sync.data).sort()).toEqual(['siteRules.bbc.co.uk', 'siteRules.newsx.com']);
    expect(sync.data['siteRules.newsx.com']).toEqual({ version: SITE_RULES_VERSION, rules: [{ id: remove.id, action: 'remove', block: LEAD, created: remove.created }, { id: keep.id, action: 'keep', block: PROMO, created: keep.created }] });
    expect((await store.list()).map((r) => `${r.site} ${r.action}`)).toEqual(['bbc.co.uk keep', 'newsx.com remove', 'newsx.com keep']);
    await store.remove('newsx.com', remove.id);
    expect(await store.load('newsx.com')).toEqual([keep]);
    await store.remove('newsx.com', keep.id);
    expect(sync.data['siteRules.newsx.com']).toBeUndefined();
    expect(await store.load('newsx.com')).toEqual([]);
  });

  it('gives the same block one rule: the last action wins (keep after remove undoes it)', async () => {
    const { store } = setup();
    const first = await added(store, 'newsx.com', 'remove', LEAD);
    const second = await added(store, 'newsx.com', 'keep', { ...LEAD, classes: [...LEAD.classes] });
    expect(second.id).toBe(first.id);
    expect(await store.load('newsx.com')).toEqual([second]);
    expect(second.action).toBe('keep');
  });

  it('refuses a remove rule that would take every paragraph, and anything not of the stored shape', async () => {
    const { store, sync } = setup();
    expect(isSpecificBlock(PLAIN_P)).toBe(false);
    expect(isSpecificBlock(LEAD)).toBe(true);
    expect(isSpecificBlock({ ...PLAIN_P, tag: 'figure' })).toBe(true);
    expect(await errorOf(store.add('newsx.com', 'remove', PLAIN_P))).toBe('tooBroad');
    expect((await store.add('newsx.com', 'keep', PLAIN_P)).ok).toBe(true);
    expect(await errorOf(store.add('www.NewsX.com.', 'remove', LEAD))).toBe('invalid');
    expect(await errorOf(store.add('newsx.com', 'drop' as 'remove', LEAD))).toBe('invalid');
    expect(await errorOf(store.add('newsx.com', 'remove', { ...LEAD, landmark: 'body' as 'main' }))).toBe('invalid');
    expect(await errorOf(store.add('newsx.com', 'remove', { ...LEAD, classes: ['a b'] }))).toBe('invalid');
    expect(await errorOf(store.add('newsx.com', 'remove', { ...LEAD, tag: '<script>' }))).toBe('invalid');
    expect(await errorOf(store.add('newsx.com', 'remove', null as unknown as BlockDescriptor))).toBe('invalid');
    expect(Object.keys(sync.data)).toEqual(['siteRules.newsx.com']);
  });

  it('reads stored rules one by one: bad ones are dropped, never a crash', async () => {
    const { store, sync } = setup();
    const good = { id: 'a1', action: 'remove', block: LEAD, created: 5 };
    sync.data['siteRules.newsx.com'] = {
      version: 1,
      rules: [good, null, 'x', { ...good, id: 'a2', action: 'hide' }, { ...good, id: 'a3', block: { ...LEAD, position: 'below' } }, { ...good, id: 'a4', created: -1 }, { ...good, id: 'bad id!' }, { ...good, id: 'a1', block: PROMO }, { ...good, id: 'a5' }, { id: 'a6', action: 'keep', block: { ...PROMO, classes: ['z', 'also-read', 'z'] }, created: 6 }],
    };
    sync.data['siteRules.bbc.co.uk'] = 'not an item';
    sync.data['siteRules.NOT A SITE'] = { version: 1, rules: [good] };
    sync.data['siteRules.cnn.com'] = { version: 1, rules: { 0: good } };
    const rules = await store.load('newsx.com');
    // a1 first of its id; a5 the same block as a1; classes come back unique and sorted
    expect(rules.map((r) => r.id)).toEqual(['a1', 'a6']);
    expect(rules[1]?.block.classes).toEqual(['also-read', 'z']);
    expect(await store.load('bbc.co.uk')).toEqual([]);
    expect(await store.load('NOT A SITE')).toEqual([]);
    expect((await store.list()).map((r) => r.id)).toEqual(['a1', 'a6']);
  });

  it('migrates a version 0 item (the bare list) and leaves a newer version untouched', async () => {
    const { store, sync } = setup();
    sync.data['siteRules.newsx.com'] = [{ id: 'old', action: 'keep', block: PROMO, created: 1 }];
    expect(await store.load('newsx.com')).toEqual([{ id: 'old', site: 'newsx.com', action: 'keep', block: PROMO, created: 1 }]);
    await added(store, 'newsx.com', 'remove', LEAD);
    expect(sync.data['siteRules.newsx.com']).toMatchObject({ version: SITE_RULES_VERSION, rules: [{ id: 'old' }, { block: LEAD }] });

    const newer = { version: SITE_RULES_VERSION + 1, rules: [{ id: 'n1', action: 'keep', block: PROMO, created: 1, colour: 'red' }], more: true };
    sync.data['siteRules.bbc.co.uk'] = structuredClone(newer);
    expect((await store.load('bbc.co.uk')).map((r) => r.id)).toEqual(['n1']);
    expect(await errorOf(store.add('bbc.co.uk', 'remove', LEAD))).toBe('newerVersion');
    await store.remove('bbc.co.uk', 'n1');
    expect(sync.data['siteRules.bbc.co.uk']).toEqual(newer);
  });

  it(`holds at most ${MAX_RULES_PER_SITE} rules and ${MAX_ITEM_BYTES} bytes a site, ${MAX_TOTAL_BYTES} in all`, async () => {
    const { store, sync } = setup();
    const block = (i: number): BlockDescriptor => ({ tag: 'div', classes: [`box-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`], landmark: 'article', position: 'inside' });
    for (let i = 0; i < MAX_RULES_PER_SITE; i++) await added(store, 'newsx.com', 'remove', block(i));
    expect(await errorOf(store.add('newsx.com', 'remove', block(MAX_RULES_PER_SITE)))).toBe('full');
    expect(await store.load('newsx.com')).toHaveLength(MAX_RULES_PER_SITE);
    // the same block again is a change, not one more
    expect((await store.add('newsx.com', 'keep', block(0))).ok).toBe(true);
    const bytes = (key: string) => new TextEncoder().encode(key + JSON.stringify(sync.data[key])).length;
    expect(bytes('siteRules.newsx.com')).toBeLessThanOrEqual(MAX_ITEM_BYTES);

    // long class tokens reach the byte limit before the count
    const long = (i: number): BlockDescriptor => ({ tag: 'div', classes: Array.from({ length: 8 }, (_, k) => `${'x'.repeat(36)}-${String.fromCharCode(97 + i)}${k}`), landmark: 'article', position: 'inside' });
    let made = 0;
    while ((await store.add('bbc.co.uk', 'remove', long(made))).ok) made++;
    expect(made).toBeLessThan(MAX_RULES_PER_SITE);
    expect(bytes('siteRules.bbc.co.uk')).toBeLessThanOrEqual(MAX_ITEM_BYTES);

    // all sites together
    for (const key of Object.keys(sync.data)) delete sync.data[key];
    let sites = 0;
    for (; sites < 100; sites++) {
      const site = `site${String.fromCharCode(97 + (sites % 26))}${String.fromCharCode(97 + Math.floor(sites / 26))}.com`;
      let ok = true;
      for (let i = 0; i < 26 && ok; i++) ok = (await store.add(site, 'remove', long(i))).ok;
      if (!ok) break;
    }
    const total = Object.keys(sync.data).reduce((n, key) => n + bytes(key), 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_BYTES);
    expect(sites).toBeLessThan(100);
  });

  it('falls back to storage.local where sync refuses or is missing, and back to sync once it takes it', async () => {
    const { store, sync, local } = setup();
    sync.failWrites = true;
    const rule = await added(store, 'newsx.com', 'keep', PROMO);
    expect(sync.data['siteRules.newsx.com']).toBeUndefined();
    expect(local.data['siteRules.newsx.com']).toBeDefined();
    expect(await store.load('newsx.com')).toEqual([rule]);
    sync.failWrites = false;
    await added(store, 'newsx.com', 'remove', LEAD);
    expect(local.data['siteRules.newsx.com']).toBeUndefined();
    expect(await store.load('newsx.com')).toHaveLength(2);

    const noSync = setup({ sync: false });
    await added(noSync.store, 'newsx.com', 'keep', PROMO);
    expect(Object.keys(noSync.local.data)).toEqual(['siteRules.newsx.com']);
    expect(await noSync.store.list()).toHaveLength(1);
  });

  it("two contexts' writes to the same site at once both land; two sites never touch each other's item", async () => {
    const { deps, sync } = setup();
    let n = 100;
    const other = createSiteRulesStore({ ...deps, newId: () => `o${++n}` });
    const mine = createSiteRulesStore(deps);
    await Promise.all([mine.add('newsx.com', 'remove', LEAD), other.add('newsx.com', 'keep', PROMO), other.add('bbc.co.uk', 'keep', PROMO)]);
    expect((await mine.load('newsx.com')).map((r) => r.action).sort()).toEqual(['keep', 'remove']);
    expect(Object.keys(sync.data).sort()).toEqual(['siteRules.bbc.co.uk', 'siteRules.newsx.com']);
  });

  it("tells subscribers each changed site's rules, from any context", async () => {
    const { store, deps } = setup();
    const other = createSiteRulesStore(deps);
    const seen: string[] = [];
    const stop = store.subscribe((site, rules) => seen.push(`${site}:${rules.map((r) => r.action).join(',')}`));
    const rule = await added(other, 'newsx.com', 'remove', LEAD);
    await expect.poll(() => seen.at(-1)).toBe('newsx.com:remove');
    await other.remove('newsx.com', rule.id);
    await expect.poll(() => seen.at(-1)).toBe('newsx.com:');
    stop();
    await added(other, 'newsx.com', 'keep', PROMO);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1)).toBe('newsx.com:');
  });
});
