import type { Page } from '@playwright/test';
import { test, expect, readerDialog, inReader, NEWSX_ARTICLE } from './support/test';
import { chromiumPath, clickToolbarButton, launchWithExtension, type LaunchedBrowser } from './support/browser';
import { storeRawSettings } from './support/settings';
import { missingSpeechTools, startSpeechDaemon, type SpeechDaemon } from './speechDaemon';

const HOST = 'www.example-daily.org';
// LUCID_REAL_SPEECH=0 skips the real-voice tests; =1 makes missing speech tools an error.
const REAL_SPEECH = process.env.LUCID_REAL_SPEECH;

const reading = (page: Page) => readerDialog(page).locator('[data-lr-reading]');
const speaking = (page: Page) => page.evaluate(() => speechSynthesis.speaking);

test('without voices for the language, the play button says so plainly', async ({ page, server, extension }) => {
  // The suite's browser runs without --enable-speech-dispatcher: Chromium on Linux then has no voices.
  await storeRawSettings(await extension.serviceWorker(), { version: 3, autoOpen: false });
  await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await extension.clickToolbar(page);
  const dialog = readerDialog(page);
  const play = dialog.getByRole('button', { name: 'Read aloud' });
  await expect(play).toHaveAttribute('aria-disabled', 'true');
  // Still focusable and pressable (Playwright's click() refuses aria-disabled; a person's does not).
  await play.focus();
  await page.keyboard.press('Enter');
  const problem = dialog.getByRole('status').filter({ hasText: 'no voice' });
  await expect(problem).toHaveText('This browser has no voice that reads this language (English) aloud.');
  await expect(play).toHaveAccessibleDescription('This browser has no voice that reads this language (English) aloud.');
  expect(await speaking(page)).toBe(false);
});

test.describe('read aloud with real voices (speech-dispatcher + espeak-ng)', () => {
  const missing = missingSpeechTools();
  test.skip(REAL_SPEECH === '0', 'LUCID_REAL_SPEECH=0');
  test.skip(missing.length > 0 && REAL_SPEECH !== '1', `not installed: ${missing.join(', ')}`);

  let daemon: SpeechDaemon;
  let browser: LaunchedBrowser;

  test.beforeAll(async () => {
    test.setTimeout(150_000);
    daemon = await startSpeechDaemon(chromiumPath());
    const saved = { ...process.env };
    Object.assign(process.env, daemon.env, { CHROMIUM_PATH: daemon.chromiumPath });
    try {
      browser = await launchWithExtension({ headless: true });
    } finally {
      process.env = saved;
    }
  });

  test.afterAll(async () => {
    await browser?.context.close();
    daemon?.stop();
  });

  test('plays, highlights block after block, pauses, resumes, skips and stops on close', async ({ server }) => {
    test.setTimeout(120_000);
    const { context, extensionId, serviceWorker } = browser;
    // The fastest speed, so that blocks go by in a few seconds.
    await storeRawSettings(serviceWorker, { version: 3, autoOpen: false, speechRate: 2 });
    const page = await context.newPage();
    await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    // Voices arrive once the browser's speech service has answered.
    await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 20_000 }).toBeGreaterThan(0);
    const voices = await page.evaluate(() =>
      speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().startsWith('en')).slice(0, 5).map((v) => `${v.name} (${v.lang})`),
    );
    const voiceCount = await page.evaluate(() => speechSynthesis.getVoices().length);
    test.info().annotations.push({ type: 'voices', description: `${voiceCount} voices; English ones include ${voices.join(', ')}` });

    await clickToolbarButton(context, extensionId, page, serviceWorker);
    const dialog = readerDialog(page);
    await expect(dialog).toBeVisible();
    const title = await dialog.getByRole('heading', { level: 1 }).innerText();

    await dialog.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => speaking(page), { timeout: 15_000 }).toBe(true);
    await expect(reading(page)).toHaveAttribute('data-lr-reading', 'playing');
    await expect(reading(page)).toHaveText(title);
    // The highlight moves on to the body as the title ends.
    await expect(reading(page)).not.toHaveText(title, { timeout: 30_000 });
    const firstBlock = await reading(page).innerText();
    await expect(reading(page)).not.toHaveText(firstBlock, { timeout: 60_000 });
    const words = await page.evaluate(() => {
      const highlight = CSS.highlights.get('lucid-reader-speech');
      return highlight ? [...highlight].map((range) => range.toString()) : [];
    });
    test.info().annotations.push({ type: 'highlight', description: `text highlighted while reading: ${JSON.stringify(words)}` });
    await page.screenshot({ path: 'test-results/reader-tools/reading-aloud.png' });

    await dialog.getByRole('button', { name: 'Pause reading aloud' }).click();
    await expect.poll(() => speaking(page)).toBe(false);
    await expect(reading(page)).toHaveAttribute('data-lr-reading', 'paused');
    const pausedAt = await reading(page).innerText();

    await dialog.getByRole('button', { name: 'Resume reading aloud' }).click();
    await expect.poll(() => speaking(page)).toBe(true);
    await expect(reading(page)).toHaveText(pausedAt);

    await dialog.getByRole('button', { name: 'Next paragraph' }).click();
    await expect(reading(page)).not.toHaveText(pausedAt);
    await expect.poll(() => speaking(page)).toBe(true);

    await page.keyboard.press('Escape');
    await expect(readerDialog(page)).toHaveCount(0);
    await expect.poll(() => speaking(page)).toBe(false);
    await page.close();
  });

  // Issue #24: line focus follows read aloud. The suite's other browsers have no voice (line-focus.spec.ts skips
  // there); here espeak-ng speaks, and the one-line band must sit on a line of the sentence being spoken, and move on
  // with it. The speech highlight (the sentence, or its word where the voice reports words) and the band are read in
  // one call, so that they are of the same moment.
  test('line focus sits on the sentence being spoken, and moves on with it', async ({ server }) => {
    test.setTimeout(150_000);
    const { context, extensionId, serviceWorker } = browser;
    await storeRawSettings(serviceWorker, { version: 4, autoOpen: false, speechRate: 2, lineFocus: 1 });
    const page = await context.newPage();
    await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 20_000 }).toBeGreaterThan(0);
    await clickToolbarButton(context, extensionId, page, serviceWorker);
    const dialog = readerDialog(page);
    await expect(dialog).toBeVisible();
    const title = await dialog.getByRole('heading', { level: 1 }).innerText();
    await dialog.getByRole('button', { name: 'Read aloud' }).click();
    await expect.poll(() => speaking(page), { timeout: 15_000 }).toBe(true);
    await expect(reading(page)).not.toHaveText(title, { timeout: 30_000 });

    /** The band's box and the spoken text's line boxes, at one moment; null while either is missing. */
    const moment = () =>
      inReader(page, (root) => {
        const band = root.querySelector('.lr-lf-band')?.getBoundingClientRect();
        const spoken = CSS.highlights.get('lucid-reader-speech');
        if (!band || !spoken) return null;
        const lines = [...spoken].flatMap((range) => Array.from((range as Range).getClientRects(), (r) => ({ top: r.top, bottom: r.bottom })));
        const text = [...spoken].map((range) => range.toString()).join(' ');
        return lines.length > 0 ? { band: { top: band.top, bottom: band.bottom }, lines, text } : null;
      });
    const onSpoken = (m: NonNullable<Awaited<ReturnType<typeof moment>>>): boolean =>
      m.lines.some((line) => Math.min(line.bottom, m.band.bottom) - Math.max(line.top, m.band.top) >= (line.bottom - line.top) / 2);

    // Three different spoken passages, each under the band when it was spoken.
    const seen = new Map<string, boolean>();
    await expect
      .poll(
        async () => {
          const m = await moment();
          if (m && !seen.has(m.text)) seen.set(m.text, onSpoken(m));
          return [...seen.values()].filter(Boolean).length >= 3 && [...seen.values()].every(Boolean);
        },
        { timeout: 60_000, intervals: [200], message: 'the band sits on each passage as it is spoken' },
      )
      .toBe(true);
    test.info().annotations.push({ type: 'spoken', description: [...seen.keys()].slice(0, 5).join(' | ') });
    await page.keyboard.press('Escape');
    await page.close();
  });

  test('reports the boundary events the voices give', async ({ server }) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 20_000 }).toBeGreaterThan(0);
    const seen = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const events: string[] = [];
          const u = new SpeechSynthesisUtterance('Three short words.');
          u.lang = 'en-US';
          u.rate = 2;
          u.onstart = () => events.push('start');
          u.onboundary = (e) => events.push(`${e.name}@${e.charIndex}+${e.charLength}`);
          u.onend = () => resolve([...events, 'end']);
          u.onerror = (e) => resolve([...events, `error:${e.error}`]);
          speechSynthesis.speak(u);
        }),
    );
    test.info().annotations.push({ type: 'events', description: seen.join(' ') });
    expect(seen[0]).toBe('start');
    expect(seen.at(-1)).toBe('end');
    await page.close();
  });
});
