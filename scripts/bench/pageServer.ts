/**
 * Serves benchmark pages at their real addresses. The browser resolves each page's host to
 * this server (and every other host to nothing); one port answers both plain http and TLS, so
 * https pages, and http pages of HSTS-preloaded hosts that the browser upgrades, load alike.
 * Firefox cannot map hosts to a port: it uses the plain server as its HTTP proxy instead
 * (`proxyPort`: absolute-form requests for http, CONNECT to the TLS front for https).
 */
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { startTlsFront } from '../../tests/e2e/support/tlsFront';

export interface ServedPage {
  id: string;
  url: string;
}

export interface PageServer {
  port: number;
  /** an HTTP proxy (http and CONNECT) that serves the same pages, for browsers without host rules */
  proxyPort: number;
  /** --host-resolver-rules: the pages' hosts onto this server, every other host unresolvable */
  hostRules: string;
  /** requests answered with a page / refused (a path that is no page: the site's own assets) */
  counts(): { pages: number; refused: number };
  close(): Promise<void>;
}

const keyOf = (host: string, pathAndQuery: string): string => `${host.toLowerCase().replace(/:\d+$/, '')}${pathAndQuery}`;

export async function startPageServer(pages: readonly ServedPage[], html: (id: string) => string): Promise<PageServer> {
  const byKey = new Map<string, string>();
  const hosts = new Set<string>();
  for (const page of pages) {
    const url = new URL(page.url);
    byKey.set(keyOf(url.host, `${url.pathname}${url.search}`), page.id);
    hosts.add(url.hostname);
  }
  let served = 0;
  let refused = 0;
  const server: Server = createServer((req, res) => {
    // A proxy's request names the whole address (absolute form).
    const absolute = /^https?:\/\//.test(req.url ?? '') ? new URL(req.url ?? '') : null;
    const id = absolute ? byKey.get(keyOf(absolute.host, `${absolute.pathname}${absolute.search}`)) : byKey.get(keyOf(req.headers.host ?? '', req.url ?? '/'));
    if (id === undefined) {
      refused++;
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not found');
      return;
    }
    served++;
    // The share stores every page as UTF-8, whatever its <meta charset> says.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html(id));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const plainPort = typeof address === 'object' && address ? address.port : 0;
  const front = await startTlsFront(plainPort);
  // https through the proxy: the tunnel goes to the TLS front, which serves every host.
  server.on('connect', (_req, client, head) => {
    const upstream = connect(front.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.on('close', () => upstream.destroy());
  });
  const rules = [...hosts].sort().map((host) => `MAP ${host} 127.0.0.1:${front.port}`);
  return {
    port: front.port,
    proxyPort: plainPort,
    hostRules: [...rules, 'MAP * ~NOTFOUND'].join(', '),
    counts: () => ({ pages: served, refused }),
    close: async () => {
      await front.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
