import { readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * The files of a built extension that something loads, starting from `start` (default: the
 * manifest). A reference is any quoted string or HTML attribute naming a file of the build:
 * `./x.js` relative to the referring file, other paths from the extension's root (what
 * `scripting.executeScript({ files })` and the manifest use). The browser loads `_locales`
 * itself when the manifest names a default locale.
 */
export function loadedFiles(dir: string, start: readonly string[] = ['manifest.json']): Set<string> {
  const files = new Set(filesUnder(dir));
  const loaded = new Set<string>();
  const queue = [...start];
  const reach = (path: string): void => {
    if (!loaded.has(path) && files.has(path)) queue.push(path);
  };
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (loaded.has(file)) continue;
    loaded.add(file);
    const text = readFileSync(join(dir, file), 'utf8');
    if (file === 'manifest.json' && (JSON.parse(text) as { default_locale?: string }).default_locale !== undefined) {
      for (const path of files) if (/^_locales\/[^/]+\/messages\.json$/.test(path)) reach(path);
    }
    if (!/\.(?:json|js|mjs|html|css)$/.test(file)) continue;
    const here = posix.dirname(file);
    for (const match of text.matchAll(/(["'`])([^"'`\s<>(){}]+?)\1|url\(([^)\s]+)\)/g)) {
      const ref = (match[2] ?? match[3] ?? '').split(/[?#]/)[0] ?? '';
      if (ref === '' || ref.includes('://')) continue;
      reach(ref.startsWith('.') ? posix.normalize(posix.join(here, ref)) : ref.replace(/^\//, ''));
    }
  }
  return loaded;
}

