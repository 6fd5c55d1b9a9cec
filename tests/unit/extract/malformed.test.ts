/**
 * Malformed markup never costs the reader: a seeded mutator breaks the project's own fixture
 * pages the ways real pages are broken (names that are no XML name, odd namespaces, unclosed
 * tables, stray end tags, deep inline nesting, control characters, huge attribute values, a
 * page cut short) and the whole pipeline must answer for every one of them, never throw.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fixturePage } from '../../support/extractionFixtures';
import { extractArticle, isArticlePage } from '../../../src/extract/index';
import { seededRandom } from '../../../scripts/bench/random';

const PAGES = ['captions-code-table', 'live-blog', 'opinion-pull-quote', 'lazy-images', 'teaser-lines', 'newsx-seed'];
const MUTATED_PER_PAGE = 12;

/** Attribute names no XML name allows, and names only frameworks write. */
const BAD_ATTRIBUTES = ['"foo"="1"', "'q'=2", 'a<b="c"', '1x="3"', '@click="go()"', ':class="{a: b}"', 'x:y:z="z"', '-dash="d"', '.dot', '[prop]="p"', '(event)="e"', '#ref', 'a"b=1', 'é\u0301="e"'];
/** Elements whose names are no QName, in odd namespaces, or foreign content where it does not belong. */
const BAD_ELEMENTS = [
  '<a<b>odd name</a<b>',
  '<x:y:z>three colons</x:y:z>',
  '<svg:foo>prefixed</svg:foo>',
  '<foo:bar xmlns:foo="urn:foo">namespaced</foo:bar>',
  '<math><mi "q"=1>x</mi><mtext><p>para in math</p></mtext></math>',
  '<svg><foreignObject><p a<b=1>in svg</p></foreignObject><desc><div>d</div></desc></svg>',
  '<svg><a xlink:href="/x" x:y:z="1"><text>svg link</text></a></svg>',
  '<template><p>in a template</p></template>',
  '<noscript><img src="/real.jpg" "x"=1 a<b=2 width=800 height=500></noscript>',
  '<img src="/i.jpg" "x"=1 a<b=2 1x=3 data-src="/lazy.jpg" width=640 height=400>',
  '<picture><source srcset="/a.webp 1x" a<b=1 "q"=2><img src="/p.jpg"></picture>',
];
const STRAY = ['</p>', '</div>', '</table>', '</td>', '</li>', '</body>', '</html>', '</article>', '</a>', '</svg>'];
const UNCLOSED = ['<table><tr><td>', '<table><td><table><tr><th>', '<table><caption><div>', '<ul><li><ol><li>', '<table><tbody><tr><td><p>', '<dl><dt><dd>', '<select><option>'];
const CONTROL = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\ufffe', '\uffff', '\ud800', '\udc00', '\u200b', '\u2028', '\ufeff'];

type Mutator = (html: string, r: () => number) => string;

const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length)]!;

/** Offsets just after a start tag's name, where an attribute can go. */
function tagNameEnds(html: string): number[] {
  const at: number[] = [];
  for (const m of html.matchAll(/<([a-zA-Z][\w:-]*)(?=[\s/>])/g)) at.push((m.index ?? 0) + m[0].length);
  return at;
}

/** Offsets of a `<` that opens a tag: places to put markup between elements. */
function tagStarts(html: string): number[] {
  const at: number[] = [];
  for (const m of html.matchAll(/<\/?[a-zA-Z]/g)) at.push(m.index ?? 0);
  return at;
}

function insertAt(html: string, offsets: number[], count: number, r: () => number, what: () => string): string {
  const chosen = Array.from({ length: Math.min(count, offsets.length) }, () => pick(offsets, r)).sort((a, b) => b - a);
  let out = html;
  for (const at of chosen) out = `${out.slice(0, at)}${what()}${out.slice(at)}`;
  return out;
}

const MUTATORS: Record<string, Mutator> = {
  badAttributes: (h, r) => insertAt(h, tagNameEnds(h), 1 + Math.floor(r() * 40), r, () => ` ${pick(BAD_ATTRIBUTES, r)}`),
  badElements: (h, r) => insertAt(h, tagStarts(h), 1 + Math.floor(r() * 12), r, () => pick(BAD_ELEMENTS, r)),
  oddNamespaces: (h, r) =>
    insertAt(h.replace(/<html\b/i, '<html xmlns:x="urn:x" x:lang="en" xmlns="http://www.w3.org/2000/svg"'), tagNameEnds(h), 1 + Math.floor(r() * 10), r, () =>
      pick([' xmlns="http://www.w3.org/1998/Math/MathML"', ' xmlns:svg="http://www.w3.org/2000/svg"', ' xml:lang="fr"', ' xlink:href="#a"', ' svg:foo="b"'], r),
    ),
  unclosedTables: (h, r) => insertAt(h, tagStarts(h), 1 + Math.floor(r() * 6), r, () => pick(UNCLOSED, r)),
  strayEndTags: (h, r) => insertAt(h, tagStarts(h), 1 + Math.floor(r() * 20), r, () => pick(STRAY, r)),
  deepInline: (h, r) => {
    const depth = 50 + Math.floor(r() * 700);
    const tags = Array.from({ length: depth }, () => pick(['span', 'em', 'a', 'font', 'small', 'x-el'], r));
    const open = tags.map((t) => `<${t}>`).join('');
    const close = [...tags].reverse().map((t) => `</${t}>`).join('');
    return insertAt(h, tagStarts(h), 1 + Math.floor(r() * 3), r, () => `${open}deep text${close}`);
  },
  controlCharacters: (h, r) => {
    const at = Array.from({ length: h.length }, (_, i) => i).filter((i) => i % 7 === 0);
    return insertAt(h, at, 5 + Math.floor(r() * 200), r, () => pick(CONTROL, r));
  },
  hugeAttributes: (h, r) =>
    insertAt(h, tagNameEnds(h), 1 + Math.floor(r() * 4), r, () => ` ${pick(['title', 'class', 'style', 'data-x', 'srcset', 'alt', 'a<b'], r)}="${'x '.repeat(20_000 + Math.floor(r() * 80_000))}"`),
  cutShort: (h, r) => h.slice(0, Math.floor(h.length * (0.2 + r() * 0.75))),
  everything: (h, r) => {
    let out = h;
    for (const name of ['badAttributes', 'badElements', 'oddNamespaces', 'unclosedTables', 'strayEndTags', 'controlCharacters'] as const) out = MUTATORS[name]!(out, r);
    return out;
  },
};

function mutate(html: string, seed: number): { name: string; html: string } {
  const r = seededRandom(seed);
  const names = Object.keys(MUTATORS);
  const name = names[seed % names.length]!;
  return { name, html: MUTATORS[name]!(html, r) };
}

function page(slug: string): { html: string; url: string } {
  return fixturePage(slug);
}

/** Both entry points the extension runs on a page; the error, if any, as text. */
function attempt(html: string, url: string): string | null {
  const dom = new JSDOM(html, { url });
  try {
    isArticlePage(dom.window.document, url);
    extractArticle(dom.window.document, { url });
    return null;
  } catch (err) {
    return err instanceof Error ? `${err.name}: ${err.message.split('\n')[0]}` : String(err);
  } finally {
    dom.window.close();
  }
}

describe('malformed markup', () => {
  it('the mutator changes the pages, the same way on every run', () => {
    const { html } = page('live-blog');
    for (let seed = 0; seed < Object.keys(MUTATORS).length; seed++) {
      const a = mutate(html, seed);
      expect(a.html).not.toBe(html);
      expect(mutate(html, seed)).toEqual(a);
    }
  });

  it.each(PAGES)('%s: no mutation makes the pipeline throw', (slug) => {
    const { html, url } = page(slug);
    const failures: string[] = [];
    for (let k = 0; k < MUTATED_PER_PAGE; k++) {
      const seed = k + 1000 * PAGES.indexOf(slug);
      const m = mutate(html, seed);
      const error = attempt(m.html, url);
      if (error) failures.push(`seed ${seed} (${m.name}): ${error}`);
    }
    expect(failures).toEqual([]);
  }, 30_000);
});
