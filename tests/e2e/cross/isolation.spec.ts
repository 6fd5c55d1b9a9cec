import { test, expect, expectReaderClosed, openedReader, reader } from '../support/cross';
import { contrastRatio } from '../../support/contrast';
import type { Tab } from '../support/driver';
import type { FixtureServer } from '../support/server';

// A page that goes after the reader (tests/fixtures/hostile-page): it reads and injects into any
// shadow root it can reach, adopts its own sheets, styles `*` with !important, filters <html>,
// puts a cover of its own over whatever is added to <html>, and (?define-host) takes the
// reader's old host name as its own custom element. A host off the auto-open list.
const HOST = 'www.eastport-herald.com';
const TITLE = 'Harbour ferry returns after a winter in dry dock';

interface Hostile {
  hostCode: string[];
  stolen: string[];
  injected: number;
  divDefined: string;
}

const hostile = (tab: Tab): Promise<Hostile> => tab.evaluate(() => (window as unknown as { __hostile: Hostile }).__hostile);

async function openOnHostilePage(tab: Tab, server: FixtureServer, open: () => Promise<void>, query = ''): Promise<void> {
  await tab.goto(`${server.url(HOST, 'hostile-page', 'news/2026/harbour-ferry-returns')}${query}`);
  await open();
  await openedReader(tab, TITLE);
  // Colours are judged once the fade-in has finished.
  await expect.poll(async () => (await reader(tab))?.settled).toBe(true);
}

test.afterEach(async ({ driver }) => {
  await driver.clearStorage();
});

test('a page that took the reader’s old host name first neither runs code in the reader’s host nor keeps it out', async ({ tab, server, driver }) => {
  await openOnHostilePage(tab, server, () => driver.clickToolbar(tab), '?define-host');
  const seen = await hostile(tab);
  expect(seen.hostCode).toEqual([]);
  // The host is a built-in element, a name no page can define.
  expect(seen.divDefined).toBe('SyntaxError');
});

test('the page cannot read the reader: its shadow root is closed to page scripts', async ({ tab, server, driver }) => {
  await openOnHostilePage(tab, server, () => driver.clickToolbar(tab));
  const view = await reader(tab);
  const seen = await tab.evaluate(
    () => {
      const hosts = Array.from(document.querySelectorAll(':root > :not(head):not(body):not([data-hostile])'));
      return {
        hosts: hosts.map((host) => ({ name: host.localName, shadowRoot: host.shadowRoot === null ? null : 'open' })),
        // The article is the page's own text; the reader's reading time and time left are not.
        bodyText: document.body.innerText.includes('min read'),
        documentText: /min (read|left)/.test(document.documentElement.textContent ?? ''),
      };
    },
  );
  expect(seen).toEqual({ hosts: [{ name: 'div', shadowRoot: null }], bodyText: false, documentText: false });
  expect((await hostile(tab)).stolen).toEqual([]);
  expect(view?.text).toMatch(/min (read|left)/);
});

test('the page cannot put a form of its own into the reader', async ({ tab, server, driver }) => {
  await openOnHostilePage(tab, server, () => driver.clickToolbar(tab));
  expect((await hostile(tab)).injected).toBe(0);
  const inDialog = await tab.inReader((root) => ({
    fields: root.querySelectorAll('form, input[type="password"]').length,
    signIn: (root.querySelector('dialog')?.innerText ?? '').includes('Sign in'),
  }));
  expect(inDialog).toEqual({ fields: 0, signIn: false });
});

test('the page’s sheets, `* {…!important}`, <html> filter and covers leave what the reader shows alone; closing gives the page back', async ({ tab, server, driver }) => {
  await openOnHostilePage(tab, server, () => driver.clickToolbar(tab));
  const look = await tab.inReader((root) => {
    const paragraph = root.querySelector('.lr-content p');
    const dialog = root.querySelector('dialog');
    if (!paragraph || !dialog) return null;
    const p = getComputedStyle(paragraph);
    const d = getComputedStyle(dialog);
    return { text: p.color, font: p.fontFamily, background: d.backgroundColor, filter: d.filter };
  });
  expect(look).not.toBeNull();
  const { text = '', font = '', background = '', filter = '' } = look ?? {};
  expect([text, background]).not.toContain('rgb(255, 0, 0)');
  expect([text, background]).not.toContain('rgb(0, 255, 0)');
  expect([text, background]).not.toContain('rgb(0, 0, 255)');
  expect(font).not.toContain('Comic Sans');
  expect(filter).toBe('none');
  expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
  // What is on screen: the reader's own background, not the page's cover, unfiltered. The
  // bottom corners are the reader's empty margin.
  expect(await tab.pixel(8, 890)).toBe(background);
  expect(await tab.pixel(1200, 890)).toBe(background);
  // The page is still there behind it, and its cover too, for when the reader closes.
  expect(await tab.evaluate(() => document.querySelectorAll('[data-hostile="cover"]').length)).toBe(1);

  await tab.press('Escape');
  await expectReaderClosed(tab);
  expect(await tab.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  expect(await tab.pixel(8, 890)).not.toBe(background);
});
