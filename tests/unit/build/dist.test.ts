import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeFiles } from '../../../src/i18n/browserMessages';
import { filesUnder, loadedFiles } from './loadedFiles';

// Both builds, made here into a scratch folder: what ships is what is checked, and the test
// does not depend on an earlier `npm run build`.
const TARGETS = ['chrome', 'firefox'] as const;
const scratch = mkdtempSync(join(tmpdir(), 'lucid-dist-'));
const outDir = (target: (typeof TARGETS)[number]): string => join(scratch, target);

beforeAll(async () => {
  for (const mode of TARGETS) {
    await build({ mode, logLevel: 'silent', configLoader: 'runner', build: { outDir: outDir(mode) } });
  }
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(TARGETS)('the %s build', (target) => {
  it('ships no file that nothing loads', () => {
    const dir = outDir(target);
    const loaded = loadedFiles(dir);
    expect(loaded).toContain('src/content/reader.js');
    expect(loaded).toContain('src/content/detect.js');
    expect(filesUnder(dir).filter((file) => !loaded.has(file))).toEqual([]);
  });

  it('writes _locales from the catalogues', () => {
    for (const [path, text] of localeFiles()) expect(readFileSync(join(outDir(target), path), 'utf8'), path).toBe(text);
  });
});
