import { test, expect, reader } from '../support/cross';

// The bench's 10 MB article (50 000 paragraphs), served as generated: its snapshot is one 10 MB
// string that crosses runtime messaging tab → background (→ Chromium's offscreen document), and
// the article comes back the same way, in Chromium and in Firefox.
const TITLE = 'The Complete Record of the Inquiry, Every Session Transcribed';

test('a 10 MB article opens whole: first the reader says it is reading the page, then the story', async ({ tab, server, driver }) => {
  test.setTimeout(240_000);
  await tab.goto(server.url('www.record-of-inquiry.example', 'generated', 'huge-10mb/india/inquiry-record-345678'));
  await driver.clickToolbar(tab);
  await expect.poll(async () => (await reader(tab))?.status ?? null, { message: 'the reader says it is reading the page', timeout: 60_000 }).toBe('Reading the page…');
  await expect.poll(async () => (await reader(tab))?.title ?? null, { message: 'the reader shows the story', timeout: 180_000, intervals: [1_000] }).toBe(TITLE);
  const view = await reader(tab);
  expect(view?.status).not.toBe('Reading the page…');
  // The whole story, to its last session heading.
  expect(view?.content).toContain('Session 24');
  expect(view?.paragraphs.length).toBeGreaterThan(49_000);
});
