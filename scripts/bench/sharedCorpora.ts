/**
 * The four corpora beside the project in ../shared, and what a script says when they are not
 * there: one line naming what is missing and where it comes from (docs/testing.md), never a
 * stack trace. The quality gate skips outside CI (a fresh clone can still run `npm test`) and
 * fails in CI, where a missing corpus would otherwise pass as a skipped gate.
 */
import { existsSync } from 'node:fs';

export const SHARED_CORPORA = ['../shared/extraction-benchmark', '../shared/trafilatura-eval', '../shared/readability-test-pages', '../shared/wcxb-dev'];

const WHERE =
  'the extraction corpora sit in ../shared beside the project (Zyte article-extraction benchmark, trafilatura eval, Readability test pages, WCXB dev split: docs/testing.md#the-corpora says where each comes from)';

/** The one line to print when some of `dirs` are missing, else null. */
function missingCorporaLine(what: string, dirs: readonly string[]): string | null {
  const missing = dirs.filter((d) => !existsSync(d));
  if (missing.length === 0) return null;
  return `${what}: ${missing.join(', ')} not found; ${WHERE}`;
}

/**
 * Stops the process when a corpus is missing: a skip (exit 0) for the quality gate outside CI,
 * else a failure (exit 1 in CI, 2 for a bench asked for pages that are not there).
 */
export function exitIfCorporaMissing(what: string, dirs: readonly string[], gate: boolean): void {
  const line = missingCorporaLine(what, dirs);
  if (line === null) return;
  const inCi = Boolean(process.env.CI);
  if (gate && !inCi) {
    console.log(`SKIPPED ${line} (outside CI only: with CI set this fails)`);
    process.exit(0);
  }
  console.error(`FAILED ${line}`);
  process.exit(gate ? 1 : 2);
}
