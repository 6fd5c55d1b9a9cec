// `npm start [-- --browser chromium|firefox] [--headless] [--no-build]`: build the one target the
// browser needs, then open Chromium (default) or Firefox with the extension on the bundled demo
// article and click the toolbar button, exactly as a person would. With no display (or
// --headless) it saves two screenshots instead, the first screen and the whole article, and
// prints their paths. Chromium gets speech-dispatcher's voices where the system has them, so
// ▶ (read aloud) works: the system's daemon with a display, our own (tests/e2e/speechDaemon.ts)
// without one, so that the screenshot shows a live ▶.
import { execFileSync, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildTargets } from './build/targets.mjs';
import { NEWSX_ARTICLE, startFixtureServer, type FixtureServer } from '../tests/e2e/support/server';
import { clickToolbarButton, launchWithExtension } from '../tests/e2e/support/browser';
import { inReaderBidi, launchFirefox, readerRoots, triggerToolbarAction } from '../tests/e2e/support/firefox';
import { cdpSession, inReaderSourceCdp, readerRootIds } from '../tests/e2e/support/readerAccess';
import { voicesForHeadlessChromium, type SpeechDaemon } from '../tests/e2e/speechDaemon';
import { READER_SETTLED_SOURCE, until } from './readerWait';

const argv = process.argv.slice(2);
const args = new Set(argv);
const flag = argv.indexOf('--browser');
const browserName = argv.find((a) => a.startsWith('--browser='))?.slice('--browser='.length) ?? (flag >= 0 ? argv[flag + 1] : 'chromium');
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`--browser must be chromium or firefox, not ${browserName}`);
  process.exit(2);
}
const headless = args.has('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux');
const suffix = browserName === 'firefox' ? '-firefox' : '';
const screenshotPath = resolve(`reader-demo${suffix}.png`);
const fullPath = resolve(`reader-demo${suffix}-full.png`);
/** The tallest picture taken of the whole article (browsers cap a screenshot's size). */
const MAX_HEIGHT = 16_000;

/** The window height at which the reader's scroller shows the whole article at this width. */
const ARTICLE_HEIGHT_SOURCE = `(root) => {
  const scroller = root.querySelector('.lr-scroller');
  return scroller ? window.innerHeight + scroller.scrollHeight - scroller.clientHeight : 0;
}`;

execFileSync('bash', ['scripts/ensure-browser-deps.sh', browserName], { stdio: 'inherit' });
if (!args.has('--no-build')) await buildTargets([browserName === 'firefox' ? 'firefox' : 'chrome']);

function saved(server: FixtureServer): Promise<void> {
  console.log(`Reader view of the demo article saved to ${screenshotPath} (first screen) and ${fullPath} (the whole article)`);
  return server.close();
}

/** With a display: the system's speech-dispatcher, which Debian's Chromium uses only when asked. */
function systemSpeechArgs(): string[] {
  if (spawnSync('sh', ['-c', 'command -v speech-dispatcher']).status === 0) return ['--enable-speech-dispatcher'];
  console.log('(read aloud: speech-dispatcher is not installed, so Chromium has no voices and ▶ says so)');
  return [];
}

const server = await startFixtureServer();
const url = server.url('www.newsx.com', 'newsx-seed', NEWSX_ARTICLE);
// newsx.com is one of the shipped news sites, so the article opens in reader view by itself;
// the toolbar button is clicked only if it has not (automatic opening switched off, say).
if (browserName === 'chromium') {
  const daemon: SpeechDaemon | null = headless ? await voicesForHeadlessChromium() : null;
  const { context, extensionId } = await launchWithExtension({ headless, extraArgs: headless ? [] : systemSpeechArgs() });
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
    const settled = (): Promise<boolean> => until(async () => (await inReaderSourceCdp(session, READER_SETTLED_SOURCE)) === true, 15_000);
    // Chromium lists the daemon's voices a moment after the page asks; the reader follows.
    if (daemon) await until(() => page.evaluate(() => speechSynthesis.getVoices().length > 0), 30_000);
    await settled();
    await page.screenshot({ path: screenshotPath });
    const viewport = page.viewportSize() ?? { width: 1280, height: 900 };
    const height = Number(await inReaderSourceCdp(session, ARTICLE_HEIGHT_SOURCE)) || viewport.height;
    await page.setViewportSize({ width: viewport.width, height: Math.min(MAX_HEIGHT, Math.max(viewport.height, Math.ceil(height))) });
    await settled();
    await page.screenshot({ path: fullPath });
    await context.close();
    daemon?.stop();
    await saved(server);
  } else {
    console.log(`Reader view is open on ${url}\nClose the browser window to quit.`);
    context.on('close', () => void server.close());
  }
} else {
  const { browser } = await launchFirefox({ headless });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const width = 1280;
  await page.setViewport({ width, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  const present = async (): Promise<boolean> => (await readerRoots(browser, page)).length > 0;
  if (!(await until(present, 5_000))) {
    await page.bringToFront();
    await triggerToolbarAction(browser);
    await until(present, 15_000);
  }
  if (headless) {
    const settled = (): Promise<boolean> => until(async () => (await inReaderBidi(browser, page, READER_SETTLED_SOURCE, null)) === true, 15_000);
    await settled();
    await page.screenshot({ path: screenshotPath });
    const height = Number(await inReaderBidi(browser, page, ARTICLE_HEIGHT_SOURCE, null)) || 900;
    await page.setViewport({ width, height: Math.min(MAX_HEIGHT, Math.max(900, Math.ceil(height))) });
    await settled();
    await page.screenshot({ path: fullPath });
    await browser.close();
    await saved(server);
  } else {
    console.log(`Reader view is open on ${url} in Firefox\nClose the browser window to quit.`);
    browser.on('disconnected', () => void server.close());
  }
}
