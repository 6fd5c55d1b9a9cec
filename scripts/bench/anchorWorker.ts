/**
 * Runs a slice of a corpus through the anchoring bench in its own process (jsdom keeps some of
 * each closed window's memory). Reads `{ dir, ids, seed }` on stdin, writes a PageResult JSON line per page.
 */
import { loadCorpus } from './corpora';
import { runPage } from './anchorPage';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => (input += chunk));
process.stdin.on('end', () => {
  const { dir, ids, seed } = JSON.parse(input) as { dir: string; ids: string[]; seed: number };
  const wanted = new Set(ids);
  for (const page of loadCorpus(dir).pages.filter((p) => wanted.has(p.id))) {
    try {
      process.stdout.write(`${JSON.stringify(runPage(page, seed))}\n`);
    } catch (err) {
      console.error(`anchor bench failed on ${page.id}:`, err);
      process.stdout.write(`${JSON.stringify({ id: page.id, skipped: 'failed', cases: [] })}\n`);
    }
  }
});
