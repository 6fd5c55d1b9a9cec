import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { drawHighlight } from '../../../src/highlights/textRange';
import type { ExportInput } from '../../../src/export/types';

const DIR = join(__dirname, '../../fixtures/export-article');
const read = (name: string): string => readFileSync(join(DIR, name), 'utf8');

interface FixtureHighlight {
  id: string;
  colour: string;
  exact: string;
  note: string;
}

const FIXTURE_URL = 'https://news.example/2026/03/12/river-park-vote?ref=home';

/** The fixture article's body as the reader shows it, its highlights drawn the reader's way. */
export function fixtureInput(): ExportInput {
  const body = document.createElement('div');
  body.className = 'lr-content';
  body.innerHTML = read('body.html');
  const highlights = JSON.parse(read('highlights.json')) as FixtureHighlight[];
  for (const h of highlights) {
    const start = (body.textContent ?? '').indexOf(h.exact);
    if (start < 0) throw new Error(`fixture highlight not in the text: ${h.exact}`);
    drawHighlight(body, start, start + h.exact.length, h);
  }
  return {
    title: 'River park wins council vote after a decade of plans',
    byline: 'Jane Example',
    date: '12 March 2026',
    url: FIXTURE_URL,
    siteName: 'Daily Example',
    lang: 'en',
    dir: 'ltr',
    body,
    notes: new Map(highlights.map((h) => [h.id, h.note])),
  };
}

export const expectedMarkdown = (): string => read('expected.md');
