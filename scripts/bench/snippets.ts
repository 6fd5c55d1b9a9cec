/**
 * trafilatura's evaluation metric (tests/eval_common.py), as ../shared/trafilatura-eval/README.md
 * states it: per snippet a substring test after collapsing whitespace; counts summed over the corpus.
 */

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

// Python's str.split() whitespace: Unicode White_Space plus the ASCII separators it counts.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the separators are control characters, on purpose
const WS = /[\s\u001c-\u001f\u0085]+/gu;

export function collapse(text: string): string {
  return text.replace(WS, ' ').trim();
}

export function scoreSnippets(text: string, withSnippets: readonly string[], without: readonly string[]): SnippetCounts {
  const t = collapse(text);
  const has = (s: string): boolean => t.length > 0 && t.includes(collapse(s));
  const c: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of withSnippets) {
    if (has(s)) c.tp++;
    else c.fn++;
  }
  for (const s of without) {
    if (has(s)) c.fp++;
    else c.tn++;
  }
  return c;
}

export interface SnippetScore {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

function sumCounts(all: readonly SnippetCounts[]): SnippetCounts {
  return all.reduce((a, c) => ({ tp: a.tp + c.tp, fn: a.fn + c.fn, fp: a.fp + c.fp, tn: a.tn + c.tn }), { tp: 0, fn: 0, fp: 0, tn: 0 });
}

export function scoreSnippetCorpus(all: readonly SnippetCounts[]): SnippetScore {
  const c = sumCounts(all);
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const total = c.tp + c.fn + c.fp + c.tn;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    accuracy: total > 0 ? (c.tp + c.tn) / total : 0,
  };
}

/** The share of a page's must-have snippets found: its recall. */
export function snippetRecall(c: SnippetCounts): number {
  return c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 1;
}
