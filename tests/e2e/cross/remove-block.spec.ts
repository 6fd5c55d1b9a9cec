import { test, expect, openedReader, NEWSX_ARTICLE } from '../support/cross';
import type { Tab } from '../support/driver';
import { en } from '../../../src/i18n/messages/en';

// Remove a block (issue #24): by the pointer's tools and by the keyboard, and back with undo. A host off the
// auto-open list, so only the toolbar opens the reader here.
const HOST = 'www.example-daily.org';
const SECOND = 'According to reports, Putin also insisted';
const FIRST = 'Soon after Russian and American diplomats met';

/** The text of the article's paragraphs a person sees (a removed one has no box). */
const shownParagraphs = (tab: Tab) =>
  tab.inReader((root) =>
    Array.from(root.querySelectorAll<HTMLElement>('.lr-content p'))
      .filter((p) => p.getClientRects().length > 0 && p.closest('.lr-removed') === null)
      .map((p) => p.innerText.trim()),
  );
const shows = async (tab: Tab, start: string): Promise<boolean> => ((await shownParagraphs(tab)) ?? []).some((p) => p.startsWith(start));
const notice = (tab: Tab) => tab.inReader((root) => root.querySelector('.lr-block-notice')?.textContent ?? '');
const focusedText = (tab: Tab) => tab.inReader((root) => (root.activeElement as HTMLElement | null)?.innerText?.slice(0, 60) ?? null);

async function openArticle(tab: Tab, url: string, clickToolbar: (tab: Tab) => Promise<void>): Promise<void> {
  await tab.goto(url);
  await clickToolbar(tab);
  await openedReader(tab);
}

test.afterEach(async ({ driver }) => {
  await driver.clearStorage();
});

test('a paragraph removed with the pointer is gone, and undo brings it back', async ({ tab, server, driver }) => {
  await openArticle(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), (t) => driver.clickToolbar(t));
  expect(await shows(tab, SECOND)).toBe(true);
  // The pointer on a paragraph offers its tools.
  await tab.clickInReader('.lr-content p:nth-of-type(2)');
  await expect.poll(() => tab.inReader((root) => root.querySelector('.lr-block-tools')?.getAttribute('aria-label') ?? null)).toBe(en.blockTools.replace('{kind}', en.blockParagraph));
  await tab.clickInReader('.lr-block-remove');
  await expect.poll(() => shows(tab, SECOND), { message: 'the paragraph is gone' }).toBe(false);
  expect(await shows(tab, FIRST)).toBe(true);
  expect(await notice(tab)).toContain(en.blockRemoved.replace('{kind}', en.blockParagraph));
  await tab.clickInReader('.lr-block-notice button');
  await expect.poll(() => shows(tab, SECOND), { message: 'undo brings it back' }).toBe(true);
});

test('by the keyboard: Tab reaches the blocks once, the arrows move, Delete removes, Ctrl+Z brings back', async ({ tab, server, driver }) => {
  await openArticle(tab, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), (t) => driver.clickToolbar(t));
  // Focus starts at the title; the next stop is the article's blocks (the first, a figure).
  await tab.press('Tab');
  await expect.poll(() => tab.inReader((root) => root.activeElement?.localName ?? null)).toBe('figure');
  await tab.press('ArrowDown');
  await expect.poll(() => focusedText(tab)).toMatch(new RegExp(`^${FIRST}`));
  // Its tools are offered too, by the keyboard as by the pointer.
  await expect.poll(() => tab.inReader((root) => root.querySelector('.lr-block-tools') !== null)).toBe(true);
  await tab.press('Delete');
  await expect.poll(() => shows(tab, FIRST), { message: 'Delete removes the block with focus' }).toBe(false);
  // Focus goes on to the next block.
  await expect.poll(() => focusedText(tab)).toMatch(new RegExp(`^${SECOND}`));
  await tab.press('Control+z');
  await expect.poll(() => shows(tab, FIRST), { message: 'Ctrl+Z brings it back' }).toBe(true);
  // One stop for all the blocks: Tab leaves them.
  await tab.press('Tab');
  expect(await tab.inReader((root) => root.activeElement?.closest('.lr-content > * > p, .lr-content > p') === null)).toBe(true);
});
