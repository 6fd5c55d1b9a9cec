/**
 * The article-extraction benchmark metric (Scrapinghub/Zyte), as defined in
 * /work/shared/extraction-benchmark/README.md: 4-token shingle multisets per page,
 * precision and recall averaged over pages, F1 of the two means.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; 1-3 tokens give one shorter shingle, none give none. */
export function shingles(tokens: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (tokens.length === 0) return out;
  const add = (key: string): void => {
    out.set(key, (out.get(key) ?? 0) + 1);
  };
  if (tokens.length < SHINGLE) {
    add(tokens.join(' '));
    return out;
  }
  for (let i = 0; i + SHINGLE <= tokens.length; i++) add(tokens.slice(i, i + SHINGLE).join(' '));
  return out;
}

export interface PageScore {
  /** TP, FP, FN as shares of TP+FP+FN (0 when all are 0). */
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  /** Token lists are identical. */
  exact: boolean;
}

export function scorePage(prediction: string, truth: string): PageScore {
  const predTokens = tokenize(prediction);
  const truthTokens = tokenize(truth);
  const p = shingles(predTokens);
  const t = shingles(truthTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of p) {
    const m = t.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of t) fn += Math.max(0, m - (p.get(key) ?? 0));
  const total = tp + fp + fn;
  const ntp = total ? tp / total : 0;
  const nfp = total ? fp / total : 0;
  const nfn = total ? fn / total : 0;
  return {
    tp: ntp,
    fp: nfp,
    fn: nfn,
    precision: ntp + nfp > 0 ? ntp / (ntp + nfp) : 1,
    recall: ntp + nfn > 0 ? ntp / (ntp + nfn) : 1,
    exact: predTokens.length === truthTokens.length && predTokens.every((tok, i) => tok === truthTokens[i]),
  };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  const precision = mean(pages.filter((s) => s.tp + s.fp > 0).map((s) => s.precision));
  const recall = mean(pages.filter((s) => s.tp + s.fn > 0).map((s) => s.recall));
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: pages.length ? pages.filter((s) => s.exact).length / pages.length : 0,
    pages: pages.length,
  };
}
