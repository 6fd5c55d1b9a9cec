// AMO rebuilds the add-on from the sources archive and compares: so do we, before uploading.
// The sources are unpacked into a temporary folder with this checkout's node_modules linked in
// (the same versions `npm ci` installs from package-lock.json), built, and compared file by file.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { differences, filesMap } from './files';
import { readZip } from './zip';

const run = promisify(execFile);

export interface Rebuilt {
  chrome: string[];
  firefox: string[];
}

/** The differences between our builds and builds made from the sources archive (none: reproducible). */
export async function rebuildFromSources(sourcesZip: string, nodeModules: string, builds: { chrome: string; firefox: string }): Promise<Rebuilt> {
  const scratch = mkdtempSync(join(tmpdir(), 'lucid-sources-'));
  try {
    for (const [path, data] of readZip(readFileSync(sourcesZip))) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), data);
    }
    symlinkSync(nodeModules, join(scratch, 'node_modules'), 'dir');
    await run(process.execPath, ['scripts/build.mjs'], { cwd: scratch, timeout: 10 * 60_000, maxBuffer: 16 * 1024 * 1024 });
    return {
      chrome: differences(filesMap(builds.chrome), filesMap(join(scratch, 'dist'))),
      firefox: differences(filesMap(builds.firefox), filesMap(join(scratch, 'dist-firefox'))),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
