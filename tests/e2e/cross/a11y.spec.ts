import axe from 'axe-core';
import { test, expect, openedReader, reader, NEWSX_ARTICLE } from '../support/cross';
import type { Tab } from '../support/driver';

// axe-core run in the page itself, so the same checks work in both browsers. A host off the
// auto-open list.
const HOST = 'www.example-daily.org';

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

async function seriousViolations(tab: Tab, include?: string): Promise<string[]> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.runScript(axe.source);
  const { violations } = await tab.evaluate(
    async (context) => {
      const run = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe.run;
      return run(context === null ? document : { include: [[context]] }, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        // Left out, for now: the host element's inline `all: initial !important` (the reader's
        // guard against a site's `* {…!important}`) reads in Firefox's CSSOM as inline
        // !important letter/word spacing and line height, which axe flags there (not in
        // Chromium). User style sheets still outrank it, and the text is styled inside the
        // shadow root; moving the guard is the reader-isolation work's to decide.
        rules: { 'avoid-inline-spacing': { enabled: false } },
        resultTypes: ['violations'],
      });
    },
    include ?? null,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

test.afterEach(async ({ driver }) => {
  await driver.clearStorage();
});

for (const theme of ['light', 'dark', 'sepia', 'black'] as const) {
  test(`axe finds nothing serious in the reader and its open settings panel (${theme})`, async ({ tab, server, driver }) => {
    await driver.storeRawSettings({ version: 2, theme });
    await tab.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
    await driver.clickToolbar(tab);
    await openedReader(tab);
    // Colours are judged once the fade-in has finished.
    await expect.poll(async () => (await reader(tab))?.settled).toBe(true);
    expect(await seriousViolations(tab, 'lucid-reader')).toEqual([]);
    await tab.clickInReader('button[aria-controls]');
    await expect.poll(async () => (await reader(tab))?.settingsExpanded).toBe('true');
    await expect.poll(async () => (await reader(tab))?.settled).toBe(true);
    expect(await seriousViolations(tab, 'lucid-reader')).toEqual([]);
  });
}

test('axe finds nothing serious on the options page, in English and in Arabic', async ({ driver }) => {
  const options = await driver.openOptions();
  await expect.poll(() => options.evaluate(() => document.querySelector('h1')?.textContent ?? null)).toBe('Lucid Reader settings');
  expect(await seriousViolations(options)).toEqual([]);
  await options.select('#opt-ui-language', 'ar');
  await expect.poll(() => options.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await seriousViolations(options)).toEqual([]);
  await options.close();
});

test('the no-article message is accessible too', async ({ tab, server, driver }) => {
  await tab.goto(server.url('app.example.com', 'web-app', 'inbox'));
  await driver.clickToolbar(tab);
  await expect.poll(async () => (await reader(tab))?.status).toBe('No article found on this page');
  expect(await seriousViolations(tab, 'lucid-reader')).toEqual([]);
});
