/**
 * WCXB's layout read as a corpus, its fixed sample, its report, and a run that goes on past
 * pages that fail: each on a small corpus of its own, written here.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type CorpusPage, loadCorpus } from '../../../scripts/bench/corpora';
import { runCorpus } from '../../../scripts/bench/pool';
import { type PageRun, report } from '../../../scripts/bench/report';
import { EMPTY, type SideResult } from '../../../scripts/bench/run';
import { SAMPLE_PER_TYPE, stratifiedSample } from '../../../scripts/bench/sample';

const ROOT = mkdtempSync(join(tmpdir(), 'wcxb-test-'));
afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

const PARA = 'The council met on Tuesday to decide what the town would do about the old bridge over the river and its cost. ';
const ARTICLE = `<!doctype html><html><head><title>Bridge</title><link rel="canonical" href="https://news.example.org/bridge"></head><body><nav><a href="/">Home</a></nav><article><h1>Bridge</h1><p>${PARA.repeat(5)}</p><p>${PARA.repeat(5)}</p></article></body></html>`;

function corpusDir(): string {
  const dir = join(ROOT, 'wcxb');
  mkdirSync(join(dir, 'dev', 'ground-truth'), { recursive: true });
  mkdirSync(join(dir, 'dev', 'html'), { recursive: true });
  const page = (id: string, data: unknown, html: Buffer | string): void => {
    writeFileSync(join(dir, 'dev', 'ground-truth', `${id}.json`), JSON.stringify(data));
    writeFileSync(join(dir, 'dev', 'html', `${id}.html.gz`), typeof html === 'string' ? gzipSync(html) : html);
  };
  const truth = { main_content: `Bridge\n\n${PARA.repeat(10)}`, with: ['old bridge'], without: ['Home'] };
  page('0001', { url: 'https://www.site-a.example/story', _internal: { page_type: { primary: 'article' } }, ground_truth: truth }, ARTICLE);
  page('0002', { url: '', _internal: { page_type: { primary: 'forum' } }, ground_truth: truth }, ARTICLE);
  page('0003', { url: '', _internal: { page_type: 'category' }, ground_truth: truth }, '<html><body><p>no address anywhere</p></body></html>');
  page('0004', { ground_truth: truth }, '<html><body><p>none</p></body></html>');
  page('0005', { url: 'https://broken.example/', _internal: { page_type: { primary: 'product' } }, ground_truth: truth }, Buffer.from('this is not gzip'));
  page('0006', { url: 'https://skip.example/', ground_truth: null }, ARTICLE);
  writeFileSync(join(dir, 'metadata.json'), JSON.stringify({ files: { '0003': { domain: 'listing.example' } } }));
  return dir;
}

const DIR = corpusDir();

describe('the WCXB layout', () => {
  const corpus = loadCorpus(DIR);

  it('is read as a words corpus of every page whose ground truth is an object', () => {
    expect(corpus.kind).toBe('words');
    expect(corpus.pages.map((p) => p.id)).toEqual(['0001', '0002', '0003', '0004', '0005']);
  });

  it('takes the page type as evaluate.py does: primary, else article; category is collection', () => {
    expect(corpus.pages.map((p) => (p.truth.kind === 'words' ? p.truth.pageType : ''))).toEqual(['article', 'forum', 'collection', 'article', 'product']);
  });

  it('gives a page without url its canonical address, else its domain, else a neutral one', () => {
    expect(corpus.pages.map((p) => p.url)).toEqual([
      'https://www.site-a.example/story',
      'https://news.example.org/bridge',
      'https://listing.example/',
      'http://fakehost/wcxb/0004',
      'https://broken.example/',
    ]);
    expect(corpus.pages[0]?.site).toBe('site-a.example');
    expect(corpus.pages[3]?.site).toBe('wcxb-0004');
  });

  it('keeps the truth whole', () => {
    const t = corpus.pages[0]?.truth;
    expect(t?.kind === 'words' && t.mainContent.startsWith('Bridge\n\nThe council')).toBe(true);
    expect(t?.kind === 'words' && [t.with, t.without]).toEqual([['old bridge'], ['Home']]);
  });
});

function fakePage(id: string, pageType: string): CorpusPage {
  return { id, url: `https://${id}.example/`, site: `${id}.example`, html: () => '', truth: { kind: 'words', mainContent: 'a b c d', with: [], without: [], pageType }, stripComments: false };
}

describe('stratifiedSample', () => {
  const pages = [
    ...Array.from({ length: 50 }, (_, i) => fakePage(`a${String(i).padStart(3, '0')}`, 'article')),
    ...Array.from({ length: 30 }, (_, i) => fakePage(`f${String(i).padStart(3, '0')}`, 'forum')),
    ...Array.from({ length: 5 }, (_, i) => fakePage(`d${i}`, 'documentation')),
  ];

  it('takes as many pages of each type, all of a smaller type, in the corpus order', () => {
    const s = stratifiedSample(pages, 20);
    const count = (t: string): number => s.filter((p) => p.truth.kind === 'words' && p.truth.pageType === t).length;
    expect([count('article'), count('forum'), count('documentation')]).toEqual([20, 20, 5]);
    expect(s.map((p) => p.id)).toEqual(pages.filter((p) => s.includes(p)).map((p) => p.id));
  });

  it('is the same pages every time, and other pages for another seed', () => {
    const ids = (seed?: string): string[] => stratifiedSample(pages, SAMPLE_PER_TYPE, seed).map((p) => p.id);
    expect(ids()).toEqual(ids());
    expect(ids('another seed')).not.toEqual(ids());
    // Not simply the first pages of each type.
    expect(ids().filter((id) => id.startsWith('a'))).not.toEqual(pages.slice(0, 20).map((p) => p.id));
  });
});

const side = (articleBody: string, extra: Partial<SideResult> = {}): SideResult => ({ ...EMPTY, articleBody, isArticle: true, ms: 1, failed: false, ...extra });

describe('the WCXB report', () => {
  const truth = (pageType: string): CorpusPage => ({ ...fakePage(pageType, pageType), truth: { kind: 'words', mainContent: 'one two three four', with: ['two three'], without: ['menu'], pageType } });
  const runs: PageRun[] = [
    { page: truth('article'), ours: side('one two three four'), raw: side('one two three four menu') },
    { page: truth('forum'), ours: side('menu'), raw: side('one two three four') },
    { page: { ...truth('forum'), id: 'forum2' }, ours: side('', { failed: true, error: 'InvalidCharacterError: x' }), raw: side('one two') },
    { page: truth('listing'), ours: side(''), raw: side('one two three four') },
  ];
  const r = report({ kind: 'words', dir: '/x/wcxb-dev/', pages: runs.map((x) => x.page) }, runs);
  const fig = (name: string): { ours: number; raw: number } | undefined => r.figures.find((f) => f.name === name);

  it('scores both sides with the word metric, macro over pages', () => {
    expect(r.label).toBe('wcxb-dev');
    expect(fig('F1')?.ours).toBeCloseTo(1 / 4, 12);
    expect(fig('recall')?.raw).toBeCloseTo((1 + 1 + 0.5 + 1) / 4, 12);
    expect(fig('with snippets')?.ours).toBeCloseTo(1 / 4, 12);
    expect(fig('without snippets')?.ours).toBeCloseTo(1 / 4, 12);
    expect(fig('without snippets')?.raw).toBeCloseTo(1 / 4, 12);
  });

  it('reports per page type, pages to read apart from listings', () => {
    expect(fig('F1 article')?.ours).toBe(1);
    expect(fig('F1 forum')?.ours).toBe(0);
    expect(fig('F1 forum')?.raw).toBeCloseTo((1 + (2 * 1 * 0.5) / 1.5) / 2, 12);
    expect(fig('F1, pages to read')?.ours).toBeCloseTo(1 / 3, 12);
    expect(r.sections?.some((l) => /^forum\s+2\s/.test(l))).toBe(true);
  });

  it('counts a page ours lost where Readability had it as catastrophic, and names failed pages', () => {
    expect(r.catastrophic.map((l) => l.id)).toEqual(['forum', 'listing']);
    expect(fig('catastrophic, pages to read')?.ours).toBe(1);
    expect(fig('failed')?.ours).toBe(1);
    expect(r.sections).toContain('FAILED forum2 ours: InvalidCharacterError: x; raw: ok');
  });
});

describe('a run past failing pages', () => {
  it('reports a page the worker cannot read as failed, with its reason, and scores the others', async () => {
    const corpus = loadCorpus(DIR);
    const runs = await runCorpus(corpus, corpus.pages, 1);
    expect(runs.map((r) => r.page.id)).toEqual(['0001', '0002', '0003', '0004', '0005']);
    const broken = runs.find((r) => r.page.id === '0005');
    expect(broken?.ours.failed).toBe(true);
    expect(broken?.ours.error).toMatch(/header|gzip|Z_DATA_ERROR/i);
    expect(runs.filter((r) => r.ours.failed).map((r) => r.page.id)).toEqual(['0005']);
    expect(runs[0]?.ours.articleBody).toContain('old bridge');
  }, 60_000);

  it('runs again, one by one, the pages of a worker that died or hung, and counts the page that killed it', async () => {
    const worker = join(ROOT, 'fake-worker.mjs');
    writeFileSync(
      worker,
      `let input = '';
process.stdin.on('data', (c) => (input += c));
process.stdin.on('end', () => {
  const { ids } = JSON.parse(input);
  for (const id of ids) {
    if (id === 'dies') process.exit(7);
    if (id === 'hangs') for (;;) {}
    process.stdout.write(JSON.stringify({ id, ours: { articleBody: id, failed: false }, raw: { articleBody: id, failed: false } }) + '\\n');
  }
});`,
    );
    const pages = ['p1', 'dies', 'p2', 'hangs', 'p3'].map((id) => fakePage(id, 'article'));
    const runs = await runCorpus({ kind: 'words', dir: ROOT, pages }, pages, 2, 1, { worker, msPerPage: 4000 });
    expect(runs.map((r) => [r.page.id, r.ours.failed, r.ours.articleBody])).toEqual([
      ['p1', false, 'p1'],
      ['dies', true, ''],
      ['p2', false, 'p2'],
      ['hangs', true, ''],
      ['p3', false, 'p3'],
    ]);
    expect(runs[1]?.ours.error).toMatch(/exited with 7/);
    expect(runs[3]?.ours.error).toMatch(/timed out/);
  }, 60_000);
});
