/**
 * The fixed, stratified sample of WCXB that the quality gate runs: the whole dev split
 * (1,497 pages of 2025–26, many of them megabytes) takes about 50 minutes on two cores, six
 * times the three other corpora together, so `--all` scores `perType` pages of each page type
 * (140 pages, about 5 minutes), the same pages on every machine and every run: within a type,
 * the pages with the lowest FNV-1a hash of `SAMPLE_SEED:id`. Equal numbers per type, not the
 * split's 53 % articles, so that forums, products and documentation weigh in the gate.
 * `--pages ../shared/wcxb-dev` scores all of it.
 */
import type { CorpusPage } from './corpora';
import { hash } from './report';

const SAMPLE_SEED = 'wcxb-gate-1';
export const SAMPLE_PER_TYPE = 20;

export function typeOf(page: CorpusPage): string {
  return page.truth.kind === 'words' ? page.truth.pageType : page.truth.kind;
}

/** `perType` pages of each page type (all of a type with fewer), in the corpus's order. */
export function stratifiedSample(pages: readonly CorpusPage[], perType: number, seed = SAMPLE_SEED): CorpusPage[] {
  const byType = new Map<string, CorpusPage[]>();
  for (const p of pages) byType.set(typeOf(p), [...(byType.get(typeOf(p)) ?? []), p]);
  const chosen = new Set<string>();
  for (const group of byType.values()) {
    const ranked = group.map((p) => ({ p, h: hash(`${seed}:${p.id}`) })).sort((a, b) => a.h - b.h || (a.p.id < b.p.id ? -1 : 1));
    for (const { p } of ranked.slice(0, perType)) chosen.add(p.id);
  }
  return pages.filter((p) => chosen.has(p.id));
}
