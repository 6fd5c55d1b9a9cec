import { describe, expect, it } from 'vitest';
import { fixLazyImage } from '../../../src/extract/lazyImages';
import { parseSrcset } from '../../../src/extract/srcset';
import { absolutizeUrls } from '../../../src/extract/urls';
import { page } from './helpers';

const BASE = 'https://www.example-news.com/news/story';

function absolutized(srcset: string): string | null {
  const doc = page(`<img src="x.jpg">`, BASE);
  const img = doc.querySelector('img')!;
  img.setAttribute('srcset', srcset);
  absolutizeUrls(doc.body, BASE);
  return img.getAttribute('srcset');
}

describe('parseSrcset (the HTML standard’s candidate rules)', () => {
  it('splits candidates at a comma with no space after it', () => {
    expect(parseSrcset('a.jpg 1x,b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptors: ['1x'] },
      { url: 'b.jpg', descriptors: ['2x'] },
    ]);
  });

  it('keeps commas inside a URL', () => {
    expect(parseSrcset('/img/w_400,h_300,c_fill/a.jpg 400w, /img/w_800,h_600/a.jpg 800w')).toEqual([
      { url: '/img/w_400,h_300,c_fill/a.jpg', descriptors: ['400w'] },
      { url: '/img/w_800,h_600/a.jpg', descriptors: ['800w'] },
    ]);
  });

  it('reads a URL ending in a comma as a candidate with no descriptor', () => {
    expect(parseSrcset('a.jpg, b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptors: [] },
      { url: 'b.jpg', descriptors: ['2x'] },
    ]);
    // Without whitespace the comma is part of the URL.
    expect(parseSrcset('a.jpg,b.jpg 2x')).toEqual([{ url: 'a.jpg,b.jpg', descriptors: ['2x'] }]);
  });

  it('keeps a comma inside parentheses in the descriptor, and skips stray commas and whitespace', () => {
    expect(parseSrcset(' ,\n a.jpg  100w (x, y) ,, b.jpg\t200w ')).toEqual([
      { url: 'a.jpg', descriptors: ['100w', '(x, y)'] },
      { url: 'b.jpg', descriptors: ['200w'] },
    ]);
  });

  it('gives nothing for an empty or comma-only value', () => {
    expect(parseSrcset('')).toEqual([]);
    expect(parseSrcset(' , , ')).toEqual([]);
  });
});

describe('srcset URLs in the reader', () => {
  it('makes every candidate absolute when commas have no space after them', () => {
    expect(absolutized('a.jpg 1x,b.jpg 2x')).toBe('https://www.example-news.com/news/a.jpg 1x, https://www.example-news.com/news/b.jpg 2x');
  });

  it('keeps an image CDN’s comma-separated transforms inside one URL', () => {
    expect(absolutized('/img/w_400,h_300/a.jpg 400w, /img/w_800,h_600/a.jpg 800w')).toBe(
      'https://www.example-news.com/img/w_400,h_300/a.jpg 400w, https://www.example-news.com/img/w_800,h_600/a.jpg 800w',
    );
  });

  it('takes the first candidate’s whole URL for a lazy image’s src', () => {
    const doc = page(`<img src="data:image/gif;base64,R0lGOD" srcset="/img/w_400,h_300/a.jpg 400w,/img/w_800/a.jpg 800w">`, BASE);
    const img = doc.querySelector('img')!;
    fixLazyImage(img);
    expect(img.getAttribute('src')).toBe('/img/w_400,h_300/a.jpg');
  });
});
