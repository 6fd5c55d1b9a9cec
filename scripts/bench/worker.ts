/**
 * Runs a slice of a corpus in its own process: jsdom does not give back all of a closed
 * window's memory, so a long corpus in one process runs out of heap.
 * Reads `{ dir, ids }` as JSON on stdin, writes one `{ id, ours, raw }` JSON line per page.
 */
import { loadCorpus } from './corpora';
import { runOurs, runRaw } from './run';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => (input += chunk));
process.stdin.on('end', () => {
  const { dir, ids } = JSON.parse(input) as { dir: string; ids: string[] };
  const wanted = new Set(ids);
  const pages = loadCorpus(dir).pages.filter((p) => wanted.has(p.id));
  pages.forEach((page, i) => {
    const html = page.html();
    // Alternate the order so neither side always runs on a colder JIT.
    const first = i % 2 === 0 ? runOurs(page, html) : runRaw(page, html);
    const second = i % 2 === 0 ? runRaw(page, html) : runOurs(page, html);
    const [ours, raw] = i % 2 === 0 ? [first, second] : [second, first];
    process.stdout.write(`${JSON.stringify({ id: page.id, ours, raw })}\n`);
  });
});
