// `npm start`: build, then open Chromium with the extension on the bundled demo article and
// click the toolbar button, exactly as a person would. With no display (or --headless) it
// saves a screenshot instead and prints its path.
import { build } from 'vite';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/e2e/support/server';
import { clickToolbarButton, launchWithExtension } from '../tests/e2e/support/browser';

const DEMO_PATH = 'world/first-contacts-with-trump-administration-inspire-hope-putin-says-as-russia-us-diplomats-meet-in-turkey-265432';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');
const screenshotPath = resolve('reader-demo.png');

if (!args.has('--no-build')) {
  for (const mode of ['chrome', 'firefox']) await build({ mode, logLevel: 'warn' });
}

const server = await startFixtureServer();
const { context, extensionId } = await launchWithExtension({ headless });
const page = context.pages()[0] ?? (await context.newPage());
const url = server.url('www.newsx.com', 'newsx-seed', DEMO_PATH);
await page.goto(url);
await page.waitForLoadState('load');

// newsx.com is one of the shipped news sites, so the article opens in reader view by itself;
// the toolbar button is clicked only if it has not (automatic opening switched off, say).
const dialog = page.locator('lucid-reader').getByRole('dialog');
const opened = await dialog.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
if (!opened) {
  await clickToolbarButton(context, extensionId, page);
  await dialog.waitFor({ state: 'visible' });
}

if (headless) {
  // Let the fade-in finish and the lead image decode, so the picture shows what a reader sees.
  await page.waitForFunction(() => {
    const root = document.querySelector('lucid-reader')?.shadowRoot;
    const img = root?.querySelector('img');
    const settled = root?.getAnimations().every((a) => a.playState === 'finished') ?? false;
    return settled && (!img || img.complete);
  });
  await page.screenshot({ path: screenshotPath });
  console.log(`Reader view of the demo article saved to ${screenshotPath}`);
  await context.close();
  await server.close();
} else {
  console.log(`Reader view is open on ${url}\nClose the browser window to quit.`);
  context.on('close', () => void server.close());
}
