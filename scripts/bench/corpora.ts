/**
 * The three shared corpus layouts, recognised by the files in their folder:
 *   ground-truth.json + html/<id>.html.gz          news benchmark (shingle metric)
 *   evaldata.json + html/<file>.gz                  trafilatura's open-web corpus (snippets)
 *   <slug>/source.html + expected-metadata.json     Readability's test pages (metadata, detection)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ReadabilityExpected {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  excerpt: string | null;
  lang: string | null;
  dir: string | null;
  readerable: boolean;
}

export type Truth =
  | { kind: 'shingles'; articleBody: string }
  | { kind: 'snippets'; with: string[]; without: string[] }
  | { kind: 'readability'; expected: ReadabilityExpected; expectedHtml: string };

export interface CorpusPage {
  id: string;
  url: string;
  /** Pages of one site are tuned and scored together or not at all. */
  site: string;
  html(): string;
  truth: Truth;
  /** Readability's tests parse their pages with comment nodes removed. */
  stripComments: boolean;
}

export type CorpusKind = Truth['kind'];

export interface Corpus {
  kind: CorpusKind;
  dir: string;
  pages: CorpusPage[];
}

/** Registrable-ish site of a URL: the host without "www.", an archived page's own host. */
export function siteOf(url: string): string {
  try {
    const u = new URL(url);
    const archived = /^\/web\/\d+[a-z_]*\/(https?:\/\/[^/]+)/.exec(u.pathname);
    const host = archived?.[1] ? new URL(archived[1]).hostname : u.hostname;
    return host.replace(/^www\d?\./, '').toLowerCase();
  } catch {
    return url;
  }
}

/**
 * Bytes to text as a browser would: a BOM, else the <meta charset> in the first KB,
 * else UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
export function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, 1024).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      /* a label the decoder does not know: fall through */
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function benchmark(dir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const entry = truth[id]!;
      return {
        id,
        url: entry.url,
        site: siteOf(entry.url),
        html: () => gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
        truth: { kind: 'shingles', articleBody: entry.articleBody },
        stripComments: false,
      };
    });
}

function trafilatura(dir: string): CorpusPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string; with?: string[]; without?: string[] }>;
  return Object.keys(data)
    .sort()
    .map((key) => {
      const entry = data[key]!;
      // A few keys are names, not URLs ("hard::site.tld-slug.html"): those pages are read at a
      // neutral address that says nothing about them, as Readability's test pages are.
      const isUrl = /^https?:\/\//.test(key);
      const url = isUrl ? key : `http://fakehost/${encodeURIComponent(entry.file)}`;
      return {
        id: key,
        url,
        site: isUrl ? siteOf(key) : (entry.file.split(/[-.](?=[^.]*$)|-/)[0] ?? entry.file),
        html: () => decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${entry.file}.gz`)))),
        truth: { kind: 'snippets', with: entry.with ?? [], without: entry.without ?? [] },
        stripComments: false,
      };
    });
}

function readabilityPages(dir: string): CorpusPage[] {
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, 'expected-metadata.json')))
    .sort()
    .map((slug) => ({
      id: slug,
      url: 'http://fakehost/test/page.html',
      // Every page has the same fake URL; each test page stands for its own site.
      site: slug.replace(/-\d+$/, ''),
      html: () => readFileSync(join(dir, slug, 'source.html'), 'utf8'),
      truth: {
        kind: 'readability',
        expected: JSON.parse(readFileSync(join(dir, slug, 'expected-metadata.json'), 'utf8')) as ReadabilityExpected,
        expectedHtml: readFileSync(join(dir, slug, 'expected.html'), 'utf8'),
      },
      stripComments: true,
    }));
}

export function loadCorpus(dir: string): Corpus {
  if (existsSync(join(dir, 'ground-truth.json'))) return { kind: 'shingles', dir, pages: benchmark(dir) };
  if (existsSync(join(dir, 'evaldata.json'))) return { kind: 'snippets', dir, pages: trafilatura(dir) };
  const pages = readabilityPages(dir);
  if (pages.length > 0) return { kind: 'readability', dir, pages };
  throw new Error(`${dir}: not a corpus layout this bench knows (ground-truth.json, evaldata.json, or <slug>/expected-metadata.json)`);
}
