/**
 * Promotions of the site's other pages that Readability keeps inside the story, found by
 * shape rather than by wording (the wording is in every language): a line that is one
 * headline-long link to the same site ("Read also: <a>Other story</a>"), and headings
 * after the story that introduce nothing but links, or nothing at all.
 */
import { normText } from './dom';
import { removeBlock, type BlockLedger } from './removals';

/** A headline is longer than a link label ("here", "the report"). */
const MIN_HEADLINE = 20;
/** A teaser line is a headline and at most a short label, not a sentence around a link. */
const MAX_TEASER_LINE = 220;
/** Story paragraphs are at least this long; what follows the last one is the page's tail. */
const LONG_PARAGRAPH = 150;

function hostOf(href: string, base: string): string | null {
  try {
    const u = new URL(href, base);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

function linkedText(el: Element): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normText(a.textContent).length, 0);
}

/**
 * One link to another page of this site, holding the line's text but for a short label:
 * the site promoting itself. Two signals (same-site link covering the line, a headline's
 * length), and never a list item, a quote or a table cell, where linked lines are content.
 */
function isTeaserLine(el: Element, pageUrl: string, pageHost: string): boolean {
  if (!/^(?:P|DIV)$/.test(el.tagName) || el.closest('li, blockquote, table, figure')) return false;
  const text = normText(el.textContent);
  if (text.length < MIN_HEADLINE || text.length > MAX_TEASER_LINE) return false;
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length !== 1) return false;
  const link = links[0] as Element;
  const linked = normText(link.textContent).length;
  if (linked < MIN_HEADLINE || linked < 0.6 * text.length) return false;
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) return false;
  const target = hostOf(href, pageUrl);
  if (target === null || target !== pageHost) return false;
  return new URL(href, pageUrl).pathname !== new URL(pageUrl).pathname;
}

const HEADING = /^H[2-6]$/;
/** A block with this much text outside links says something of its own. */
const UNLINKED_SENTENCE = 80;

/** Headings after the last long paragraph that introduce only links, or nothing. */
function removeTailSections(blocks: Element[], ledger?: BlockLedger): void {
  let lastLong = -1;
  blocks.forEach((el, i) => {
    if (el.tagName === 'P' && normText(el.textContent).length >= LONG_PARAGRAPH && linkedText(el) < 0.3 * normText(el.textContent).length) lastLong = i;
  });
  if (lastLong < 0) return;
  for (let i = lastLong + 1; i < blocks.length; i++) {
    const heading = blocks[i] as Element;
    if (!HEADING.test(heading.tagName)) continue;
    let j = i + 1;
    let text = 0;
    let link = 0;
    let prose = false;
    for (; j < blocks.length && !HEADING.test((blocks[j] as Element).tagName); j++) {
      const block = blocks[j] as Element;
      const t = normText(block.textContent).length;
      const l = linkedText(block);
      text += t;
      link += l;
      if (t - l >= UNLINKED_SENTENCE) prose = true;
    }
    // A heading over its own prose is the story's last section; over links only, a rail;
    // over nothing, at the very end, a rail whose cards are gone. (Over the next heading
    // it is a section with subsections.)
    const atEnd = blocks.slice(j).every((b) => HEADING.test(b.tagName));
    if ((text === 0 && atEnd) || (text > 0 && !prose && link > 0.5 * text)) {
      for (let k = i; k < j; k++) {
        const block = blocks[k];
        if (block) removeBlock(block, 'teaser', ledger);
      }
    }
    i = j - 1;
  }
}

export function removeTeasers(root: Element, blocks: Element[], pageUrl: string, ledger?: BlockLedger): void {
  const pageHost = hostOf(pageUrl, pageUrl);
  if (pageHost !== null) {
    for (const el of blocks) if (isTeaserLine(el, pageUrl, pageHost)) removeBlock(el, 'teaser', ledger);
  }
  removeTailSections(
    blocks.filter((el) => root.contains(el)),
    ledger,
  );
}
