/**
 * The README is for users and stays short; the rest lives in docs/. Every relative link of the
 * README and of docs/ must lead to a file of the project, and to a heading of it when it names one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const README = join(ROOT, 'README.md');
const README_MAX_BYTES = 12_000;

const docs = readdirSync(join(ROOT, 'docs'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => join(ROOT, 'docs', f));

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchors(markdown: string): Set<string> {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...outsideCode.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] ?? '')));
}

/** Relative links `[text](target)`, outside code blocks and inline code. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '').filter((t) => !/^[a-z][a-z+.-]*:/i.test(t));
}

function brokenLinks(file: string): string[] {
  const broken: string[] = [];
  for (const target of relativeLinks(readFileSync(file, 'utf8'))) {
    const [path = '', anchor] = target.split('#');
    const resolved = path === '' ? file : join(dirname(file), decodeURIComponent(path));
    if (!existsSync(resolved)) {
      broken.push(`${target}: no such file`);
      continue;
    }
    if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor)) {
      broken.push(`${target}: no heading #${anchor} in ${relative(ROOT, resolved)}`);
    }
  }
  return broken;
}

describe('README.md', () => {
  it(`is at most ${README_MAX_BYTES} bytes (details go to docs/)`, () => {
    expect(Buffer.byteLength(readFileSync(README, 'utf8'))).toBeLessThanOrEqual(README_MAX_BYTES);
  });

  it('links to docs/, and every link resolves', () => {
    const links = relativeLinks(readFileSync(README, 'utf8'));
    expect(links.filter((l) => l.startsWith('docs/')).length).toBeGreaterThan(0);
    expect(brokenLinks(README)).toEqual([]);
  });
});

describe.each(docs.map((f) => relative(ROOT, f)))('%s', (file) => {
  it('has only links that resolve', () => {
    expect(brokenLinks(join(ROOT, file))).toEqual([]);
  });
});
