import axe, { type AxeResults } from 'axe-core';
import type { Locator, Page } from '@playwright/test';
import { test, expect, inReader, readerCount, readerDialog } from './support/test';
import { clearStorage, optionsUrl, storeRawSettings } from './support/settings';

const HOST = 'www.example-daily.org';
// A long read with four sections, a figure, a list and a quote.
const LONG_READ = ['long-read-sections', 'features/2025/06/02/the-last-keepers-of-the-skerrow-light'] as const;
const SHOTS = 'test-results/reader-tools';

/**
 * Opens the reader by the toolbar button. Under load Chromium now and then refuses the activeTab
 * grant of a click twice in a row (the "×" badge goes up on an ordinary page): a person clicks
 * again, and so does this, up to three times; what is tested comes after.
 */
async function openReader(page: Page, url: string, open: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(url);
  for (let attempt = 0; attempt < 3; attempt++) {
    await open(page);
    if (await readerCount(page)) break;
  }
  await expect(readerDialog(page)).toBeVisible();
}

/**
 * Each match's innerText, one by one: allInnerTexts() resolves its selector in the page's main
 * world, where the reader's engine has no roots (they live in Playwright's utility world only).
 */
async function innerTexts(locator: Locator): Promise<string[]> {
  const texts: string[] = [];
  for (let i = 0, n = await locator.count(); i < n; i++) texts.push(await locator.nth(i).innerText());
  return texts;
}

const focusedText = (page: Page) =>
  inReader(page, (root) => {
    const active = root.activeElement;
    return active ? `${active.tagName}:${active.textContent?.trim()}` : null;
  });

/** Whether the element is inside the scroller's visible box. */
const inView = (page: Page, index: number) =>
  inReader(page, (root, i) => {
    const heading = root.querySelectorAll('.lr-content h2, .lr-content h3, .lr-content h4')[i];
    const box = root.querySelector('.lr-scroller')?.getBoundingClientRect();
    const rect = heading?.getBoundingClientRect();
    return !!box && !!rect && rect.top >= box.top && rect.bottom <= box.bottom;
  }, index);

test.beforeEach(async ({ extension }) => {
  await storeRawSettings(await extension.serviceWorker(), { version: 3, autoOpen: false });
});
test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

test('the outline jumps to a heading and back, by keyboard, and marks the section being read', async ({ page, server, extension }) => {
  await openReader(page, server.url(HOST, ...LONG_READ), (p) => extension.clickToolbar(p));
  const dialog = readerDialog(page);
  const nav = dialog.getByRole('navigation', { name: 'Contents' });
  await expect(nav).toBeVisible();
  const links = nav.getByRole('link');
  const names = await innerTexts(links);
  expect(names.length).toBeGreaterThanOrEqual(3);
  const headings = dialog.locator('.lr-content').getByRole('heading');
  expect(await innerTexts(headings)).toEqual(names);
  await page.screenshot({ path: `${SHOTS}/outline-open.png` });

  // T goes to the outline; arrows walk it; Enter jumps.
  await page.keyboard.press('t');
  await expect.poll(() => focusedText(page)).toBe(`A:${names[0]}`);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(`H2:${names[2]}`);
  expect(await inView(page, 2)).toBe(true);
  await expect(links.nth(2)).toHaveAttribute('aria-current', 'location');

  // And back: T returns to the outline at the section now read, from where another jump goes up.
  await page.keyboard.press('t');
  await expect.poll(() => focusedText(page)).toBe(`A:${names[2]}`);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedText(page)).toBe(`H2:${names[1]}`);
  expect(await inView(page, 1)).toBe(true);
  await expect(links.nth(1)).toHaveAttribute('aria-current', 'location');

  // Collapsible from the toolbar.
  const toggle = dialog.getByRole('button', { name: 'Contents' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(nav).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('on a narrow window the outline starts collapsed, opens over the text and closes on a jump', async ({ page, server, extension }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await openReader(page, server.url(HOST, ...LONG_READ), (p) => extension.clickToolbar(p));
  const dialog = readerDialog(page);
  const toggle = dialog.getByRole('button', { name: 'Contents' });
  const nav = dialog.getByRole('navigation', { name: 'Contents' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await toggle.click();
  await expect(nav).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/outline-narrow.png` });
  await nav.getByRole('link').nth(3).click();
  await expect(nav).toBeHidden();
  await expect.poll(() => focusedText(page)).toBe('H2:Keeping the records alive');
  expect(await inView(page, 3)).toBe(true);
});

test('reading progress has a value in words, with the time left, and follows scrolling', async ({ page, server, extension }) => {
  await openReader(page, server.url(HOST, ...LONG_READ), (p) => extension.clickToolbar(p));
  const bar = readerDialog(page).getByRole('progressbar', { name: 'Reading progress' });
  await expect(bar).toHaveAttribute('aria-valuenow', '0');
  await expect(bar).toHaveAttribute('aria-valuetext', /^0% read, \d+ min left$/);
  await readerDialog(page).locator('.lr-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(bar).toHaveAttribute('aria-valuenow', '100');
  await expect(bar).toHaveAttribute('aria-valuetext', '100% read, Finished');
});

test('printing while the reader is open prints the article alone', async ({ page, server, extension }) => {
  await storeRawSettings(await extension.serviceWorker(), { version: 3, autoOpen: false, theme: 'dark', fontSize: 24 });
  const url = server.url(HOST, ...LONG_READ);
  await openReader(page, url, (p) => extension.clickToolbar(p));
  const dialog = readerDialog(page);
  await expect(dialog.getByRole('button', { name: 'Print' })).toBeVisible();
  const title = await dialog.getByRole('heading', { level: 1 }).innerText();

  await page.emulateMedia({ media: 'print' });
  // The page's own content leaves the layout; the reader flows as a document.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).display)).toBe('none');
  await expect.poll(() => inReader(page, (root) => getComputedStyle(root.host).position)).toBe('static');
  await page.screenshot({ path: `${SHOTS}/print.png`, fullPage: true });

  for (const name of ['Close reader view', 'Read aloud', 'Print', 'Reading settings']) {
    await expect(dialog.getByRole('button', { name }), name).toBeHidden();
  }
  await expect(dialog.getByRole('navigation')).toBeHidden();
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(dialog.locator('.lr-byline')).toBeVisible();
  await expect(dialog.locator('.lr-print-source')).toHaveText(`Source ${url}`);
  await expect(dialog.locator('.lr-content img').first()).toBeVisible();
  const look = await dialog.locator('.lr-article').evaluate((el) => {
    const style = getComputedStyle(el);
    return { size: style.fontSize, color: style.color, background: getComputedStyle(el.closest('.lr-dialog') as Element).backgroundColor };
  });
  // Black on white whatever the theme, at the reader's font size.
  expect(look).toEqual({ size: '24px', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });

  // A PDF of it runs over several pages rather than one clipped screen.
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(1);

  await page.emulateMedia({ media: 'screen' });
  await expect.poll(() => page.evaluate(() => document.body.style.display)).toBe('');
  await expect(dialog.getByRole('button', { name: 'Print' })).toBeVisible();
});

test('in Arabic the outline and the progress start on the right', async ({ page, server, extension }) => {
  await storeRawSettings(await extension.serviceWorker(), { version: 3, autoOpen: false, uiLanguage: 'ar' });
  await openReader(page, server.url(HOST, ...LONG_READ), (p) => extension.clickToolbar(p));
  const dialog = readerDialog(page);
  await expect(dialog).toHaveAttribute('dir', 'rtl');
  const nav = await dialog.getByRole('navigation', { name: 'المحتويات' }).boundingBox();
  const scroller = await dialog.locator('.lr-scroller').boundingBox();
  expect(nav && scroller && nav.x > scroller.x).toBe(true);
  await dialog.locator('.lr-scroller').evaluate((el) => el.scrollTo({ top: el.scrollHeight / 3 }));
  const track = await dialog.getByRole('progressbar').boundingBox();
  const fill = await dialog.locator('.lr-progress-fill').boundingBox();
  expect(track && fill && fill.width > 0 && Math.abs(fill.x + fill.width - (track.x + track.width)) < 1).toBe(true);
  await page.screenshot({ path: `${SHOTS}/outline-rtl.png` });
});

test('speed and pitch set on the options page are the reader’s, through the settings module', async ({ page, server, extension }) => {
  await page.goto(optionsUrl(extension.id));
  const speed = page.getByRole('slider', { name: 'Speed' });
  await expect(speed).toHaveValue('1');
  await speed.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(speed).toHaveAttribute('aria-valuetext', '1.2×');
  await page.getByRole('slider', { name: 'Pitch' }).focus();
  await page.keyboard.press('ArrowLeft');
  // No voices in this browser: the voice list says so rather than offering nothing.
  await expect(page.getByRole('combobox', { name: 'Voice' })).toBeDisabled();
  await expect(page.getByText('This browser has no voice that reads this language (English) aloud.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/options-read-aloud.png`, fullPage: true });

  const reader = await extension.context.newPage();
  await openReader(reader, server.url(HOST, ...LONG_READ), (p) => extension.clickToolbar(p));
  const dialog = readerDialog(reader);
  await dialog.getByRole('button', { name: 'Reading settings' }).click();
  await expect(dialog.getByRole('slider', { name: 'Speed' })).toHaveValue('1.2');
  await expect(dialog.getByRole('slider', { name: 'Pitch' })).toHaveValue('0.9');
  const stored = await (await extension.serviceWorker()).evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } };
    // One storage item per setting (src/settings/store.ts).
    const all = await chrome.storage.sync.get(null as unknown as string);
    return { speechRate: all['settings.speechRate'], speechPitch: all['settings.speechPitch'] };
  });
  expect(stored).toMatchObject({ speechRate: 1.2, speechPitch: 0.9 });
  await reader.close();
});

for (const theme of ['light', 'dark', 'sepia', 'black'] as const) {
  test(`axe finds nothing serious with the outline, progress, read-aloud message and panel open (${theme})`, async ({ page, server, extension }) => {
    await storeRawSettings(await extension.serviceWorker(), { version: 3, autoOpen: false, theme });
    await openReader(page, server.url(HOST, ...LONG_READ), (p) => extension.clickToolbar(p));
    const dialog = readerDialog(page);
    await expect(dialog.getByRole('navigation', { name: 'Contents' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Read aloud' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('#lr-speech-problem')).toBeVisible();
    await dialog.getByRole('button', { name: 'Reading settings' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Voice' })).toBeVisible();
    // The reader's root is closed, out of reach of AxeBuilder's include(): axe is handed the dialog.
    await page.evaluate(axe.source);
    const result = await inReader(page, async (root) => {
      type Axe = { setup(node: Node): void; runPartial(context: unknown, options: unknown): Promise<unknown>; finishRun(partials: unknown[], options: unknown): Promise<AxeResults> };
      const run = (window as unknown as { axe: Axe }).axe;
      const dialog = root.querySelector('dialog');
      if (!dialog) return null;
      const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] };
      // run() builds its tree from the document, where the closed root is not (see cross/a11y.spec.ts).
      run.setup(dialog);
      return run.finishRun([await run.runPartial(dialog, options)], options);
    });
    expect(result).not.toBeNull();
    const serious = (result?.violations ?? [])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(serious).toEqual([]);
  });
}
