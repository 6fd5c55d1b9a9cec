/**
 * Runs a slice of a corpus in its own process: jsdom does not give back all of a closed
 * window's memory, so a long corpus in one process runs out of heap.
 * Reads `{ dir, ids, repeat }` as JSON on stdin, writes one `{ id, ours, raw }` JSON line per page.
 * With `repeat` above 1, each side's `ms` is the median of that many timings of the page.
 */
import { type CorpusPage, loadCorpus } from './corpora';
import { EMPTY, errorText, runOurs, runRaw, type SideResult, timeOurs, timeRaw } from './run';
import { median } from './stats';

/**
 * `repeat - 1` more timings of each side, alternating which goes first so neither always
 * runs right after the other has warmed (or filled) the heap; failed timings are left out.
 */
function moreSamples(page: Parameters<typeof timeOurs>[0], html: string, repeat: number, oursFirst: boolean): { ours: number[]; raw: number[] } {
  const ours: number[] = [];
  const raw: number[] = [];
  for (let k = 1; k < repeat; k++) {
    const oursNow = (k % 2 === 0) === oursFirst;
    if (oursNow) ours.push(timeOurs(page, html));
    raw.push(timeRaw(page, html));
    if (!oursNow) ours.push(timeOurs(page, html));
  }
  return { ours: ours.filter(Number.isFinite), raw: raw.filter(Number.isFinite) };
}

/** Both sides on one page, written as its line. */
function runPage(page: CorpusPage, i: number, repeat: number): void {
  const html = page.html();
  // Alternate the order so neither side always runs on a colder JIT.
  const oursFirst = i % 2 === 0;
  const first = oursFirst ? runOurs(page, html) : runRaw(page, html);
  const second = oursFirst ? runRaw(page, html) : runOurs(page, html);
  const [ours, raw] = oursFirst ? [first, second] : [second, first];
  if (repeat > 1) {
    const more = moreSamples(page, html, repeat, oursFirst);
    ours.ms = median([ours.ms, ...more.ours]);
    raw.ms = median([raw.ms, ...more.raw]);
  }
  process.stdout.write(`${JSON.stringify({ id: page.id, ours, raw })}\n`);
}

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk: string) => (input += chunk));
process.stdin.on('end', () => {
  const { dir, ids, repeat = 1 } = JSON.parse(input) as { dir: string; ids: string[]; repeat?: number };
  const wanted = new Set(ids);
  const pages = loadCorpus(dir).pages.filter((p) => wanted.has(p.id));
  pages.forEach((page, i) => {
    try {
      runPage(page, i, repeat);
    } catch (err) {
      // Reading or parsing the page failed before either side ran: the page fails, the others go on.
      console.error(`bench worker: page ${page.id} failed:`, err);
      const failed: SideResult = { ...EMPTY, isArticle: false, ms: 0, failed: true, error: errorText(err) };
      process.stdout.write(`${JSON.stringify({ id: page.id, ours: failed, raw: failed })}\n`);
    }
  });
});
