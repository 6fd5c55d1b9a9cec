import type { Worker } from '@playwright/test';
import { itemKey } from '../../src/settings/store';
import { test, expect, inReader, readerDialog, NEWSX_ARTICLE } from './support/test';
import { clearStorage, optionsUrl } from './support/settings';

// Room for all of it (issue #24, acceptance 5): the reader's settings panel and the options page, at the two window
// sizes the stores and a small laptop have, in a left-to-right and a right-to-left language, measured by the boxes
// a person sees. Chromium only: the window sizes and the screenshots need Playwright's page API, which the
// cross-browser driver (tests/e2e/support/driver.ts) does not offer; the layout is plain CSS, the same in Firefox.
// The screenshots go to test-results/layout/ (not committed), one per case, to be looked at.

const HOST = 'www.example-daily.org';
const SHOTS = 'test-results/layout';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
] as const;
// German: the long strings ("Serifenschrift", "Automatisch") that a narrow chip cannot hold.
const LANGS = ['en', 'ar', 'de'] as const;

interface Layout {
  sections: number;
  /** a control whose box is not inside its section's */
  outside: string[];
  /** two controls whose boxes overlap */
  overlapping: string[];
  /** a box whose content is wider than it (cut off or scrolled sideways) */
  clipped: string[];
  /** a chip left alone on a wrapped row */
  alone: string[];
  /** the container scrolled to its end: its last control, and whether it is inside the container's box */
  lastReachable: boolean;
  container: { top: number; bottom: number; left: number; right: number };
}

/**
 * Measures a settings layout: `container` holds `section`s, each holding controls. Sent as source to the page or the
 * reader's root: it closes over nothing.
 */
function measure(root: Document | ShadowRoot, sel: { container: string; section: string }): Layout | null {
  const container = root.querySelector<HTMLElement>(sel.container);
  if (!container) return null;
  const found = Array.from(container.querySelectorAll<HTMLElement>(sel.section));
  // Without sections (as the panel was before them) the whole container is the one section.
  const sections = found.length > 0 ? found : [container];
  const name = (el: Element): string => {
    const label = el.closest('label')?.textContent ?? el.getAttribute('aria-label') ?? el.id ?? '';
    return `${el.localName}[${(label || el.textContent || '').trim().slice(0, 40)}]`;
  };
  // A chip's radio is invisible over its label: the label is the control a person sees.
  const boxOf = (el: HTMLElement): HTMLElement => (el.closest('.lr-segments label') as HTMLElement | null) ?? el;
  const visible = (el: HTMLElement): boolean => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const out: Layout = { sections: found.length, outside: [], overlapping: [], clipped: [], alone: [], lastReachable: false, container: { top: 0, bottom: 0, left: 0, right: 0 } };
  const controls: { el: HTMLElement; box: DOMRect }[] = [];
  for (const section of sections) {
    const s = section.getBoundingClientRect();
    for (const input of Array.from(section.querySelectorAll<HTMLElement>('input:not([type="hidden"]):not([hidden]), select, textarea, button'))) {
      const el = boxOf(input);
      if (!visible(el)) continue;
      const box = el.getBoundingClientRect();
      controls.push({ el, box });
      if (box.left < s.left - 1 || box.right > s.right + 1 || box.top < s.top - 1 || box.bottom > s.bottom + 1) out.outside.push(name(input));
    }
  }
  controls.forEach((one, i) => {
    for (const other of controls.slice(i + 1)) {
      const a = one.box;
      const b = other.box;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1 && one.el !== other.el) out.overlapping.push(`${name(one.el)} × ${name(other.el)}`);
    }
  });
  const boxes = [container, ...sections, ...Array.from(container.querySelectorAll<HTMLElement>('.lr-field, legend, label, .lr-segments span, h2, h3, li, p'))];
  for (const el of boxes) if (visible(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') out.clipped.push(name(el));
  for (const group of Array.from(container.querySelectorAll<HTMLElement>('.lr-segments'))) {
    const rows = new Map<number, number>();
    const chips = Array.from(group.children).filter((c) => visible(c as HTMLElement));
    for (const chip of chips) {
      const top = Math.round(chip.getBoundingClientRect().top);
      rows.set(top, (rows.get(top) ?? 0) + 1);
    }
    // A chip alone on a row while others share theirs (one under another is a list, not a wrapped row).
    if (rows.size > 1 && Math.max(...rows.values()) > 1 && [...rows.values()].includes(1)) out.alone.push(group.closest('fieldset')?.querySelector('legend')?.textContent ?? '?');
  }
  // The container scrolled to its end (or the page, for the options page): the last control is within sight.
  const scroller = container.scrollHeight > container.clientHeight + 1 ? container : (document.scrollingElement as HTMLElement);
  scroller.scrollTop = scroller.scrollHeight;
  const last = controls.at(-1)?.el;
  const c = container.getBoundingClientRect();
  const sight = scroller === container ? c : { top: 0, bottom: innerHeight };
  const end = last?.getBoundingClientRect();
  out.lastReachable = end !== undefined && end.bottom <= Math.min(sight.bottom, innerHeight) + 1 && end.top >= sight.top - 1;
  scroller.scrollTop = 0;
  const after = container.getBoundingClientRect();
  out.container = { top: after.top, bottom: after.bottom, left: after.left, right: after.right };
  return out;
}

function expectRoomy(layout: Layout | null, where: string): void {
  expect(layout, `${where}: found`).not.toBeNull();
  if (!layout) return;
  expect(layout.outside, `${where}: controls outside their section`).toEqual([]);
  expect(layout.overlapping, `${where}: controls over each other`).toEqual([]);
  expect(layout.clipped, `${where}: boxes whose content is cut off`).toEqual([]);
  expect(layout.alone, `${where}: chips alone on a row`).toEqual([]);
  expect(layout.lastReachable, `${where}: the last control is reachable by scrolling`).toBe(true);
  expect(layout.sections, `${where}: grouped in sections`).toBeGreaterThanOrEqual(4);
}

/** Settings as the options page stores them: one storage item per setting. */
async function setSettings(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (values) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } };
    await chrome.storage.sync.set(values);
  }, items);
}

test.afterEach(async ({ extension }) => {
  await clearStorage(await extension.serviceWorker());
});

for (const size of SIZES) {
  for (const lang of LANGS) {
    const where = `${lang} ${size.width}×${size.height}`;

    test(`the reading settings panel has room for all of it, beside the text (${where})`, async ({ page, server, extension }) => {
      await setSettings(await extension.serviceWorker(), { [itemKey('uiLanguage')]: lang, [itemKey('autoOpen')]: false });
      await page.setViewportSize(size);
      await page.goto(server.url(HOST, 'newsx-seed', NEWSX_ARTICLE));
      await extension.clickToolbar(page);
      const dialog = readerDialog(page);
      await expect(dialog).toHaveAttribute('lang', lang);
      await expect(dialog).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await dialog.locator('button[aria-controls="lr-settings"]').click();
      await expect(dialog.locator('#lr-settings')).toBeVisible();
      const layout = await inReader(page, measure, { container: '#lr-settings', section: '.lr-section' });
      // The text the panel changes stays in sight: the article's scroller and the panel do not overlap.
      const scroller = await inReader(page, (root) => {
        const r = root.querySelector('.lr-scroller')?.getBoundingClientRect();
        return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height } : null;
      });
      await page.screenshot({ path: `${SHOTS}/panel-${lang}-${size.width}x${size.height}.png` });
      expectRoomy(layout, `panel ${where}`);
      expect(scroller, 'the article is shown').not.toBeNull();
      if (!layout || !scroller) return;
      const p = layout.container;
      const overlap = Math.max(0, Math.min(p.right, scroller.right) - Math.max(p.left, scroller.left)) * Math.max(0, Math.min(p.bottom, scroller.bottom) - Math.max(p.top, scroller.top));
      expect(overlap, 'the panel covers none of the article').toBe(0);
      expect(scroller.width, 'the article keeps a readable width').toBeGreaterThanOrEqual(360);
      expect(scroller.height, 'the article keeps a readable height').toBeGreaterThanOrEqual(200);

      // Printed with the panel open: no panel on paper, and the article on the page's whole width as always.
      await page.emulateMedia({ media: 'print' });
      const printed = await inReader(page, (root) => ({
        panel: getComputedStyle(root.querySelector('#lr-settings') as Element).display,
        main: root.querySelector('.lr-main')?.getBoundingClientRect().width ?? 0,
      }));
      await page.emulateMedia({ media: 'screen' });
      expect(printed?.panel).toBe('none');
      expect(printed?.main ?? 0).toBeGreaterThan(size.width - 40);
    });

    test(`the options page has room for all of it (${where})`, async ({ page, extension }) => {
      await setSettings(await extension.serviceWorker(), { [itemKey('uiLanguage')]: lang });
      await page.setViewportSize(size);
      await page.goto(optionsUrl(extension.id));
      await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(page.locator('h1')).toBeVisible();
      // page.evaluate hands its function one argument: the root goes in by source.
      const layout = (await page.evaluate(`(${measure.toString()})(document, ${JSON.stringify({ container: '.lo-page', section: '.lr-section, .lo-card' })})`)) as Layout | null;
      const page_ = await page.evaluate(() => ({
        sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        // Every listed site is in sight once scrolled to: no list box cuts the list off.
        cutLists: Array.from(document.querySelectorAll<HTMLElement>('.lo-sites ul')).filter((ul) => ul.scrollHeight > ul.clientHeight + 1).length,
        // Section titles are headings, set apart from the labels of the fields.
        headingSize: Number.parseFloat(getComputedStyle(document.querySelector('main h2') ?? document.body).fontSize),
        labelSize: Number.parseFloat(getComputedStyle(document.querySelector('main .lr-field > legend, main .lr-label') ?? document.body).fontSize),
      }));
      await page.screenshot({ path: `${SHOTS}/options-${lang}-${size.width}x${size.height}.png`, fullPage: true });
      expectRoomy(layout, `options ${where}`);
      expect(page_.sideways, 'the page does not scroll sideways').toBe(false);
      expect(page_.cutLists, 'site lists shown whole').toBe(0);
      expect(page_.headingSize, 'section titles stand above field labels').toBeGreaterThanOrEqual(page_.labelSize * 1.25);
    });
  }
}
