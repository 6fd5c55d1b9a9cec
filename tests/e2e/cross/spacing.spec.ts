import { test, expect, launchDriver, openedReader, NEWSX_ARTICLE, NEWSX_TITLE } from '../support/cross';
import type { ExtensionDriver, KeyName, Tab } from '../support/driver';

// Spacing and alignment (issue #24), set in the reader's panel by a person's clicks and keys. A host off the
// auto-open list, so only the toolbar opens the reader here.
const HOST = 'www.example-daily.org';
const SETTINGS_BUTTON = 'button[aria-controls="lr-settings"]';

/** WCAG 1.4.12's text spacing: what the reader must show without clipping or overlap. */
const WCAG = { letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2, lineHeight: 1.5, textAlign: 'justify' } as const;

interface TextStyle {
  fontSize: number;
  letter: string;
  word: string;
  lineHeight: string;
  marginEnd: string;
  align: string;
  hyphens: string;
  caption: { fontSize: number; letter: string } | null;
  articleLang: string | null;
  /** a paragraph or the article wider than its box: text cut off or pushed out of sight */
  overflowing: string[];
}

/** What a body paragraph (and a caption) of the reader's article look like now. */
const articleText = (tab: Tab) =>
  tab.inReader((root): TextStyle | null => {
    const p = root.querySelector('.lr-content p');
    const scroller = root.querySelector('.lr-scroller');
    if (!p || !scroller) return null;
    const style = getComputedStyle(p);
    const caption = root.querySelector('.lr-content figcaption');
    const overflowing = [scroller, ...Array.from(root.querySelectorAll('.lr-content p, .lr-content li'))]
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.localName}: ${el.textContent?.slice(0, 40) ?? ''}`);
    return {
      fontSize: Number.parseFloat(style.fontSize),
      letter: style.letterSpacing,
      word: style.wordSpacing,
      lineHeight: style.lineHeight,
      marginEnd: style.marginBlockEnd,
      align: style.textAlign,
      hyphens: style.hyphens,
      caption: caption ? { fontSize: Number.parseFloat(getComputedStyle(caption).fontSize), letter: getComputedStyle(caption).letterSpacing } : null,
      articleLang: root.querySelector('article')?.getAttribute('lang') ?? null,
      overflowing,
    };
  });

/** `normal` spacing is none. */
const px = (value: string | undefined): number => (value === undefined || value === 'normal' ? 0 : Number.parseFloat(value));

async function pressTimes(tab: Tab, key: KeyName, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await tab.press(key);
}

const focusedId = (tab: Tab) => tab.inReader((root) => root.activeElement?.id ?? null);
const sliderValue = (tab: Tab, id: string) => tab.inReader((root, sel) => root.querySelector<HTMLInputElement>(sel)?.value ?? null, `#${id}`);

/**
 * A real click on the slider (its middle), then the keys a keyboard user would press to reach `steps` steps from
 * its start (Home, then arrows) or from its end (End, then arrows back).
 */
async function setSlider(tab: Tab, id: string, from: 'Home' | 'End', steps: number): Promise<void> {
  const before = await sliderValue(tab, id);
  await tab.clickInReader(`#${id}`);
  await expect.poll(() => sliderValue(tab, id), { message: `a click moves ${id}` }).not.toBe(before);
  expect(await focusedId(tab), 'the click focused the slider').toBe(id);
  await tab.press(from);
  await pressTimes(tab, from === 'Home' ? 'ArrowRight' : 'ArrowLeft', steps);
}

async function openArticle(driver: ExtensionDriver, url: string): Promise<Tab> {
  const tab = await driver.newTab();
  await tab.goto(url);
  await driver.clickToolbar(tab);
  await openedReader(tab, NEWSX_TITLE);
  return tab;
}

function expectWcagSpacing(style: TextStyle | null): void {
  expect(style).not.toBeNull();
  if (!style) return;
  const { fontSize } = style;
  expect(px(style.letter)).toBeCloseTo(WCAG.letterSpacing * fontSize, 1);
  expect(px(style.word)).toBeCloseTo(WCAG.wordSpacing * fontSize, 1);
  expect(px(style.lineHeight)).toBeCloseTo(WCAG.lineHeight * fontSize, 1);
  expect(px(style.marginEnd)).toBeCloseTo(WCAG.paragraphSpacing * fontSize, 1);
  expect(style.align).toBe('justify');
  // Justified text hyphenates, in the article's own language.
  expect(style.hyphens).toBe('auto');
  expect(style.articleLang).toBeTruthy();
  // A caption is spaced by its own, smaller, font size.
  expect(style.caption).not.toBeNull();
  if (style.caption) {
    expect(style.caption.fontSize).toBeLessThan(fontSize);
    expect(px(style.caption.letter)).toBeCloseTo(WCAG.letterSpacing * style.caption.fontSize, 1);
  }
  expect(style.overflowing, 'nothing is cut off or pushed out sideways').toEqual([]);
}

test('spacing and alignment set in the panel by clicks and keys change the article’s text, and survive a browser restart', async ({ server, engine }) => {
  test.setTimeout(120_000);
  const articleUrl = server.url(HOST, 'newsx-seed', NEWSX_ARTICLE);
  // Its own browser: it restarts it on the same profile.
  const driver = await launchDriver(engine);
  try {
    const tab = await openArticle(driver, articleUrl);
    // Today's look: no extra spacing, the 1.1em paragraph margin, ragged lines.
    const initial = await articleText(tab);
    expect(initial).not.toBeNull();
    expect(px(initial?.letter)).toBe(0);
    expect(px(initial?.word)).toBe(0);
    expect(px(initial?.marginEnd)).toBeCloseTo(1.1 * (initial?.fontSize ?? 0), 1);
    expect(initial?.align).toBe('start');

    await tab.clickInReader(SETTINGS_BUTTON);
    // Letter spacing 0.12em: 12 steps of 0.01 from 0.
    await setSlider(tab, 'lr-letter-spacing', 'Home', 12);
    await expect.poll(async () => px((await articleText(tab))?.letter)).toBeCloseTo(0.12 * 20, 1);
    expect(await tab.inReader((root) => root.querySelector('#lr-letter-spacing')?.getAttribute('aria-valuetext') ?? null)).toBe(
      '0.12 em, 12% of the font size',
    );
    // Word spacing 0.16em: 8 steps of 0.02 from 0.
    await setSlider(tab, 'lr-word-spacing', 'Home', 8);
    await expect.poll(async () => px((await articleText(tab))?.word)).toBeCloseTo(0.16 * 20, 1);
    // Paragraph spacing 2em: 10 steps of 0.1 back from 3.
    await setSlider(tab, 'lr-paragraph-spacing', 'End', 10);
    await expect.poll(async () => px((await articleText(tab))?.marginEnd)).toBeCloseTo(2 * 20, 1);
    // Alignment: Tab reaches the radio group (at its checked choice), an arrow picks the next.
    await tab.press('Tab');
    expect(await tab.inReader((root) => (root.activeElement as HTMLInputElement | null)?.value ?? null)).toBe('start');
    await tab.press('ArrowRight');
    await expect.poll(async () => (await articleText(tab))?.align).toBe('justify');
    // Line height 1.5 completes WCAG's text spacing: 3 steps of 0.1 from 1.2.
    await setSlider(tab, 'lr-line-height', 'Home', 3);
    await expect.poll(async () => px((await articleText(tab))?.lineHeight)).toBeCloseTo(1.5 * 20, 1);
    expectWcagSpacing(await articleText(tab));

    // The panel, grown by the group, scrolls inside the window: its end is on screen.
    const panel = await tab.inReader((root) => {
      const el = root.querySelector<HTMLElement>('.lr-panel');
      return el ? { bottom: el.getBoundingClientRect().bottom, overflowY: getComputedStyle(el).overflowY } : null;
    });
    expect(panel?.overflowY).toBe('auto');
    expect(panel?.bottom ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(await tab.evaluate(() => window.innerHeight));

    // Slider drags are saved once they settle; the restart must not cut that short.
    await expect.poll(() => driver.storedSettings(), { timeout: 10_000 }).toMatchObject(WCAG);

    await driver.restart();
    const again = await openArticle(driver, articleUrl);
    expectWcagSpacing(await articleText(again));
    await again.clickInReader(SETTINGS_BUTTON);
    expect(await sliderValue(again, 'lr-letter-spacing')).toBe('0.12');
    expect(await sliderValue(again, 'lr-word-spacing')).toBe('0.16');
    expect(await sliderValue(again, 'lr-paragraph-spacing')).toBe('2');
    expect(await again.inReader((root) => root.querySelector<HTMLInputElement>('input[name="lr-align"][value="justify"]')?.checked ?? null)).toBe(true);

    // The options page shows the same group, and its preview the same text.
    const options = await driver.openOptions();
    await expect.poll(() => options.evaluate(() => document.querySelector<HTMLInputElement>('#opt-letter-spacing')?.value ?? null)).toBe('0.12');
    const preview = await options.evaluate(() => {
      const p = document.querySelector('.lo-preview-page .lr-content p');
      const justify = document.querySelector<HTMLInputElement>('input[name="opt-align"][value="justify"]');
      const group = document.querySelector('#opt-word-spacing')?.closest('fieldset')?.querySelector('legend')?.textContent ?? null;
      return p ? { align: getComputedStyle(p).textAlign, marginEnd: getComputedStyle(p).marginBlockEnd, fontSize: getComputedStyle(p).fontSize, justify: justify?.checked ?? null, group } : null;
    });
    expect(preview?.group).toBe('Spacing');
    expect(preview?.justify).toBe(true);
    expect(preview?.align).toBe('justify');
    expect(px(preview?.marginEnd)).toBeCloseTo(2 * px(preview?.fontSize), 1);
  } finally {
    await driver.close();
  }
});
