/// <reference types="chrome" />
import type { Locator, Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clearStorage, optionsUrl } from './support/settings';

// Off the auto-open list: the reader opens only when the test clicks.
const HOST = 'www.example-daily.org';
const THEMES = ['auto', 'light', 'sepia', 'dark', 'black'] as const;
const THEME_NAMES: Record<(typeof THEMES)[number], string> = { auto: 'Auto', light: 'Light', sepia: 'Sepia', dark: 'Dark', black: 'Black' };
const ROUNDS = 12;

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

const bodyFontSize = (dialog: Locator) => dialog.locator('.lr-content p').first().evaluate((p) => getComputedStyle(p).fontSize);

function themeRadio(options: Page, theme: (typeof THEMES)[number]): Locator {
  return options.getByRole('group', { name: 'Reading mode' }).getByRole('radio', { name: THEME_NAMES[theme], exact: true });
}

test('two tabs changing settings in the same tick both keep their change, round after round', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  expect(await bodyFontSize(dialog)).toBe('20px');

  const options = await extension.context.newPage();
  await options.goto(optionsUrl(extension.id));
  await themeRadio(options, 'auto').focus();

  // The reader keeps keyboard focus in its dialog; the key goes to whatever inside has it.
  await dialog.locator('h1').focus();
  for (let round = 1; round <= ROUNDS; round++) {
    const theme = THEMES[round % THEMES.length] ?? 'auto';
    // Both key presses leave in the same tick: the reader's `+`, and the next reading mode
    // chosen with the arrow key in the options page's radio group.
    await Promise.all([page.keyboard.press('+'), options.keyboard.press('ArrowRight')]);
    const size = `${20 + round}px`;
    await expect(themeRadio(options, theme)).toBeChecked();
    // Each tab ends up showing both changes: its own, and the other tab's.
    await expect.poll(() => bodyFontSize(dialog)).toBe(size);
    await expect(dialog).toHaveAttribute('data-theme', theme);
    await expect(options.getByRole('group', { name: 'Font size' }).locator('output')).toHaveText(`${20 + round} px`);
  }

  // And storage says the same: a freshly opened options page shows both.
  const fresh = await extension.context.newPage();
  await fresh.goto(optionsUrl(extension.id));
  await expect(fresh.getByRole('group', { name: 'Font size' }).locator('output')).toHaveText(`${20 + ROUNDS} px`);
  await expect(themeRadio(fresh, THEMES[ROUNDS % THEMES.length] ?? 'auto')).toBeChecked();
  await Promise.all([fresh.close(), options.close()]);
});

test('two readers and the options page changing three settings at once all keep them', async ({ page, server, extension }) => {
  await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  await extension.clickToolbar(page);
  const first = readerDialog(page);
  await expect(first).toBeVisible();
  const other = await extension.context.newPage();
  await other.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  await extension.clickToolbar(other);
  const second = readerDialog(other);
  await expect(second).toBeVisible();
  const options = await extension.context.newPage();
  await options.goto(optionsUrl(extension.id));

  await first.locator('h1').focus();
  await second.getByRole('button', { name: 'Reading settings' }).click();
  await second.getByRole('radio', { name: 'Sepia', exact: true }).focus();
  await options.getByRole('checkbox', { name: /open articles automatically/i }).focus();
  await Promise.all([page.keyboard.press('-'), other.keyboard.press('Space'), options.keyboard.press('Space')]);
  await expect.poll(() => bodyFontSize(first)).toBe('19px');
  await expect(first).toHaveAttribute('data-theme', 'sepia');
  await expect.poll(() => bodyFontSize(second)).toBe('19px');
  const fresh = await extension.context.newPage();
  await fresh.goto(optionsUrl(extension.id));
  await expect(fresh.getByRole('group', { name: 'Font size' }).locator('output')).toHaveText('19 px');
  await expect(fresh.getByRole('radio', { name: 'Sepia', exact: true })).toBeChecked();
  await expect(fresh.getByRole('checkbox', { name: /open articles automatically/i })).not.toBeChecked();
  await Promise.all([fresh.close(), options.close(), other.close()]);
});
