/**
 * Runs a corpus's pages in worker processes (scripts/bench/worker.ts), `jobs` at a time.
 * One page never stops the run: a page that throws is reported failed by the worker itself;
 * a worker that dies or hangs has the pages it had not answered run again one per process,
 * and a page that kills its own process too is counted failed, with the reason, on both sides.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Corpus, CorpusPage } from './corpora';
import type { PageRun } from './report';
import { EMPTY, type SideResult } from './run';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Pages per process: small enough to stay far from the heap limit. */
const SLICE = 40;
/** A worker is stopped once it has spent this long per page of its slice (and per repeat). */
const MS_PER_PAGE = 120_000;

type Result = { ours: SideResult; raw: SideResult };

export interface PoolOptions {
  /** The worker script (tests give their own). */
  worker?: string;
  /** Time allowed per page and repeat before a worker is stopped. */
  msPerPage?: number;
}

interface SliceOutcome {
  results: Map<string, Result>;
  /** Why the process ended without answering every page, if it did. */
  error: string | null;
}

function runSlice(dir: string, pages: CorpusPage[], repeat: number, options: PoolOptions): Promise<SliceOutcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', options.worker ?? WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    const results = new Map<string, Result>();
    let out = '';
    let timedOut = false;
    let spawnError: string | null = null;
    const take = (line: string): void => {
      if (!line.trim()) return;
      try {
        const r = JSON.parse(line) as { id: string } & Result;
        results.set(r.id, { ours: r.ours, raw: r.raw });
      } catch {
        /* a torn last line of a dying worker: its page is run again */
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) take(line);
    });
    const timer = setTimeout(
      () => {
        timedOut = true;
        child.kill('SIGKILL');
      },
      (options.msPerPage ?? MS_PER_PAGE) * pages.length * repeat,
    );
    child.on('error', (err) => {
      spawnError = err.message;
    });
    child.stdin.on('error', () => {
      /* the worker died before reading its input: reported by 'close' */
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      take(out);
      const answered = pages.every((p) => results.has(p.id));
      const why = timedOut ? 'timed out' : (spawnError ?? (code !== 0 ? `exited with ${code ?? signal}` : answered ? null : 'ended without answering'));
      resolve({ results, error: answered && code === 0 ? null : `bench worker ${why}` });
    });
    child.stdin.end(JSON.stringify({ dir, ids: pages.map((p) => p.id), repeat }));
  });
}

/** `repeat`: timings per side and page, of which the page's median is kept (scripts/bench/worker.ts). */
export async function runCorpus(corpus: Corpus, pages: CorpusPage[], jobs: number, repeat = 1, options: PoolOptions = {}): Promise<PageRun[]> {
  const slices: CorpusPage[][] = [];
  for (let i = 0; i < pages.length; i += SLICE) slices.push(pages.slice(i, i + SLICE));
  const results = new Map<string, Result>();
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < slices.length) {
      const slice = slices[next++]!;
      const first = await runSlice(corpus.dir, slice, repeat, options);
      for (const [id, r] of first.results) results.set(id, r);
      if (!first.error) continue;
      const missing = slice.filter((p) => !first.results.has(p.id));
      console.error(`${first.error} on ${corpus.dir}; running its ${missing.length} unanswered pages one by one`);
      for (const page of missing) {
        const alone = slice.length === 1 ? first : await runSlice(corpus.dir, [page], repeat, options);
        const r = alone.results.get(page.id);
        if (r) {
          results.set(page.id, r);
          continue;
        }
        const error = `${alone.error ?? 'bench worker gave no answer'} on this page`;
        console.error(`page ${page.id} failed: ${error}`);
        const failed: SideResult = { ...EMPTY, isArticle: false, ms: 0, failed: true, error };
        results.set(page.id, { ours: failed, raw: failed });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, lane));
  return pages.map((page) => {
    const r = results.get(page.id);
    const failed: SideResult = { ...EMPTY, isArticle: false, ms: 0, failed: true, error: 'no result' };
    return { page, ...(r ?? { ours: failed, raw: failed }) };
  });
}
