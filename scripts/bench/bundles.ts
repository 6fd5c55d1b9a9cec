/**
 * Every script the built extension loads, raw and gzipped, found from the manifest: the
 * background and what it imports, the scripts it injects (named in its code), the options
 * page's scripts. Files nothing reaches are listed apart.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  /** what loads it: background, reader (injected on a click), detection, options, extraction (the offscreen document) */
  role: string;
  raw: number;
  gzip: number;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

/** Static imports of an ES module ("./x.js"), resolved within the build. */
function importsOf(file: string, code: string): string[] {
  const found = [...code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1] ?? '');
  return found.map((spec) => posix.normalize(posix.join(posix.dirname(file), spec)));
}

export function bundleSizes(distDir: string): { loaded: BundleSize[]; unreached: string[] } {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    options_ui?: { page?: string };
  };
  const roles = new Map<string, string>();
  const visitPage = (page: string, role: string): void => {
    if (!existsSync(join(distDir, page))) return;
    const html = readFileSync(join(distDir, page), 'utf8');
    for (const m of html.matchAll(/<script[^>]*\ssrc="\/?([^"]+)"/g)) visit(m[1] ?? '', role);
  };
  const visit = (file: string, role: string): void => {
    if (roles.has(file) || !existsSync(join(distDir, file))) return;
    roles.set(file, role);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const dep of importsOf(file, code)) visit(dep, role);
    // Injected scripts are named by path in the code that injects them.
    for (const m of code.matchAll(/["'](src\/[\w/.-]+\.js)["']/g)) {
      const injected = m[1] ?? '';
      visit(injected, injected.includes('detect') ? 'detection' : injected.includes('reader') ? 'reader' : role);
    }
    // Extension pages it opens by path: Chromium's offscreen document, where extraction runs.
    // (The options page is named there too, as a fallback: it is counted as the options' own.)
    for (const m of code.matchAll(/[`"'](src\/[\w/.-]+\.html)[`"']/g)) if (m[1] !== manifest.options_ui?.page) visitPage(m[1] ?? '', 'extraction');
  };
  for (const file of [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])]) if (file) visit(file, 'background');
  const page = manifest.options_ui?.page;
  if (page) visitPage(page, 'options');
  const loaded = [...roles].map(([file, role]) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, role, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const unreached = allFiles(distDir)
    .map((p) => relative(distDir, p).split('\\').join('/'))
    .filter((f) => f.endsWith('.js') && !roles.has(f));
  return { loaded, unreached };
}
