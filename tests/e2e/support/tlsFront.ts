import type { Browser, CDPSession } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Duplex } from 'node:stream';
import { createSecureContext, TLSSocket } from 'node:tls';

/**
 * Some news domains (bbc.com, bbc.co.uk, nytimes.com…) are on the browser's HSTS preload list:
 * it upgrades http://www.bbc.com:<port>/ to https on the same port before sending anything. This
 * front listens on one port for both, ends TLS itself and hands the plain HTTP to the fixture
 * server, so such pages load from the fixtures like any other.
 */
export interface TlsFront {
  port: number;
  /** https://<host>:<port>/<slug>/<path>, served by the fixture server behind */
  url(host: string, slug: string, path?: string): string;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'lucid-reader-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=fixtures.test',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function splice(a: Duplex, b: Duplex): void {
  a.pipe(b).pipe(a);
  a.on('error', () => b.destroy());
  b.on('error', () => a.destroy());
  a.on('close', () => b.destroy());
  b.on('close', () => a.destroy());
}

/**
 * The connection as a plain stream, first chunk included. TLS over a net.Socket would read the
 * socket's handle directly and miss the chunk already read to tell TLS from plain HTTP.
 */
function replayed(socket: Socket, first: Buffer): Duplex {
  const stream = new Duplex({
    read: () => void socket.resume(),
    write: (chunk: Buffer, _encoding, done) => void socket.write(chunk, done),
    final: (done) => {
      socket.end();
      done();
    },
  });
  stream.push(first);
  socket.on('data', (chunk) => {
    if (!stream.push(chunk)) socket.pause();
  });
  socket.on('end', () => stream.push(null));
  socket.on('error', () => stream.destroy());
  socket.on('close', () => stream.destroy());
  return stream;
}

export async function startTlsFront(targetPort: number): Promise<TlsFront> {
  const sockets = new Set<Socket>();
  const toTarget = (): Socket => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    return upstream;
  };
  const secureContext = createSecureContext(selfSignedCertificate());
  const front = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      // A TLS connection opens with a handshake record (content type 22).
      const plain = first[0] === 0x16 ? new TLSSocket(replayed(socket, first), { isServer: true, secureContext }) : replayed(socket, first);
      splice(plain, toTarget());
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (host, slug, path = '') => `https://${host}:${port}/${slug}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        front.close(() => resolve());
      }),
  };
}

/**
 * The browser trusts the front's throwaway certificate for as long as the returned session is
 * attached (the override belongs to it).
 */
export async function acceptAnyCertificate(browser: Browser): Promise<CDPSession> {
  const session = await browser.newBrowserCDPSession();
  await session.send('Security.setIgnoreCertificateErrors', { ignore: true });
  return session;
}
