// `npx tsx scripts/layout-screenshots.ts [--langs en,ar,de] [--themes light,dark] [--sizes 1280x800,800x600]`:
// the reading settings panel and the options page in every theme, at both window sizes, in a left-to-right, a
// right-to-left and a long-string language, to be looked at before a layout change is called done (issue #24).
// Chromium with the built extension (run `npm run build` first), written to artifacts/layout/ (not committed):
//   panel-<lang>-<theme>-<w>x<h>.png, options-<lang>-<theme>-<w>x<h>.png (the options page whole).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from '@playwright/test';
import { THEMES_LIST } from '../src/settings/schema';
import { itemKey } from '../src/settings/store';
import { clickToolbarButton, launchWithExtension } from '../tests/e2e/support/browser';
import { cdpSession, inReaderSourceCdp, readerRootIds } from '../tests/e2e/support/readerAccess';
import { optionsUrl } from '../tests/e2e/support/settings';
import { startFixtureServer } from '../tests/e2e/support/server';
import { READER_SETTLED_SOURCE, until } from './readerWait';

const DEMO_PATH = 'world/first-contacts-with-trump-administration-inspire-hope-putin-says-as-russia-us-diplomats-meet-in-turkey-265432';
// Off the auto-open list: the reader opens by the toolbar button only.
const HOST = 'www.example-daily.org';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const listArg = (name: string, fallback: readonly string[]): string[] => {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? '').split(',').filter(Boolean) : [...fallback];
};
const langs = listArg('--langs', ['en', 'ar', 'de']);
const themes = listArg('--themes', THEMES_LIST.filter((theme) => theme !== 'auto'));
const sizes = listArg('--sizes', ['1280x800', '800x600']).map((size) => {
  const [width, height] = size.split('x').map(Number);
  return { width: width ?? 1280, height: height ?? 800 };
});
const outDir = join(root, 'artifacts', 'layout');

const SETTINGS_BUTTON = `(root) => {
  const rect = root.querySelector('button[aria-controls="lr-settings"]')?.getBoundingClientRect();
  return rect ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
}`;
const SETTINGS_SHOWN = `(root) => root.querySelector('#lr-settings:not([hidden])') !== null`;

async function setSettings(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };
    await chrome.storage.sync.set(values);
  }, items);
}

execFileSync('bash', [join(root, 'scripts/ensure-browser-deps.sh'), 'chromium'], { stdio: 'inherit' });
mkdirSync(outDir, { recursive: true });
const server = await startFixtureServer();
const { context, extensionId, serviceWorker } = await launchWithExtension({ headless: true });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const lang of langs) {
    for (const size of sizes) {
      await page.setViewportSize(size);
      await setSettings(serviceWorker, { [itemKey('uiLanguage')]: lang, [itemKey('theme')]: themes[0], [itemKey('autoOpen')]: false });
      await page.goto(server.url(HOST, 'newsx-seed', DEMO_PATH));
      await page.waitForLoadState('load');
      const session = await cdpSession(page);
      await clickToolbarButton(context, extensionId, page);
      if (!(await until(async () => (await readerRootIds(session)).length > 0, 15_000))) throw new Error('the reader did not open');
      const button = (await inReaderSourceCdp(session, SETTINGS_BUTTON)) as { x: number; y: number } | null;
      if (!button) throw new Error('no settings button in the reader');
      await page.mouse.click(button.x, button.y);
      if (!(await until(async () => (await inReaderSourceCdp(session, SETTINGS_SHOWN)) === true, 5_000))) throw new Error('the panel did not open');
      for (const theme of themes) {
        await setSettings(serviceWorker, { [itemKey('theme')]: theme });
        await until(async () => (await inReaderSourceCdp(session, `(root) => root.querySelector('dialog')?.dataset.theme === ${JSON.stringify(theme)}`)) === true, 5_000);
        await until(async () => (await inReaderSourceCdp(session, READER_SETTLED_SOURCE)) === true, 5_000);
        const path = join(outDir, `panel-${lang}-${theme}-${size.width}x${size.height}.png`);
        await page.screenshot({ path });
        console.log(`✔ ${path}`);
      }
      const options = await context.newPage();
      await options.setViewportSize(size);
      await options.goto(optionsUrl(extensionId));
      await options.locator('h1').waitFor();
      for (const theme of themes) {
        await setSettings(serviceWorker, { [itemKey('theme')]: theme });
        await options.locator(`.lo-page[data-theme="${theme}"]`).waitFor();
        const path = join(outDir, `options-${lang}-${theme}-${size.width}x${size.height}.png`);
        await options.screenshot({ path, fullPage: true });
        console.log(`✔ ${path}`);
      }
      await options.close();
    }
  }
} finally {
  await context.close();
  await server.close();
}
