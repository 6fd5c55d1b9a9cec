/**
 * Anchoring bench (issue #23): do highlights come back on the same words after the page changed?
 *
 *   npm run bench:anchor [-- --pages DIR] [--seed N] [--per-page] [--limit N] [--only ID,ID] [--jobs N]
 *
 * --only takes page ids or their beginnings (a dozen hex digits are enough).
 *
 * For every page (default: the shared news benchmark): extract it, make 5 highlights at random
 * words, edit the page as a site edits its story (a paragraph inserted before a highlighted one
 * and one removed, both in the story's own run of paragraphs, never in a quote, embed, caption,
 * list or header; a word changed; then also a word in or beside one highlight), extract again
 * and anchor. Counts the highlights found on the same place, not found, and found on a wrong
 * place (which must be 0). A page whose story has no run of paragraphs (a story of lists and
 * tables, or of <br>-separated text) gets no paragraph edits.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnchorCase, PageResult } from './bench/anchorPage';
import { type CorpusPage, loadCorpus } from './bench/corpora';
import { exitIfCorporaMissing } from './bench/sharedCorpora';
import { median, percentile } from './bench/stats';

const WORKER = fileURLToPath(new URL('./bench/anchorWorker.ts', import.meta.url));
const SLICE = 20;

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '../shared/extraction-benchmark' },
    seed: { type: 'string', default: '1' },
    'per-page': { type: 'boolean', default: false },
    limit: { type: 'string' },
    only: { type: 'string' },
    jobs: { type: 'string', default: '2' },
  },
});
const seed = Number(values.seed) || 0;

function runSlice(dir: string, pages: CorpusPage[]): Promise<PageResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', WORKER], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`anchor worker exited with ${code} on ${dir}`));
      resolve(
        out
          .split('\n')
          .filter((l) => l.trim())
          .map((l) => JSON.parse(l) as PageResult),
      );
    });
    child.stdin.end(JSON.stringify({ dir, ids: pages.map((p) => p.id), seed }));
  });
}

async function runAll(dir: string, pages: CorpusPage[], jobs: number): Promise<PageResult[]> {
  const slices: CorpusPage[][] = [];
  for (let i = 0; i < pages.length; i += SLICE) slices.push(pages.slice(i, i + SLICE));
  const results: PageResult[] = [];
  let next = 0;
  let done = 0;
  const lane = async (): Promise<void> => {
    while (next < slices.length) {
      const slice = slices[next++]!;
      results.push(...(await runSlice(dir, slice)));
      done += slice.length;
      process.stderr.write(`\r${done}/${pages.length} pages`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, lane));
  process.stderr.write('\n');
  const order = new Map(pages.map((p, i) => [p.id, i]));
  return results.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

const pct = (n: number, of: number): string => (of ? `${((100 * n) / of).toFixed(2)} %` : '-');
const short = (s: string, n = 70): string => {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function table(label: string, cases: AnchorCase[]): void {
  const count = (o: AnchorCase['outcome']) => cases.filter((c) => c.outcome === o).length;
  const ms = cases.map((c) => c.ms);
  const same = count('same');
  console.log(
    `${label.padEnd(30)}${String(cases.length).padStart(8)}${String(same).padStart(8)}${pct(same, cases.length).padStart(10)}${String(count('missing')).padStart(9)}${String(count('wrong')).padStart(7)}` +
      `${median(ms).toFixed(2).padStart(9)}${percentile(ms, 0.95).toFixed(2).padStart(9)}${Math.max(0, ...ms).toFixed(2).padStart(9)}`,
  );
}

exitIfCorporaMissing('bench:anchor', [values.pages], false);
const corpus = loadCorpus(values.pages);
const limit = values.limit ? Number(values.limit) : corpus.pages.length;
const only = values.only ? values.only.split(',').filter(Boolean) : null;
const pages = corpus.pages.filter((p) => !only || only.some((id) => p.id.startsWith(id))).slice(0, limit);
const began = performance.now();
const results = await runAll(corpus.dir, pages, Number(values.jobs) || 1);
const seconds = (performance.now() - began) / 1000;

const ran = results.filter((r) => !r.skipped);
const all = ran.flatMap((r) => r.cases);
console.log(`\n${corpus.dir}: ${pages.length} pages, ${ran.length} anchored (${results.length - ran.length} skipped: no article or too short), seed ${seed}, ${seconds.toFixed(0)} s`);
const applied = ran.map((r) => r.applied!);
console.log(
  `edits that took hold: paragraph inserted ${applied.filter((a) => a.inserted).length}, removed ${applied.filter((a) => a.removed).length}, word changed ${applied.filter((a) => a.changed).length}, word in/near a highlight ${applied.filter((a) => a.context).length} (of ${ran.length} pages)`,
);
console.log(`${'highlights'.padEnd(30)}${'count'.padStart(8)}${'same'.padStart(8)}${''.padStart(10)}${'missing'.padStart(9)}${'wrong'.padStart(7)}${'ms med'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}`);
table('edits away from highlights', all.filter((c) => c.variant === 'edits'));
table('a word in/near the highlight', all.filter((c) => c.variant === 'context'));
table('all', all);
const gone = all.filter((c) => c.gone).length;
if (gone) {
  const kept = all.filter((c) => !c.gone);
  console.log(`${gone} highlights' paragraphs are not in the new extraction at all (it changed more than the edit); of the other ${kept.length}, same ${pct(kept.filter((c) => c.outcome === 'same').length, kept.length)}`);
}
const slowest = ran.flatMap((r) => r.cases.map((c) => ({ id: r.id, c }))).sort((a, b) => b.c.ms - a.c.ms);
console.log(`slowest anchors: ${slowest
  .slice(0, 3)
  .map(({ id, c }) => `${c.ms.toFixed(1)} ms (${id.slice(0, 12)}, ${c.variant}, ${c.exact.length} chars)`)
  .join('; ')}`);

for (const r of ran) {
  for (const c of r.cases) {
    if (c.outcome === 'same') continue;
    console.log(`  ${c.outcome.toUpperCase().padEnd(8)}${c.variant.padEnd(9)}${r.id.slice(0, 50).padEnd(52)}"${short(c.exact)}"${c.got !== undefined ? ` → "${short(c.got)}"` : ''}${c.gone ? ' (paragraph gone)' : ''}${c.detail ? `\n          ${c.detail}` : ''}`);
  }
}
if (values['per-page']) {
  for (const r of results) {
    const n = (o: AnchorCase['outcome']) => r.cases.filter((c) => c.outcome === o).length;
    console.log(`  ${r.id.slice(0, 60).padEnd(62)}${r.skipped ?? `same ${n('same')} missing ${n('missing')} wrong ${n('wrong')}`}`);
  }
}
if (all.some((c) => c.outcome === 'wrong')) process.exitCode = 1;
