/** Runs a corpus's pages in worker processes (scripts/bench/worker.ts), `jobs` at a time. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Corpus, CorpusPage } from './corpora';
import type { PageRun } from './report';
import type { SideResult } from './run';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Pages per process: small enough to stay far from the heap limit. */
const SLICE = 40;

function runSlice(dir: string, pages: CorpusPage[], repeat: number): Promise<Map<string, { ours: SideResult; raw: SideResult }>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench worker exited with ${code} on ${dir}`));
      const results = new Map<string, { ours: SideResult; raw: SideResult }>();
      for (const line of out.split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { id: string; ours: SideResult; raw: SideResult };
        results.set(r.id, r);
      }
      resolve(results);
    });
    child.stdin.end(JSON.stringify({ dir, ids: pages.map((p) => p.id), repeat }));
  });
}

/** `repeat`: timings per side and page, of which the page's median is kept (scripts/bench/worker.ts). */
export async function runCorpus(corpus: Corpus, pages: CorpusPage[], jobs: number, repeat = 1): Promise<PageRun[]> {
  const slices: CorpusPage[][] = [];
  for (let i = 0; i < pages.length; i += SLICE) slices.push(pages.slice(i, i + SLICE));
  const results = new Map<string, { ours: SideResult; raw: SideResult }>();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < slices.length) {
      const slice = slices[next++]!;
      for (const [id, r] of await runSlice(corpus.dir, slice, repeat)) results.set(id, r);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, lane));
  return pages.map((page) => {
    const r = results.get(page.id);
    if (!r) throw new Error(`no result for ${page.id}`);
    return { page, ...r };
  });
}
