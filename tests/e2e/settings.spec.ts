/// <reference types="chrome" />
import type { Locator, Page } from '@playwright/test';
import { test, expect, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clearStorage, optionsUrl, storeRawSettings, storeRawSettingsJson, watchErrors } from './support/settings';

// Chromium only: storage records written as raw JSON, console and service-worker errors, the
// translation select driven from the keyboard, downloads and file inputs (tests/e2e/cross/ runs
// the rest in both browsers). A host off the auto-open list, so only the toolbar opens the reader in these tests.
const HOST = 'www.example-daily.org';

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

async function openReader(page: Page, url: string, click: (page: Page) => Promise<void>): Promise<Locator> {
  await page.goto(url);
  await click(page);
  const dialog = readerDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

const bodyFontSize = (dialog: Locator) => dialog.locator('.lr-content p').first().evaluate((p) => getComputedStyle(p).fontSize);

test('garbage in storage gives a working reader and options page with valid settings, and no errors', async ({ page, server, extension }) => {
  const worker = await extension.serviceWorker();
  // A current-version record, so every value goes through validation (an unknown version would be
  // migrated first); `__proto__` as an own key, as JSON from storage can carry it.
  await storeRawSettingsJson(
    worker,
    '{"version":2,"theme":42,"fontSize":1e9,"fontFamily":{"evil":true},"lineHeight":-3,"contentWidth":"wide",' +
      '"uiLanguage":"klingon","translateTo":null,"autoOpen":"yes","autoOpenDomains":"bbc.com",' +
      '"__proto__":{"polluted":true},"somethingElse":[1,2,3]}',
  );
  const errors = watchErrors(page);
  const dialog = await openReader(page, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), extension.clickToolbar);
  await expect(dialog).toHaveAttribute('data-theme', 'auto');
  expect(await bodyFontSize(dialog)).toBe('20px');
  await expect(dialog.getByRole('button', { name: 'Close reader view' })).toBeVisible();

  const options = await extension.context.newPage();
  const optionErrors = watchErrors(options);
  await options.goto(optionsUrl(extension.id));
  await expect(options.getByRole('radio', { name: 'Auto' })).toBeChecked();
  await expect(options.getByRole('group', { name: 'Font size' }).locator('output')).toHaveText('20 px');
  await expect(options.getByRole('combobox', { name: 'Interface language' })).toHaveValue('auto');
  await expect(options.getByRole('slider', { name: 'Line height' })).toHaveValue('1.6');
  await options.close();
  expect([...errors, ...optionErrors]).toEqual([]);
  expect(await extension.serviceWorkerErrors()).toEqual([]);
});

test('the translation setting says plainly when this browser cannot translate, and changes nothing else', async ({ page, server, extension }) => {
  const dialog = await openReader(page, server.url(HOST, 'newsx-seed', NEWSX_ARTICLE), extension.clickToolbar);
  const before = await dialog.locator('.lr-content').innerText();
  await dialog.getByRole('button', { name: 'Reading settings' }).click();
  const select = dialog.getByRole('combobox', { name: 'Translate articles into' });
  // Chosen from the keyboard: the reader ignores events that scripts dispatch (selectOption's are such).
  await select.focus();
  await page.keyboard.type('Esp');
  await expect(select).toHaveValue('es');
  // The fixture is served over plain http, where Chromium does not expose its Translator.
  await expect(dialog.getByRole('status').filter({ hasText: 'secure (https)' })).toBeVisible();
  await expect(select).toHaveAccessibleDescription(/secure \(https\)/);
  expect(await dialog.locator('.lr-content').innerText()).toBe(before);
});

test('export writes the settings as JSON; a bad import says why and changes nothing; a good one applies', async ({ page, extension }) => {
  await storeRawSettings(await extension.serviceWorker(), { version: 2, theme: 'sepia', fontSize: 26 });
  await page.goto(optionsUrl(extension.id));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))) as {
    app: string;
    settings: { theme: string; fontSize: number };
  };
  expect(exported.app).toBe('lucid-reader');
  expect(exported.settings).toMatchObject({ theme: 'sepia', fontSize: 26 });

  const fileInput = page.locator('input[type="file"]');
  const notice = page.locator('.lo-status');
  await fileInput.setInputFiles({ name: 'oops.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await expect(notice).toHaveText("That file isn't valid JSON.");
  await fileInput.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"colour":"blue"}') });
  await expect(notice).toHaveText("That file isn't a Lucid Reader settings file.");
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeChecked();

  const good = { ...exported, settings: { ...exported.settings, theme: 'black', fontSize: 30 } };
  await fileInput.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(notice).toHaveText('Settings imported.');
  await expect(page.getByRole('radio', { name: 'Black' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Font size' }).locator('output')).toHaveText('30 px');
});

