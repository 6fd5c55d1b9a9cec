// `npm run store:screenshots [-- --no-build] [--lang <code>]`: the store listings' screenshots,
// made rather than drawn: Chromium with the built extension on the bundled demo article (as
// `npm start` does), 1280×800 as both stores ask, written to artifacts/store/:
//   screenshot-light-1280x800.png, screenshot-dark-1280x800.png, screenshot-settings-1280x800.png
// The reading mode and interface language are set through storage, as the options page would.
// --lang writes the same three with the interface in that language to artifacts/store/<code>/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from '@playwright/test';
import { buildTargets } from './build/targets.mjs';
import { isLanguageCode, type LanguageCode, type Theme } from '../src/settings/schema';
import { itemKey } from '../src/settings/store';
import { voicesForHeadlessChromium } from '../tests/e2e/speechDaemon';
import { clickToolbarButton, launchWithExtension } from '../tests/e2e/support/browser';
import { cdpSession, inReaderSourceCdp, readerRootIds } from '../tests/e2e/support/readerAccess';
import { NEWSX_ARTICLE, startFixtureServer } from '../tests/e2e/support/server';
import { READER_SETTLED_SOURCE, until } from './readerWait';

const SIZE = { width: 1280, height: 800 };

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const langAt = argv.indexOf('--lang');
const lang = langAt >= 0 ? argv[langAt + 1] : 'en';
if (!isLanguageCode(lang)) {
  console.error(`--lang must be one of the interface languages (en, hi, bn, es, fr, de, pt-BR, ru, ar, zh-CN, ja), not ${lang}`);
  process.exit(2);
}
const outDir = join(root, 'artifacts', 'store', ...(langAt >= 0 ? [lang] : []));

execFileSync('bash', [join(root, 'scripts/ensure-browser-deps.sh'), 'chromium'], { stdio: 'inherit' });
if (!argv.includes('--no-build')) await buildTargets(['chrome']);

// Where the Aa button is: it is clicked as a person would, since the reader ignores synthetic clicks.
const SETTINGS_BUTTON = `(root) => {
  const rect = root.querySelector('button[aria-controls="lr-settings"]')?.getBoundingClientRect();
  return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
}`;
const SETTINGS_SHOWN = `(root) => root.querySelector('#lr-settings:not([hidden])') !== null`;

interface ChromeStorage {
  chrome: { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };
}

async function setSettings(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    await (globalThis as unknown as ChromeStorage).chrome.storage.sync.set(values);
  }, items);
}

async function shoot(page: Page, name: string): Promise<void> {
  const session = await cdpSession(page);
  // A theme change arrives through storage and fades in: wait for it to finish, then one more frame.
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (!(await until(async () => (await inReaderSourceCdp(session, READER_SETTLED_SOURCE)) === true, 15_000))) throw new Error(`${name}: the reader did not settle`);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const path = join(outDir, `screenshot-${name}-${SIZE.width}x${SIZE.height}.png`);
  await page.screenshot({ path });
  console.log(`✔ ${path}`);
}

async function main(language: LanguageCode): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startFixtureServer();
  const daemon = await voicesForHeadlessChromium();
  const { context, extensionId, serviceWorker } = await launchWithExtension({ headless: true });
  try {
    const theme = (value: Theme): Record<string, unknown> => ({ [itemKey('theme')]: value });
    await setSettings(serviceWorker, { ...theme('light'), [itemKey('uiLanguage')]: language });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize(SIZE);
    await page.goto(server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE));
    await page.waitForLoadState('load');
    // Chromium lists speech-dispatcher's voices a moment after the page asks; the reader follows.
    if (daemon && !(await until(() => page.evaluate(() => speechSynthesis.getVoices().length > 0), 30_000))) console.warn('(no voices listed)');
    const session = await cdpSession(page);
    const present = async (): Promise<boolean> => (await readerRootIds(session)).length > 0;
    // newsx.com is a shipped news site: the article opens in reader view by itself; else click.
    if (!(await until(present, 5_000))) {
      await clickToolbarButton(context, extensionId, page);
      if (!(await until(present, 15_000))) throw new Error('the reader did not open on the demo article');
    }
    await shoot(page, 'light');
    // Dark further down, where the story's paragraphs are (a wheel turn over the article).
    await setSettings(serviceWorker, theme('dark'));
    await page.mouse.move(SIZE.width / 2, SIZE.height / 2);
    await page.mouse.wheel(0, 560);
    await shoot(page, 'dark');
    await page.mouse.wheel(0, -2000);
    await setSettings(serviceWorker, theme('light'));
    const button = (await inReaderSourceCdp(session, SETTINGS_BUTTON)) as { x: number; y: number } | null;
    if (!button) throw new Error('no settings button in the reader');
    await page.mouse.click(button.x, button.y);
    if (!(await until(async () => (await inReaderSourceCdp(session, SETTINGS_SHOWN)) === true, 5_000))) throw new Error('the settings panel did not open');
    await shoot(page, 'settings');
  } finally {
    await context.close();
    await server.close();
    daemon?.stop();
  }
}

await main(lang);
