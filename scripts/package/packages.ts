// The three store packages, each from a finished build (or, for the sources, the git tree).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { differences, filesMap, entriesUnder } from './files';
import { buildXpi } from './firefox';
import { type BuildNoteFacts, sourceEntries } from './sources';
import { readZip, writeZip } from './zip';

export const chromeZipName = (version: string): string => `lucid-reader-${version}-chrome.zip`;
export const sourcesZipName = (version: string): string => `lucid-reader-${version}-sources.zip`;

/** A build whose manifest says another version than package.json is a stale build: refused. */
function checkManifestVersion(distDir: string, version: string): void {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as { version?: unknown };
  if (manifest.version !== version) {
    throw new Error(`${distDir}/manifest.json has version ${String(manifest.version)}, package.json ${version}: build again`);
  }
}

function write(path: string, data: Buffer): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  return path;
}

/** The Chrome Web Store zip: the build's files with manifest.json at the archive's root. */
export function packChrome(distDir: string, zipPath: string, version: string, modified: Date): string {
  checkManifestVersion(distDir, version);
  return write(zipPath, writeZip(entriesUnder(distDir), modified));
}

/** The .xpi, by web-ext; checked to hold exactly the build's files, since that is what AMO reviews. */
export async function packFirefox(distDir: string, xpiPath: string, version: string): Promise<string> {
  checkManifestVersion(distDir, version);
  await buildXpi(distDir, xpiPath);
  const differ = differences(filesMap(distDir), readZip(readFileSync(xpiPath)));
  if (differ.length > 0) throw new Error(`the .xpi is not the build:\n${differ.join('\n')}`);
  return xpiPath;
}

/** The sources zip: every tracked file of `repo` and BUILD.md. */
export function packSources(repo: string, zipPath: string, facts: BuildNoteFacts, modified: Date): string {
  return write(zipPath, writeZip(sourceEntries(repo, facts), modified));
}
