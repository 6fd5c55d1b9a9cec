import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { documentKind } from '../../../src/content/documentKind';
import { fileNameOf, plainTextArticle, plainTextBlocks } from '../../../src/content/plainText';

const docOf = (body: string, contentType: string) => new JSDOM(body, { contentType, url: 'https://files.example.org/notes/read%20me.txt' }).window.document;

describe('documentKind', () => {
  it.each([
    ['<!doctype html><p>hi</p>', 'text/html', 'html'],
    ['<html xmlns="http://www.w3.org/1999/xhtml"><body><p>hi</p></body></html>', 'application/xhtml+xml', 'html'],
    ['<rss version="2.0"><channel><title>x</title></channel></rss>', 'application/xml', 'other'],
    ['<rss version="2.0"><channel><title>x</title></channel></rss>', 'text/xml', 'other'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><title>chart</title></svg>', 'image/svg+xml', 'other'],
  ] as const)('%s as %s is %s', (body, type, kind) => {
    expect(documentKind(docOf(body, type))).toBe(kind);
  });

  it('tells the browser’s own viewers by their content type', () => {
    const viewer = (type: string) => ({ contentType: type, documentElement: null }) as unknown as Document;
    expect(documentKind(viewer('text/plain'))).toBe('text');
    expect(documentKind(viewer('text/csv'))).toBe('text');
    expect(documentKind(viewer('image/png'))).toBe('image');
    expect(documentKind(viewer('application/pdf'))).toBe('pdf');
    expect(documentKind(viewer('application/json'))).toBe('other');
  });
});

describe('plain text as an article', () => {
  it('takes the file name, decoded, as the title', () => {
    expect(fileNameOf('https://files.example.org/notes/read%20me.txt')).toBe('read me.txt');
    expect(fileNameOf('https://files.example.org/')).toBe('files.example.org');
  });

  it('makes prose paragraphs that wrap, keeps laid-out blocks as they are, and turns underlined lines into headings', () => {
    const text = [
      'Station log',
      '===========',
      '',
      'One long line of prose that a plain text editor never wrapped, going on and on past any sensible width for reading.',
      '',
      'A paragraph hard-wrapped at seventy-two columns, the way e-mail and RFCs',
      'are written, which should flow again as one paragraph in the reader view.',
      '',
      '    week 1    38.2',
      '    week 2   104.6',
    ].join('\n');
    expect(plainTextBlocks(text)).toEqual([
      { kind: 'h2', text: 'Station log' },
      { kind: 'p', text: 'One long line of prose that a plain text editor never wrapped, going on and on past any sensible width for reading.' },
      { kind: 'p', text: 'A paragraph hard-wrapped at seventy-two columns, the way e-mail and RFCs are written, which should flow again as one paragraph in the reader view.' },
      { kind: 'pre', text: '    week 1    38.2\n    week 2   104.6' },
    ]);
  });

  it('never parses the file as HTML', () => {
    const doc = new JSDOM('<pre></pre>', { url: 'https://x.example/a.txt' }).window.document;
    (doc.querySelector('pre') as HTMLElement).textContent = '<img src=x onerror=alert(1)> is how the attack looked\n\nand more text after it';
    const article = plainTextArticle(doc, 'https://x.example/a.txt');
    expect(article?.title).toBe('a.txt');
    expect(article?.contentHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(article?.contentHtml).not.toContain('<img');
  });
});
