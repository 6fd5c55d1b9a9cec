import { test, expect, reader } from '../support/cross';

// The bench's 10 MB article (50 000 paragraphs), served as generated: its snapshot is one 10 MB
// string that crosses runtime messaging tab → background (→ Chromium's offscreen document), and
// the article comes back the same way, in Chromium and in Firefox.
const TITLE = 'The Complete Record of the Inquiry, Every Session Transcribed';

test('a 10 MB article opens whole: first the reader says it is reading the page, then the story, then the rest of it part by part', async ({ tab, server, driver }) => {
  test.setTimeout(240_000);
  await tab.goto(server.url('www.record-of-inquiry.example', 'generated', 'huge-10mb/india/inquiry-record-345678'));
  await driver.clickToolbar(tab);
  await expect.poll(async () => (await reader(tab))?.status ?? null, { message: 'the reader says it is reading the page', timeout: 60_000 }).toBe('Reading the page…');
  await expect.poll(async () => (await reader(tab))?.title ?? null, { message: 'the reader shows the story', timeout: 180_000, intervals: [1_000] }).toBe(TITLE);
  const first = await reader(tab);
  expect(first?.status).not.toBe('Reading the page…');
  // The rest comes in part by part (extract/bodyParts.ts; the order is the unit tests' to check).
  await expect
    .poll(async () => (await reader(tab))?.paragraphs.length ?? 0, { message: 'the whole story comes in', timeout: 180_000, intervals: [2_000] })
    .toBeGreaterThan(49_000);
  const view = await reader(tab);
  // The whole story, to its last session heading.
  expect(view?.content).toContain('Session 24');
  expect(view?.paragraphs[0]).toBe(first?.paragraphs[0]);
});
