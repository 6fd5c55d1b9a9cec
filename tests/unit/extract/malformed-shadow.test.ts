// @vitest-environment jsdom
/**
 * The content script's copy step: a page with open shadow roots is flattened into a copy of its
 * own, its <html> attributes copied one by one. The parser keeps attribute names setAttribute
 * refuses (`"foo"`, `a<b`, `@click`); the copy skips them and goes on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flattenedCopy } from '../../../src/content/embeddedDocuments';

const PARA = 'The council met on Tuesday to decide what the town would do about the old bridge over the river.';
const ORIGINAL = document.documentElement.outerHTML;

afterEach(() => {
  document.documentElement.innerHTML = ORIGINAL;
  for (const name of document.documentElement.getAttributeNames()) document.documentElement.removeAttribute(name);
});

describe('flattenedCopy and attribute names the DOM will not name', () => {
  it('skips them on <html> and keeps the rest', async () => {
    // The parser merges a second <html> tag's attributes into the document element.
    document.body.innerHTML = '';
    const parsed = new DOMParser().parseFromString(`<html lang="de" "foo"="bar" a<b="1" @click="x" dir="ltr"><body><news-story></news-story></body></html>`, 'text/html');
    for (const attr of Array.from(parsed.documentElement.attributes)) document.documentElement.setAttributeNode(attr.cloneNode() as Attr);
    expect(document.documentElement.hasAttribute('a<b')).toBe(true);
    document.body.innerHTML = '<news-story></news-story>';
    const host = document.querySelector('news-story') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = `<p "q"=1 a<b=2>${PARA}</p>`;
    const copy = await flattenedCopy(document);
    expect(copy?.documentElement.getAttributeNames()).toEqual(['lang', 'dir']);
    expect(copy?.documentElement.getAttribute('lang')).toBe('de');
    expect(copy?.querySelector('p')?.textContent).toBe(PARA);
  });
});
