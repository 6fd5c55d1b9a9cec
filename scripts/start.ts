// `npm start [-- --browser chromium|firefox] [--headless]`: build, then open Chromium (default)
// or Firefox with the extension on the bundled demo article and click the toolbar button,
// exactly as a person would. With no display (or --headless) it saves a screenshot instead and
// prints its path.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/server';
import { clickToolbarButton, launchWithExtension } from '../tests/e2e/support/browser';
import { inReaderBidi, launchFirefox, readerRoots, triggerToolbarAction } from '../tests/e2e/support/firefox';
import { cdpSession, inReaderSourceCdp, readerRootIds } from '../tests/e2e/support/readerAccess';
import { READER_SETTLED_SOURCE, until } from './readerWait';


const DEMO_PATH = 'world/first-contacts-with-trump-administration-inspire-hope-putin-says-as-russia-us-diplomats-meet-in-turkey-265432';

const argv = process.argv.slice(2);
const args = new Set(argv);
const flag = argv.indexOf('--browser');
const browserName = argv.find((a) => a.startsWith('--browser='))?.slice('--browser='.length) ?? (flag >= 0 ? argv[flag + 1] : 'chromium');
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`--browser must be chromium or firefox, not ${browserName}`);
  process.exit(2);
}
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');
const screenshotPath = resolve(browserName === 'firefox' ? 'reader-demo-firefox.png' : 'reader-demo.png');

execFileSync('bash', ['scripts/ensure-browser-deps.sh', browserName], { stdio: 'inherit' });
if (!args.has('--no-build')) {
  for (const mode of ['chrome', 'firefox']) await build({ mode, logLevel: 'warn', configLoader: 'runner' });
}

async function done(server: FixtureServer): Promise<void> {
  console.log(`Reader view of the demo article saved to ${screenshotPath}`);
  await server.close();
}

const server = await startFixtureServer();
const url = server.url('www.newsx.com', 'newsx-seed', DEMO_PATH);
// newsx.com is one of the shipped news sites, so the article opens in reader view by itself;
// the toolbar button is clicked only if it has not (automatic opening switched off, say).
if (browserName === 'chromium') {
  const { context, extensionId } = await launchWithExtension({ headless });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForLoadState('load');
  const session = await cdpSession(page);
  const present = async (): Promise<boolean> => (await readerRootIds(session)).length > 0;
  if (!(await until(present, 5_000))) {
    await clickToolbarButton(context, extensionId, page);
    await until(present, 15_000);
  }
  if (headless) {
    await until(async () => (await inReaderSourceCdp(session, READER_SETTLED_SOURCE)) === true, 15_000);
    await page.screenshot({ path: screenshotPath });
    await context.close();
    await done(server);
  } else {
    console.log(`Reader view is open on ${url}\nClose the browser window to quit.`);
    context.on('close', () => void server.close());
  }
} else {
  const { browser } = await launchFirefox({ headless });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const present = async (): Promise<boolean> => (await readerRoots(browser, page)).length > 0;
  if (!(await until(present, 5_000))) {
    await page.bringToFront();
    await triggerToolbarAction(browser);
    await until(present, 15_000);
  }
  if (headless) {
    await until(async () => (await inReaderBidi(browser, page, READER_SETTLED_SOURCE, null)) === true, 15_000);
    await page.screenshot({ path: screenshotPath });
    await browser.close();
    await done(server);
  } else {
    console.log(`Reader view is open on ${url} in Firefox\nClose the browser window to quit.`);
    browser.on('disconnected', () => void server.close());
  }
}
