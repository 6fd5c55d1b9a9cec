import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { manifestFor, type Target } from '../../../scripts/build/manifest';
import { lintFailures, lintFirefox } from '../../../scripts/package/firefox';
import { packChrome, packFirefox, packSources } from '../../../scripts/package/packages';
import { readZip, writeZip } from '../../../scripts/package/zip';
import { localeFiles } from '../../../src/i18n/browserMessages';

// Packaging runs on a tiny build made here — the real manifests, locales and icons, two small
// scripts — so the test needs no earlier `npm run build` and takes seconds, while web-ext lint
// still judges the manifest AMO will see (min versions, data_collection_permissions).
const root = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'lucid-package-'));
const modified = new Date('2026-01-02T03:04:06Z');

function put(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

function fakeBuild(target: Target): string {
  const dir = join(scratch, target);
  const manifest: Record<string, unknown> = {
    ...(manifestFor(target) as unknown as Record<string, unknown>),
    options_ui: { page: 'options.html', open_in_tab: true },
    background: target === 'chrome' ? { service_worker: 'background.js', type: 'module' } : { scripts: ['background.js'], type: 'module' },
  };
  put(dir, 'manifest.json', JSON.stringify(manifest, null, 2));
  put(dir, 'background.js', 'globalThis.started = true;\n');
  put(dir, 'options.html', '<!doctype html><html lang="en"><title>Options</title><script type="module" src="options.js"></script></html>\n');
  put(dir, 'options.js', 'document.title = "Lucid Reader";\n');
  for (const [path, text] of localeFiles()) put(dir, path, text);
  cpSync(join(root, 'public/icons'), join(dir, 'icons'), { recursive: true });
  return dir;
}

let chrome = '';
let firefox = '';
beforeAll(() => {
  chrome = fakeBuild('chrome');
  firefox = fakeBuild('firefox');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the Chrome Web Store zip', () => {
  it('has manifest.json at its root, with package.json’s version', () => {
    const files = readZip(readFileSync(packChrome(chrome, join(scratch, 'out/chrome.zip'), pkg.version, modified)));
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as { version?: string };
    expect(manifest.version).toBe(pkg.version);
    expect(files.get('_locales/en/messages.json')?.toString('utf8')).toBe(localeFiles().get('_locales/en/messages.json'));
    expect(files.get('icons/icon-128.png')?.equals(readFileSync(join(root, 'public/icons/icon-128.png')))).toBe(true);
  });

  it('comes out byte for byte the same from the same files', () => {
    const first = readFileSync(packChrome(chrome, join(scratch, 'out/a.zip'), pkg.version, modified));
    const second = readFileSync(packChrome(chrome, join(scratch, 'out/b.zip'), pkg.version, modified));
    expect(first.equals(second)).toBe(true);
  });

  it('refuses a build of another version', () => {
    expect(() => packChrome(chrome, join(scratch, 'out/c.zip'), '9.9.9', modified)).toThrow(/version/);
  });

  it('is a zip other tools read', () => {
    const zip = packChrome(chrome, join(scratch, 'out/d.zip'), pkg.version, modified);
    let unzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      unzip = false; // no unzip here: the web-ext round trip below still reads a foreign zip
    }
    if (unzip) expect(execFileSync('unzip', ['-tq', zip], { encoding: 'utf8' })).toMatch(/No errors/);
  });

  it('reads archives written by others (round trip through writeZip too)', () => {
    const entries = [{ path: 'a/b.txt', data: Buffer.from('ünïcode '.repeat(50)) }, { path: 'c.bin', data: Buffer.from([1, 2, 3]) }];
    const back = readZip(writeZip(entries, modified));
    expect([...back.keys()]).toEqual(['a/b.txt', 'c.bin']);
    expect(back.get('a/b.txt')?.equals(entries[0]?.data ?? Buffer.alloc(0))).toBe(true);
  });
});

describe('the Firefox xpi', () => {
  it('is made by web-ext and holds exactly the build, manifest at the root', async () => {
    const files = readZip(readFileSync(await packFirefox(firefox, join(scratch, 'out/firefox.xpi'), pkg.version)));
    const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '{}') as { version?: string };
    expect(manifest.version).toBe(pkg.version);
    expect(files.has('background.js')).toBe(true);
  });

  it('passes web-ext lint with no error and no warning (the min versions fit data_collection_permissions)', async () => {
    const lint = await lintFirefox(firefox);
    expect(lint.errors).toEqual([]);
    expect(lint.warnings).toEqual([]);
    expect(lintFailures(lint)).toEqual([]);
  });
});

describe('the sources zip', () => {
  const facts = { version: pkg.version, node: 'v20.19.0', npm: '10.8.2', nodeRange: '>=20.19' };

  it('holds the tracked sources and BUILD.md, and no node_modules, builds or artifacts', () => {
    const files = readZip(readFileSync(packSources(root, join(scratch, 'out/sources.zip'), facts, modified)));
    const paths = [...files.keys()];
    for (const needed of ['BUILD.md', 'package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'scripts/build.mjs', 'src/background/index.ts']) {
      expect(paths).toContain(needed);
    }
    expect(paths.filter((path) => /^(node_modules|dist|dist-firefox|artifacts)\//.test(path) || path.includes('..'))).toEqual([]);
    const note = files.get('BUILD.md')?.toString('utf8') ?? '';
    expect(note).toContain('npm ci');
    expect(note).toContain('npm run build');
    expect(note).toContain(`dist-firefox/\` is the content of \`lucid-reader-${pkg.version}-firefox.xpi`);
  });
});
