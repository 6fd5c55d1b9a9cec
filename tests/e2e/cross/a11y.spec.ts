import axe from 'axe-core';
import { test, expect, openedReader, reader, NEWSX_ARTICLE } from '../support/cross';
import type { Tab } from '../support/driver';
import { selectWords } from '../support/highlights';
import { en } from '../../../src/i18n/messages/en';

// axe-core run in the page itself, so the same checks work in both browsers. A host off the
// auto-open list.
const HOST = 'www.example-daily.org';

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

const RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  // Left out, for now: the host element's inline `all: initial !important` (the reader's
  // guard against a site's `* {…!important}`) reads in Firefox's CSSOM as inline
  // !important letter/word spacing and line height, which axe flags there (not in
  // Chromium). User style sheets still outrank it, and the text is styled inside the
  // shadow root.
  rules: { 'avoid-inline-spacing': { enabled: false } },
  resultTypes: ['violations'],
};

type Axe = { setup(node: Node): void; run(context: unknown, options: unknown): Promise<AxeResult>; runPartial(context: unknown, options: unknown): Promise<unknown>; finishRun(partials: unknown[], options: unknown): Promise<AxeResult> };

/**
 * axe-core's serious findings on the page, or (`reader`) in the reader alone. The reader's
 * shadow root is closed, so axe cannot find it from the document: it is handed the reader's
 * dialog (through the harness's protocol access) and builds its tree from there. Its
 * color-contrast rule cannot judge colours there (it answers "incomplete"): the reader's
 * contrast is measured in reading-settings.spec.ts.
 */
async function seriousViolations(tab: Tab, scope: 'page' | 'reader' = 'page'): Promise<string[]> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.runScript(axe.source);
  const result =
    scope === 'page'
      ? await tab.evaluate((options) => (window as unknown as { axe: Axe }).axe.run(document, options), RUN_OPTIONS)
      : await tab.inReader(async (root, options) => {
          const run = (window as unknown as { axe: Axe }).axe;
          const dialog = root.querySelector('dialog');
          if (!dialog) return null;
          // run() builds its tree from the document, where the closed root is not; runPartial
          // uses the tree setup() built from the dialog.
          run.setup(dialog);
          return run.finishRun([await run.runPartial(dialog, options)], options);
        }, RUN_OPTIONS);
  if (!result) throw new Error('no reader to check');
  return result.violations
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
    expect(await seriousViolations(tab, 'reader')).toEqual([]);
    await tab.clickInReader('button[aria-controls="lr-settings"]');
    await expect.poll(async () => (await reader(tab))?.settingsExpanded).toBe('true');
    await expect.poll(async () => (await reader(tab))?.settled).toBe(true);
    expect(await seriousViolations(tab, 'reader')).toEqual([]);
  });
}

test('axe finds nothing serious in the highlight control, the Highlights panel and the save menu', async ({ tab, server, driver }) => {
  await tab.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  await driver.clickToolbar(tab);
  await openedReader(tab);
  await selectWords(tab, { paragraph: 1, from: 3, to: 7 });
  await tab.clickInReader(`button[aria-label="${en.highlightWithNote}"]`);
  await expect.poll(() => tab.inReader((root) => root.activeElement?.localName ?? null)).toBe('textarea');
  expect(await seriousViolations(tab, 'reader')).toEqual([]);
  await tab.type('A note');
  await tab.clickInReader('.lr-hl-note button[type="submit"]');
  await tab.clickInReader('button[aria-controls="lr-highlights"]');
  await expect.poll(() => tab.inReader((root) => root.querySelectorAll('#lr-highlights li').length)).toBe(1);
  await expect.poll(async () => (await reader(tab))?.settled).toBe(true);
  expect(await seriousViolations(tab, 'reader')).toEqual([]);
  await tab.clickInReader(`button[aria-label="${en.saveArticle}"]`);
  await expect.poll(() => tab.inReader((root) => root.querySelectorAll('[role="menuitem"]').length)).toBe(3);
  expect(await seriousViolations(tab, 'reader')).toEqual([]);
});

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
  expect(await seriousViolations(tab, 'reader')).toEqual([]);
});

test('axe finds nothing serious with a block’s tools offered, what was removed shown, and a site rule on the options page', async ({ tab, server, driver }) => {
  await tab.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
  await driver.clickToolbar(tab);
  await openedReader(tab);
  await tab.clickInReader('button[aria-label^="Show what was removed"]');
  await expect.poll(() => tab.inReader((root) => root.querySelectorAll('.lr-removed').length)).toBeGreaterThan(0);
  // The blocks' Tab stop (the lead picture) takes focus: its tools show, and it is described by the hint.
  await tab.clickInReader('.lr-content figure[tabindex="0"]');
  await expect.poll(() => tab.inReader((root) => root.querySelector('.lr-block-tools') !== null)).toBe(true);
  await expect.poll(async () => (await reader(tab))?.settled).toBe(true);
  expect(await seriousViolations(tab, 'reader')).toEqual([]);
  await tab.clickInReader('.lr-block-always');
  await expect.poll(() => tab.inReader((root) => root.querySelector('.lr-block-notice button') !== null)).toBe(true);
  expect(await seriousViolations(tab, 'reader')).toEqual([]);
  const options = await driver.openOptions();
  await expect.poll(() => options.evaluate(() => document.querySelectorAll('.lo-site-rule').length)).toBe(1);
  expect(await seriousViolations(options)).toEqual([]);
  await options.close();
});
