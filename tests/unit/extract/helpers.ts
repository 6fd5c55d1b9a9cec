import { JSDOM } from 'jsdom';
import { fixturePage } from '../../support/extractionFixtures';

/** A jsdom document for hand-written HTML at a URL. */
export function page(html: string, url = 'https://www.example-news.com/news/2025/01/01/a-story-about-something'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** An extraction fixture's page parsed at the URL its expected-metadata.json declares. */
export function fixture(name: string): { doc: Document; url: string } {
  const { html, url } = fixturePage(name);
  return { doc: page(html, url), url };
}

/** An article body long enough for Readability, around `inner` markup. */
export function story(inner: string, head = ''): string {
  const para = (i: number): string =>
    `<p>Paragraph ${i} of the story carries enough ordinary words about the harbour, the council and the weather to read as real prose to every heuristic involved here.</p>`;
  return `<!DOCTYPE html><html lang="en"><head><title>A story about something</title>${head}</head><body><main><article><h1>A story about something</h1><div class="body">${para(1)}${para(2)}${inner}${para(3)}${para(4)}${para(5)}</div></article></main></body></html>`;
}
