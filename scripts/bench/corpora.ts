/**
 * The four shared corpus layouts, recognised by the files in their folder:
 *   ground-truth.json + html/<id>.html.gz          news benchmark (shingle metric)
 *   evaldata.json + html/<file>.gz                  trafilatura's open-web corpus (snippets)
 *   <slug>/source.html + expected-metadata.json     Readability's test pages (metadata, detection)
 *   dev/ground-truth/<id>.json + dev/html/<id>.html.gz   WCXB (word-level F1, per page type)
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

type Truth =
  | { kind: 'shingles'; articleBody: string }
  | { kind: 'snippets'; with: string[]; without: string[] }
  | { kind: 'readability'; expected: ReadabilityExpected; expectedHtml: string }
  | { kind: 'words'; mainContent: string; with: string[]; without: string[]; pageType: string };

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

type CorpusKind = Truth['kind'];

export interface Corpus {
  kind: CorpusKind;
  dir: string;
  pages: CorpusPage[];
}

/** Registrable-ish site of a URL: the host without "www.", an archived page's own host. */
function siteOf(url: string): string {
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
function decodeHtml(bytes: Buffer): string {
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

interface WcxbFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } | string } | null;
  ground_truth?: { main_content?: string | null; with?: string[] | null; without?: string[] | null } | null;
}

/** evaluate.py's `get_page_type`: `_internal.page_type.primary` (or the string), else article; category is collection. */
function wcxbPageType(data: WcxbFile): string {
  const pt = data._internal?.page_type;
  const type = typeof pt === 'string' ? pt : typeof pt === 'object' && pt !== null ? (pt.primary ?? 'article') : 'article';
  return type === 'category' ? 'collection' : type;
}

/**
 * A page without a `url`: its own canonical address or og:url when it gives one, else its
 * domain from metadata.json, else a neutral address that says nothing about it.
 */
function wcxbUrl(id: string, html: () => string, domain: string): string {
  const head = html().slice(0, 200_000);
  const declared =
    /<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(head)?.[1] ??
    /<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(head)?.[1];
  if (declared && /^https?:\/\//.test(declared)) return declared;
  return domain ? `https://${domain}/` : `http://fakehost/wcxb/${id}`;
}

function wcxb(dir: string): CorpusPage[] {
  const gt = join(dir, 'dev', 'ground-truth');
  const metaPath = join(dir, 'metadata.json');
  const meta = existsSync(metaPath) ? ((JSON.parse(readFileSync(metaPath, 'utf8')) as { files?: Record<string, { domain?: string }> }).files ?? {}) : {};
  const pages: CorpusPage[] = [];
  for (const file of readdirSync(gt).filter((f) => f.endsWith('.json')).sort()) {
    const id = file.slice(0, -'.json'.length);
    const data = JSON.parse(readFileSync(join(gt, file), 'utf8')) as WcxbFile;
    const truth = data.ground_truth;
    // evaluate.py leaves out a file whose ground_truth is not an object.
    if (!truth || typeof truth !== 'object' || Array.isArray(truth)) continue;
    // The pages are stored as UTF-8 whatever their <meta charset> says (the README).
    const html = (): string => new TextDecoder('utf-8').decode(gunzipSync(readFileSync(join(dir, 'dev', 'html', `${id}.html.gz`))));
    const url = data.url || wcxbUrl(id, html, meta[id]?.domain ?? '');
    pages.push({
      id,
      url,
      site: url.startsWith('http://fakehost/') ? `wcxb-${id}` : siteOf(url),
      html,
      truth: { kind: 'words', mainContent: truth.main_content ?? '', with: truth.with ?? [], without: truth.without ?? [], pageType: wcxbPageType(data) },
      stripComments: false,
    });
  }
  return pages;
}

export function loadCorpus(dir: string): Corpus {
  if (existsSync(join(dir, 'dev', 'ground-truth'))) return { kind: 'words', dir, pages: wcxb(dir) };
  if (existsSync(join(dir, 'ground-truth.json'))) return { kind: 'shingles', dir, pages: benchmark(dir) };
  if (existsSync(join(dir, 'evaldata.json'))) return { kind: 'snippets', dir, pages: trafilatura(dir) };
  const pages = readabilityPages(dir);
  if (pages.length > 0) return { kind: 'readability', dir, pages };
  throw new Error(`${dir}: not a corpus layout this bench knows (ground-truth.json, evaldata.json, <slug>/expected-metadata.json, or dev/ground-truth/)`);
}
