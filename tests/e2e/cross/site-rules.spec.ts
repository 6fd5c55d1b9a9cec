import { test, expect, openedReader, NEWSX_ARTICLE } from '../support/cross';
import type { Tab } from '../support/driver';
import { en } from '../../../src/i18n/messages/en';

// Site rules made in the reader (issue #24): "Always remove this on <site>" and "Keep this on <site>" reach the next
// article of the site; the options page lists the rules and deletes them. "See what was removed" shows the cleaning's
// removals in place. Both articles are the same site's (tests/fixtures/newsx-seed and newsx-seed-2, one template), on a
// host off the auto-open list, so only the toolbar opens the reader here.
const HOST = 'www.example-daily.org';
const SITE = 'example-daily.org';
const SECOND = 'newsx-seed-2';
const SECOND_ARTICLE = 'india/parliament-passes-coastal-shipping-bill-234579';
const SECOND_TITLE = 'Parliament Passes Coastal Shipping Bill After A Twelve-Hour Debate';
const SECOND_CAPTION = 'A cargo ship at berth in a west coast harbour';
const SECOND_PROMO = 'ALSO READ: Major Ports Record Their Highest Cargo Volumes In February';
const SHOW_REMOVED = 'button[aria-label^="Show what was removed"]';
const fill = (template: string, params: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

/** The article's text a person sees, what "See what was removed" shows left out. */
const keptText = (tab: Tab) =>
  tab.inReader((root) => {
    const content = root.querySelector<HTMLElement>('.lr-content');
    if (!content) return null;
    const copy = content.cloneNode(true) as HTMLElement;
    for (const el of Array.from(copy.querySelectorAll('.lr-removed, [hidden]'))) el.remove();
    return copy.textContent?.replace(/\s+/g, ' ') ?? '';
  });

interface ShownRemoved {
  label: string | null;
  text: string;
  /** the text of the kept block it is shown after */
  after: string;
  border: string;
  keep: string | null;
}
const shownRemoved = (tab: Tab) =>
  tab.inReader((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.lr-content .lr-removed')).map(
      (box): ShownRemoved => {
        let before = box.previousElementSibling;
        while (before?.classList.contains('lr-removed')) before = before.previousElementSibling;
        return {
          label: box.getAttribute('aria-label'),
          text: (box.querySelector('.lr-removed-body')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          after: (before?.textContent ?? '').trim().slice(0, 40),
          border: getComputedStyle(box).borderTopStyle,
          keep: box.querySelector('button')?.getAttribute('data-lr-keep') ?? null,
        };
      },
    ),
  );

async function openArticle(tab: Tab, url: string, title: string | undefined, clickToolbar: (tab: Tab) => Promise<void>): Promise<void> {
  await tab.goto(url);
  await clickToolbar(tab);
  await openedReader(tab, title);
}

test.afterEach(async ({ driver }) => {
  await driver.clearStorage();
});

test('"Always remove this on <site>" leaves the block out of the next article; deleting the rule on the options page brings it back', async ({ tab, server, driver }) => {
  const open = (slug: string, path: string, title?: string) => openArticle(tab, server.url(HOST, slug, path), title, (t) => driver.clickToolbar(t));
  await open(SECOND, SECOND_ARTICLE, SECOND_TITLE);
  expect(await keptText(tab)).toContain(SECOND_CAPTION);

  await open('newsx-seed', NEWSX_ARTICLE);
  // The lead picture: the first block, where Tab stops in the article.
  await tab.press('Tab');
  await expect.poll(() => tab.inReader((root) => root.activeElement?.localName ?? null)).toBe('figure');
  await expect.poll(() => tab.inReader((root) => root.querySelector('.lr-block-always')?.textContent ?? null)).toBe(fill(en.blockAlwaysRemove, { site: SITE }));
  await tab.clickInReader('.lr-block-always');
  await expect.poll(() => tab.inReader((root) => root.querySelector('.lr-content figure')?.getClientRects().length ?? 0)).toBe(0);
  await expect
    .poll(() => tab.inReader((root) => root.querySelector('.lr-block-notice')?.textContent ?? ''))
    .toContain(fill(en.blockRemovedAlways, { kind: en.blockFigure, site: SITE }));

  await open(SECOND, SECOND_ARTICLE, SECOND_TITLE);
  expect(await keptText(tab), 'the next article of the site comes without its lead picture').not.toContain(SECOND_CAPTION);
  // What the rule took is among what was removed, and says so.
  await tab.clickInReader(SHOW_REMOVED);
  await expect.poll(async () => (await shownRemoved(tab))?.find((r) => r.text.includes(SECOND_CAPTION))?.label ?? null).toBe(fill(en.removedBlockLabel, { reason: en.removedRule }));

  const options = await driver.openOptions();
  const rules = () => options.evaluate(() => Array.from(document.querySelectorAll('.lo-site-rule')).map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
  await expect.poll(rules, { message: 'the rule is listed on the options page' }).toEqual([expect.stringContaining(en.siteRuleRemove)]);
  expect((await rules())[0]).toContain('<figure class="lead-image">');
  expect(await options.evaluate(() => document.querySelector('.lo-site-rules-site h3')?.textContent)).toBe(SITE);
  await options.click(`.lo-site-rule button[aria-label="${fill(en.siteRuleDelete, { kind: en.blockFigure, site: SITE })}"]`);
  await expect.poll(rules, { message: 'deleting takes it off the list' }).toEqual([]);
  await options.close();

  await open(SECOND, SECOND_ARTICLE, SECOND_TITLE);
  expect(await keptText(tab), 'without the rule the picture is back').toContain(SECOND_CAPTION);
});

test('"See what was removed" shows the ad labels and the promo in place, marked; "Keep this on <site>" keeps the promo in the next article', async ({ tab, server, driver }) => {
  const open = (slug: string, path: string, title?: string) => openArticle(tab, server.url(HOST, slug, path), title, (t) => driver.clickToolbar(t));
  await open(SECOND, SECOND_ARTICLE, SECOND_TITLE);
  expect(await keptText(tab)).not.toContain('ALSO READ');

  await open('newsx-seed', NEWSX_ARTICLE);
  expect(await shownRemoved(tab)).toEqual([]);
  await tab.clickInReader(SHOW_REMOVED);
  await expect.poll(() => tab.inReader((root, sel) => root.querySelector(sel)?.getAttribute('aria-pressed') ?? null, SHOW_REMOVED)).toBe('true');
  await expect.poll(async () => (await shownRemoved(tab))?.length ?? 0).toBeGreaterThan(2);
  const shown = (await shownRemoved(tab)) ?? [];
  const ads = shown.filter((r) => r.text === 'Advertisement · Scroll to continue');
  expect(ads.length, 'the ad labels in the story').toBeGreaterThanOrEqual(2);
  for (const ad of ads) expect(ad.label).toBe(fill(en.removedBlockLabel, { reason: en.removedAdvertising }));
  // In place: each after the paragraph it followed in the page.
  expect(ads.map((ad) => ad.after)).toEqual(expect.arrayContaining([expect.stringMatching(/^Soon after Russian/), expect.stringMatching(/^Putin’s remarks came/)]));
  const promo = shown.find((r) => r.text.startsWith('ALSO READ:'));
  expect(promo).toMatchObject({ label: fill(en.removedBlockLabel, { reason: en.removedPromotion }), after: expect.stringMatching(/^In retaliation, the Russian/), border: 'dashed' });
  // Shown apart from the story: what a person sees of the story itself is unchanged.
  expect(await keptText(tab)).not.toContain('ALSO READ');

  await tab.clickInReader(`button[data-lr-keep="${promo?.keep}"]`);
  await expect.poll(() => tab.inReader((root, at) => root.querySelector(`button[data-lr-keep="${at}"]`)?.textContent ?? null, promo?.keep)).toBe(fill(en.removedKept, { site: SITE }));

  await tab.clickInReader(SHOW_REMOVED);
  await expect.poll(async () => (await shownRemoved(tab))?.length ?? -1, { message: 'the toggle hides them again' }).toBe(0);

  await open(SECOND, SECOND_ARTICLE, SECOND_TITLE);
  expect(await keptText(tab), 'the next article of the site keeps its promo').toContain(SECOND_PROMO);
});
