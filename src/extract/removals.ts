/**
 * The ledger of one extraction's blocks (issue 24): which page element each element of the copy
 * came from, what the cleaning removed and why, the site's rules, and at the end the article's
 * numbered blocks and the bounded list of removed ones.
 *
 * Bounded cost: a removal is noted in O(1) (the first MAX_REMOVED that show anything); their
 * HTML is made once at the end, by one copy and one DOMPurify pass, within MAX_REMOVED_HTML.
 * No second Readability pass, and with no rules, no rule is looked at.
 */
import { HIDDEN } from './attrs';
import { Describer, RuleSet, stableClassTokens } from './blockDescriptors';
import { BLOCK_ATTRIBUTE, type BlockDescriptor, type BlockRule, type RemovedBlock, type RemovedReason } from './blocks';
import { normText } from './dom';
import { sanitizeInPlace } from './sanitize';
import type { NodeStats } from './stats';
import { absolutizeUrls } from './urls';

/** Entries of the removed list at most. */
export const MAX_REMOVED = 50;
/** Characters of HTML in the removed list at most, all entries together. */
export const MAX_REMOVED_HTML = 64_000;
/**
 * The attribute each element of the copy gets: the index of its page element in `sources`. It
 * never leaves the extraction: DOMPurify drops every data-* attribute but data-lr-block.
 */
const SOURCE_ATTRIBUTE = 'data-lr-src';

/** Elements copied for the removed list at most: a link rail's markup is many times its text. */
const MAX_REMOVED_ELEMENTS = 200;
/** Elements of one removed block at most: a whole comment thread or a long rail is not shown. */
const MAX_BLOCK_ELEMENTS = 60;
/** A removed element's share of the article's text above which a "remove" rule leaves it: never the story. */
const MAX_RULE_SHARE = 0.5;

const AD_NAME =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|dfp|gpt|sponsor|sponsored|taboola|outbrain|zergnet|revcontent|mgid|nativo|teads|interstitial|outstream|skyscraper|leaderboard)(?:$|[\s_-])/i;
const SHARE_NAME = /(?:^|[\s_-])(?:share|sharing|social|sharebar|share-?bar)(?:$|[\s_-])/i;
const PROMO_NAME = /(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-?up|promo|paywall|regwall|piano)(?:$|[\s_-])/i;
const LINKS_NAME = /(?:^|[\s_-])(?:related|recommended|recirc|more-stories|read-?more|also-?read|trending|most-?popular|most-?read|tags|tag-?list|topics)(?:$|[\s_-])/i;
const DETAILS_NAME =
  /(?:^|[\s_-])(?:byline|bylines|dateline|timestamp|pubdate|post-?meta|entry-?meta|article-?meta|posted-?on|reading-?time|read-?time|view-?count|author-?bio|author-?box|about-?author|author-?info|byline-?bio)(?:$|[\s_-])/i;

function reasonByName(names: string): RemovedReason | null {
  if (!names) return null;
  if (AD_NAME.test(names)) return 'advertising';
  if (SHARE_NAME.test(names)) return 'sharing';
  if (PROMO_NAME.test(names)) return 'promotion';
  if (LINKS_NAME.test(names)) return 'links';
  if (DETAILS_NAME.test(names)) return 'details';
  return null;
}

/** What a boilerplate heading introduces, by its words (rules.ts SECTION_RULES). */
function reasonByHeading(text: string | null): RemovedReason {
  const t = (text ?? '').toLowerCase();
  if (/newsletter|sign up|subscribe/.test(t)) return 'promotion';
  if (/share|follow us/.test(t)) return 'sharing';
  if (/^about (?:the|this) (?:authors?|writers?)/.test(t)) return 'details';
  if (/comment|conversation|leave a/.test(t)) return 'other';
  return 'links';
}

/** Tags the chrome rule drops that a reader would see on the page; the rest (scripts, widgets, empty or hidden boxes) are not worth listing. */
const SHOWN_CHROME: Readonly<Record<string, RemovedReason>> = { NAV: 'links', MENU: 'links', ASIDE: 'other', FOOTER: 'other' };

/**
 * The reader's reason for a rule of rules.ts (`why`), or null for a drop not worth listing:
 * nothing to see (no text, no media), hidden, or machinery (scripts, frames, controls).
 */
function reasonOf(el: Element, why: string, s: NodeStats, heading: string | null): RemovedReason | null {
  if ((s.text === 0 && s.media === 0) || s.attrs.flags & HIDDEN) return null;
  switch (why) {
    case 'chrome': {
      const shown = SHOWN_CHROME[el.tagName];
      if (!shown) return null;
      return reasonByName(s.attrs.names) ?? (s.link > 0.5 * s.text ? 'links' : shown);
    }
    case 'ad-markup':
    case 'ad-label':
      return 'advertising';
    case 'promo':
      return 'promotion';
    case 'tags':
      return 'links';
    case 'byline':
      return 'details';
    case 'section':
      return reasonByHeading(heading);
    case 'chrome-zone':
      return reasonByName(s.attrs.names) ?? SHOWN_CHROME[el.tagName] ?? 'other';
    default:
      return reasonByName(s.attrs.names) ?? 'other';
  }
}

interface Noted {
  /** the element in the page */
  page: Element | null;
  /** the removed element of the copy or the article, when it was copied; else the page's is copied */
  shown: Element | null;
  reason: RemovedReason;
  block: BlockDescriptor;
}

/** Blocks of the article: what the reader numbers and offers to remove. */
const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'TABLE', 'PRE', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'DETAILS', 'ADDRESS']);
/** Boxes around blocks: gone through, or a block themselves when they hold text and no block. */
const WRAPPER_TAGS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'CENTER']);

function holdsBlocks(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName) || WRAPPER_TAGS.has(c.tagName)) return true;
  return false;
}

/** The article's top-level blocks in order: wrappers are gone through, what holds text is a block. */
function topBlocks(container: Element, out: Element[]): Element[] {
  for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
    if (BLOCK_TAGS.has(c.tagName)) out.push(c);
    else if (WRAPPER_TAGS.has(c.tagName) && holdsBlocks(c)) topBlocks(c, out);
    else if (c.tagName !== 'BR' && c.tagName !== 'HR' && (normText(c.textContent) !== '' || c.querySelector('img, picture, video'))) out.push(c);
  }
  return out;
}

/** The elements inside `root`, counted up to `limit`: a removed rail of thousands is not walked to learn it is too long. */
function elementsUpTo(root: Element, limit: number): number {
  let count = 0;
  for (let n = root.firstElementChild; n && count < limit; ) {
    count++;
    if (n.firstElementChild) {
      n = n.firstElementChild;
      continue;
    }
    while (n && n !== root && !n.nextElementSibling) n = n.parentElement;
    n = n && n !== root ? n.nextElementSibling : null;
  }
  return count;
}

/**
 * Takes `el` out of the article, noting why for the reader's list of what was removed, unless
 * the site's "keep" rule spares it. True when it went.
 */
export function removeBlock(el: Element, reason: RemovedReason, ledger: BlockLedger | undefined): boolean {
  if (ledger && !ledger.take(el, reason)) return false;
  el.remove();
  return true;
}

export class BlockLedger {
  /** the page element of each copied element, by the copy's SOURCE_ATTRIBUTE */
  private readonly sources: Element[] = [];
  private describer = new Describer(null);
  private readonly keepRules: RuleSet;
  private readonly removeRules: RuleSet;
  private readonly noted: Noted[] = [];
  /** page elements a keep rule matched: they and all inside them stay */
  private readonly spared = new Set<Element>();
  /** how a removed page element is copied for its HTML (the cleaned copy's copier) */
  copyOf: ((page: Element) => Element) | null = null;

  constructor(rules?: readonly BlockRule[]) {
    this.keepRules = new RuleSet(rules, 'keep');
    this.removeRules = new RuleSet(rules, 'remove');
  }

  /** The page's main text block: positions are before, inside or after it. */
  setMain(main: Element | null): void {
    this.describer = new Describer(main);
  }

  /** `copy` is a copy of the page's `page`. */
  track(copy: Element, page: Element): void {
    copy.setAttribute(SOURCE_ATTRIBUTE, String(this.sources.push(page) - 1));
  }

  /** The page element `el` (of the copy or the article) is a copy of, or else the nearest one around it. */
  private pageOf(el: Element): { page: Element | null; own: boolean } {
    for (let n: Element | null = el; n; n = n.parentElement) {
      const index = n.getAttribute(SOURCE_ATTRIBUTE);
      const page = index === null ? undefined : this.sources[Number(index)];
      if (page) return { page, own: n === el };
    }
    return { page: null, own: false };
  }

  /** The description of an element of the copy or the article: its page element's, or its own inside the page element around it. */
  private describeCopy(el: Element): { page: Element | null; block: BlockDescriptor } {
    const { page, own } = this.pageOf(el);
    if (page && own) return { page, block: this.describer.describe(page) };
    const tag = el.localName.toLowerCase();
    const classes = stableClassTokens(el.getAttribute('class'));
    if (!page) return { page: null, block: { tag, classes, landmark: 'none', position: 'inside' } };
    return { page, block: { tag, classes, landmark: this.describer.landmarkInside(page), position: this.describer.position(page) } };
  }

  private note(entry: Noted): void {
    if (this.noted.length < MAX_REMOVED) this.noted.push(entry);
  }

  /**
   * A keep rule spares `el`: it, or a block around it, matches one (a kept block is kept whole,
   * its ad label or promo line included). `inCopy`: `el` is of the copy or the article, whose
   * page elements are looked at.
   */
  private spares(el: Element, inCopy: boolean): boolean {
    if (this.keepRules.empty) return false;
    for (let n: Element | null = el; n; n = n.parentElement) {
      const page = inCopy ? this.ownPage(n) : n;
      if (!page) continue;
      if (this.spared.has(page)) return true;
      if (this.keepRules.matches(page, this.describer)) {
        this.spared.add(page);
        return true;
      }
    }
    return false;
  }

  private ownPage(el: Element): Element | null {
    const index = el.getAttribute(SOURCE_ATTRIBUTE);
    return index === null ? null : (this.sources[Number(index)] ?? null);
  }

  /** For the cleaned copy's rules (over the page): drop `el`? Notes it unless a keep rule spares it. */
  readonly watchPage = (el: Element, why: string, s: NodeStats, heading: string | null): boolean => {
    const reason = reasonOf(el, why, s, heading);
    if (reason === null) return true;
    if (this.spares(el, false)) return false;
    if (this.noted.length < MAX_REMOVED) this.note({ page: el, shown: null, reason, block: this.describer.describe(el) });
    return true;
  };

  /** For the rules over Readability's article: drop `el`? Notes it unless a keep rule spares it. */
  readonly watchArticle = (el: Element, why: string, s: NodeStats, heading: string | null): boolean => {
    const reason = reasonOf(el, why, s, heading);
    if (reason === null) return true;
    return this.take(el, reason);
  };

  /**
   * An element of the article the cleaning removes: true once noted (it is the caller's to take
   * out), false when a keep rule spares it.
   */
  take(el: Element, reason: RemovedReason): boolean {
    if (this.spares(el, true)) return false;
    if (this.noted.length < MAX_REMOVED && (normText(el.textContent) !== '' || el.querySelector('img, picture, video'))) {
      const { page, block } = this.describeCopy(el);
      this.note({ page, shown: el, reason, block });
    }
    return true;
  }

  /** Takes out of the article what the site's "remove" rules name, never more than half its text. */
  applyRemoveRules(root: Element): void {
    if (this.removeRules.empty) return;
    const total = normText(root.textContent).length;
    for (const el of Array.from(root.querySelectorAll(`[${SOURCE_ATTRIBUTE}]`))) {
      if (!root.contains(el)) continue;
      const { page, own } = this.pageOf(el);
      if (!page || !own || !this.removeRules.matches(page, this.describer)) continue;
      const text = normText(el.textContent).length;
      if (text > MAX_RULE_SHARE * total) continue;
      this.note({ page, shown: el, reason: 'rule', block: this.describer.describe(page) });
      el.remove();
    }
  }

  /**
   * Numbers the article's top-level blocks (BLOCK_ATTRIBUTE, before DOMPurify, which lets that
   * attribute alone through) and makes the removed list. `doc`: the page, for DOMPurify's window.
   */
  finish(root: Element, doc: Document, baseUrl: string): { blocks: BlockDescriptor[]; removed: RemovedBlock[] } {
    for (const el of Array.from(root.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`))) el.removeAttribute(BLOCK_ATTRIBUTE);
    const shown = topBlocks(root, []);
    const blocks: BlockDescriptor[] = [];
    const pages: (Element | null)[] = [];
    shown.forEach((el, n) => {
      const { page, block } = this.describeCopy(el);
      el.setAttribute(BLOCK_ATTRIBUTE, String(n));
      blocks.push(block);
      pages.push(page);
    });
    return { blocks, removed: this.removedList(root, doc, baseUrl, pages) };
  }

  /** The number of the last shown block at or before `page` in the page, by bisection (blocks are in page order). */
  private after(page: Element | null, pages: readonly (Element | null)[]): number | null {
    if (!page) return null;
    let lo = 0;
    let hi = pages.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const at = pages[mid];
      // FOLLOWING: `page` comes after the block's page element, or inside it
      if (at && at.compareDocumentPosition(page) & 4) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? null : lo - 1;
  }

  private removedList(root: Element, doc: Document, baseUrl: string, pages: readonly (Element | null)[]): RemovedBlock[] {
    if (this.noted.length === 0) return [];
    const copyDoc = root.ownerDocument;
    const box = copyDoc.createElement('div');
    const entries: { noted: Noted; wrap: Element }[] = [];
    // HTML is longer than its text and its elements: past the budget in either, a block is not copied at all.
    let text = 0;
    let elements = 0;
    for (const noted of this.noted) {
      const source = noted.shown ?? noted.page;
      if (!source) continue;
      const count = elementsUpTo(source, Math.min(MAX_BLOCK_ELEMENTS, MAX_REMOVED_ELEMENTS - elements) + 1);
      if (count > MAX_BLOCK_ELEMENTS || elements + count > MAX_REMOVED_ELEMENTS) continue;
      const length = (source.textContent ?? '').length;
      if (text + length > MAX_REMOVED_HTML) continue;
      text += length;
      elements += count;
      const copy = noted.shown ?? (this.copyOf && noted.page ? this.copyOf(noted.page) : null);
      if (!copy) continue;
      const wrap = copyDoc.createElement('div');
      wrap.appendChild(copy);
      box.appendChild(wrap);
      entries.push({ noted, wrap });
    }
    absolutizeUrls(box, baseUrl);
    for (const el of Array.from(box.querySelectorAll(`[${BLOCK_ATTRIBUTE}]`))) el.removeAttribute(BLOCK_ATTRIBUTE);
    sanitizeInPlace(box, doc);
    const kept: { page: Element | null; removed: RemovedBlock }[] = [];
    let chars = 0;
    for (const { noted, wrap } of entries) {
      if (!box.contains(wrap) || (normText(wrap.textContent) === '' && !wrap.querySelector('img, picture, video'))) continue;
      const html = wrap.innerHTML.trim();
      if (chars + html.length > MAX_REMOVED_HTML) continue;
      chars += html.length;
      kept.push({ page: noted.page, removed: { html, reason: noted.reason, block: noted.block, after: this.after(noted.page, pages) } });
    }
    // Page order: the copy's removals came first, the article's after (a stable sort keeps ties).
    const before = (a: Element | null, b: Element | null): number => (a === null || b === null || a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1);
    return kept.sort((a, b) => before(a.page, b.page)).map((entry) => entry.removed);
  }
}
