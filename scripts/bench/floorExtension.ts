/**
 * A copy of dist/ whose reader script is the injection floor (floorScript.ts), for the bench
 * to load beside the real build. Its own name, and no host access, so it registers no detection
 * script. (Its `commands` stay: without them Chromium never delivers its action clicks.)
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const FLOOR_NAME = 'Lucid Reader injection floor (bench)';
/** the file the background injects on a click (background/inject.ts, `?iife`) */
const READER_FILE = 'src/content/reader.js';

export async function buildFloorExtension(distDir: string, outDir: string): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(distDir, outDir, { recursive: true });
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: fileURLToPath(new URL('./floorScript.ts', import.meta.url)), formats: ['iife'], name: 'lucidFloor' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('the floor script did not build');
  writeFileSync(join(outDir, READER_FILE), chunk.code);
  const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.name = FLOOR_NAME;
  delete manifest.host_permissions;
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return outDir;
}
