/**
 * `srcset` candidates as the HTML standard splits them ("parse a srcset attribute"): a URL runs
 * to the next whitespace, so commas inside it stay; descriptors end at a comma outside
 * parentheses, so "a.jpg 1x,b.jpg 2x" is two candidates. Descriptors are kept as written: we
 * only rewrite URLs, the browser judges the rest.
 */
export interface SrcsetCandidate {
  url: string;
  descriptors: string[];
}

const SPACE = /[\t\n\f\r ]/;

export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let pos = 0;
  const end = value.length;
  while (pos < end) {
    while (pos < end && (SPACE.test(value.charAt(pos)) || value[pos] === ',')) pos++;
    if (pos >= end) break;
    const urlStart = pos;
    while (pos < end && !SPACE.test(value.charAt(pos))) pos++;
    let url = value.slice(urlStart, pos);
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      pos = readDescriptors(value, pos, descriptors);
    }
    if (url !== '') candidates.push({ url, descriptors });
  }
  return candidates;
}

/** The descriptor tokenizer: from after the URL to past the comma that ends the candidate. */
function readDescriptors(value: string, start: number, out: string[]): number {
  let pos = start;
  let current = '';
  let inParens = false;
  const flush = (): void => {
    if (current !== '') out.push(current);
    current = '';
  };
  for (; pos < value.length; pos++) {
    const c = value.charAt(pos);
    if (inParens) {
      current += c;
      if (c === ')') inParens = false;
    } else if (SPACE.test(c)) {
      flush();
    } else if (c === ',') {
      flush();
      return pos + 1;
    } else {
      current += c;
      if (c === '(') inParens = true;
    }
  }
  flush();
  return pos;
}

export function serializeSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptors }) => [url, ...descriptors].join(' ')).join(', ');
}
