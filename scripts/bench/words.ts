/**
 * WCXB's metric (../shared/wcxb-dev/evaluate.py, the benchmark's own), as its README defines it:
 * per page, word-level precision and recall of the extracted text against `main_content` over
 * `re.findall(r"\w+", text.lower())` with multiset overlap, F1 from those; averaged over pages
 * (macro: the mean of per-page F1, not the F1 of the means). An empty output scores 0 where the
 * truth is not empty; an empty truth scores 1 for an empty output and 0 otherwise.
 * Snippet rates: the share of a page's `with` (or `without`) snippets found in the text as a
 * case-insensitive substring, 1 for a page with none; averaged over pages.
 */

/**
 * Python's `\w` on str: characters for which `str.isalnum()` is true (Unicode letters L*, and
 * numbers N*) and "_". Combining marks (M*) are not in it, so words with them split there,
 * in Python and here alike.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

/** `re.findall(r"\w+", text.lower())`. */
export function wordTokens(text: string): string[] {
  if (!text) return [];
  return text.toLowerCase().match(WORD) ?? [];
}

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** evaluate.py's `word_f1`. */
export function wordF1(predicted: string, reference: string): WordScore {
  const pred = wordTokens(predicted);
  const ref = wordTokens(reference);
  if (ref.length === 0) return pred.length === 0 ? { precision: 1, recall: 1, f1: 1 } : { precision: 0, recall: 0, f1: 0 };
  if (pred.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const p = counts(pred);
  let overlap = 0;
  for (const [tok, n] of counts(ref)) overlap += Math.min(n, p.get(tok) ?? 0);
  const precision = overlap / pred.length;
  const recall = overlap / ref.length;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/**
 * evaluate.py's `snippet_check`: the share of snippets in the text, case-insensitive
 * (Python's `lower()` on both sides, no whitespace folding); 1 when there are none.
 */
export function snippetRate(text: string, snippets: readonly string[]): number {
  if (snippets.length === 0) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}

export interface WordPage extends WordScore {
  withRate: number;
  withoutRate: number;
}

export function scoreWordPage(predicted: string, truth: { mainContent: string; with: readonly string[]; without: readonly string[] }): WordPage {
  return { ...wordF1(predicted, truth.mainContent), withRate: snippetRate(predicted, truth.with), withoutRate: snippetRate(predicted, truth.without) };
}

export interface WordCorpusScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  withRate: number;
  withoutRate: number;
}

/** Every figure the mean over pages (evaluate.py's `evaluate_results`); all 0 for no pages. */
export function scoreWordCorpus(pages: readonly WordPage[]): WordCorpusScore {
  const mean = (f: (p: WordPage) => number): number => (pages.length ? pages.reduce((a, p) => a + f(p), 0) / pages.length : 0);
  return {
    pages: pages.length,
    precision: mean((p) => p.precision),
    recall: mean((p) => p.recall),
    f1: mean((p) => p.f1),
    withRate: mean((p) => p.withRate),
    withoutRate: mean((p) => p.withoutRate),
  };
}
