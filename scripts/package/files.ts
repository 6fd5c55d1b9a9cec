// Reading a folder or the git-tracked tree into zip entries, and comparing two sets of files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ZipEntry } from './zip';

/** Every file under `dir`, as archive paths (forward slashes), sorted so archives are stable. */
function filesUnder(dir: string): string[] {
  const found = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return found.sort();
}

export function entriesUnder(dir: string): ZipEntry[] {
  return filesUnder(dir).map((path) => ({ path, data: readFileSync(join(dir, path)) }));
}

function git(repo: string, args: string[]): string {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The files git tracks, as they are in the working tree (node_modules, builds and ../shared never are). */
export function trackedFiles(repo: string): string[] {
  return git(repo, ['ls-files', '-z']).split('\0').filter(Boolean).sort();
}

/** Tracked files changed since the last commit: sources made from them would not be a commit's. */
export function uncommittedChanges(repo: string): string[] {
  return git(repo, ['status', '--porcelain', '--untracked-files=no']).split('\n').filter(Boolean);
}

/** The last commit's date: a timestamp that is the same every time the same commit is packaged. */
export function commitDate(repo: string): Date {
  return new Date(git(repo, ['log', '-1', '--format=%cI']).trim());
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Paths only in one set or with different bytes; empty when the two sets are the same files. */
export function differences(left: ReadonlyMap<string, Buffer>, right: ReadonlyMap<string, Buffer>): string[] {
  const paths = new Set([...left.keys(), ...right.keys()]);
  const differ: string[] = [];
  for (const path of [...paths].sort()) {
    const a = left.get(path);
    const b = right.get(path);
    if (!a) differ.push(`only in the second: ${path}`);
    else if (!b) differ.push(`only in the first: ${path}`);
    else if (!a.equals(b)) differ.push(`differs: ${path}`);
  }
  return differ;
}

export function filesMap(dir: string): Map<string, Buffer> {
  return new Map(entriesUnder(dir).map(({ path, data }) => [path, data]));
}
