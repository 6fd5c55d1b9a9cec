import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { benchFixtures } from '../../../scripts/bench/fixtures';
import { EXTRACTION_FIXTURES_DIR, SITE_FIXTURES_DIR } from '../../support/extractionFixtures';

/** The demo article: newsx-seed (its page in tests/extraction-fixtures/, its assets in tests/fixtures/) at the address the real site gives it. */
export const NEWSX_ARTICLE = 'world/first-contacts-with-trump-administration-inspire-hope-putin-says-as-russia-us-diplomats-meet-in-turkey-265432';


const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.wav': 'audio/wav',
  '.json': 'application/json',
};

export interface FixtureServer {
  port: number;
  /** URL of a fixture page as a real site would have it: http://<host>:<port>/<slug>/<path> */
  url(host: string, slug: string, path?: string): string;
  close(): Promise<void>;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function pageHeaders(slug: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(join(SITE_FIXTURES_DIR, slug, 'headers.json'), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** A slug's page: an e2e site page's page.html, else the extraction fixture's source.html of that name. */
async function pageOf(slug: string): Promise<string> {
  const sitePage = join(SITE_FIXTURES_DIR, slug, 'page.html');
  return (await isFile(sitePage)) ? sitePage : join(EXTRACTION_FIXTURES_DIR, slug, 'source.html');
}

const GENERATED = 'generated';
let generated: Map<string, string> | null = null;
function generatedPage(id: string): string | null {
  generated ??= new Map(benchFixtures().map((page) => [page.id, page.html]));
  return generated.get(id) ?? null;
}

/**
 * Serves tests/fixtures: /<slug>/<file> is that fixture's asset when the file exists, and
 * any other /<slug>/… path is the fixture's page.html (or the extraction fixture's source.html, tests/extraction-fixtures), so pages can live at realistic URLs
 * (/newsx-seed/world/some-story-123456). Any hostname works: the browser maps real news
 * hostnames onto this server with --host-resolver-rules.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const [, slug = '', ...rest] = path.split('/');
      // /generated/<id>/… is one of the bench's generated pages (a 10 MB article…): too big to commit.
      if (slug === GENERATED) {
        const html = generatedPage(rest[0] ?? '');
        if (html === null) res.writeHead(404).end('not found');
        else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
        return;
      }
      const safe = normalize(join(SITE_FIXTURES_DIR, slug, ...rest));
      if (!slug || !safe.startsWith(SITE_FIXTURES_DIR) || safe.includes(`${sep}..${sep}`)) {
        res.writeHead(404).end('not found');
        return;
      }
      const asset = rest.length > 0 && (await isFile(safe)) && !safe.endsWith('headers.json') ? safe : null;
      const file = asset ?? (await pageOf(slug));
      if (!(await isFile(file))) {
        res.writeHead(404).end('not found');
        return;
      }
      const headers: Record<string, string> = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(asset ? {} : await pageHeaders(slug)),
      };
      res.writeHead(200, headers).end(await readFile(file));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    url: (host, slug, path = '') => `http://${host}:${actualPort}/${slug}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets from the browser would hold close() open.
        server.closeAllConnections();
      }),
  };
}

/** The fixture server as a worker-scoped Playwright fixture: one per test worker, closed after it. */
export const fixtureServerFixture: [(args: object, use: (server: FixtureServer) => Promise<void>) => Promise<void>, { scope: 'worker' }] = [
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring, and this one has none
  async ({}, use: (server: FixtureServer) => Promise<void>): Promise<void> => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  { scope: 'worker' },
];
