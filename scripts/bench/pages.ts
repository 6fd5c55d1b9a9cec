/** Loading a benchmark folder: html/<id>.html.gz plus ground-truth.json. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface TruthEntry {
  articleBody: string;
  url: string;
}

export function loadTruth(dir: string): Record<string, TruthEntry> {
  return JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, TruthEntry>;
}

export function loadHtml(dir: string, id: string): string {
  return gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8');
}
