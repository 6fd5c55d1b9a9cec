/**
 * The clutter rules, shared by the pre-Readability copy and the post-Readability
 * pass. Each rule reads only precomputed stats and attributes, so deciding costs
 * no extra DOM walks.
 */
import { BLOCK_TAGS, BOILERPLATE_HEADING, CLUTTER_TOKEN, DATELINE, PROMO_PREFIX, TAG_LABEL, isAdLabelText, isBylineLine, isDateOnly } from './patterns';
import { AD_MARKUP } from './attrs';
import { normText } from './dom';
import { isChromeZone, mainBlock, mainBlockPath } from './region';
import { EMPTY_STATS, linkDensityOf, type NodeStats, type StatsMap } from './stats';

/** Never dropped by name-based rules: the story's own containers and media. */
const PROTECTED = /^(?:HTML|BODY|MAIN|ARTICLE|FIGURE|FIGCAPTION|PICTURE|IMG|VIDEO|TABLE|PRE|CODE|BLOCKQUOTE)$/;
/**
 * A container named like clutter but holding this much prose is more likely a story
 * part with an unlucky class name than a bio or teaser list.
 */
const MAX_CLUTTER_PROSE = 1500;
/**
 * Story-like prose: at least this much in paragraphs, few links. Such a block is only
 * dropped on two signals (a clutter name alone is one), so a story part with an unlucky
 * class ("body--ads") stays.
 */
const STORY_PROSE = 400;

/** Where an element sits relative to the story's main text block. */
interface Place {
  /** The main text block and its ancestors. */
  story: Set<Element>;
  /** The element is inside the main text block. */
  inMain: boolean;
  /** The pass over Readability's article, not over the copy Readability reads. */
  article: boolean;
}

/** Rules that look at one element: a reason to drop it, or null. */
function dropReason(el: Element, s: NodeStats, place: Place): string | null {
  if (el.tagName === 'HTML' || el.tagName === 'BODY') return null;
  const storyLike = s.prose >= STORY_PROSE && linkDensityOf(s) < 0.3;
  if (s.attrs.flags & AD_MARKUP) return storyLike ? null : 'ad-markup';
  if (s.short !== null && s.short.length > 0) {
    if (isAdLabelText(s.short)) return 'ad-label';
    // A paragraph of prose that merely starts like a promo needs a link too.
    if (isPromoLine(s) && (s.prose === 0 || s.link > 0)) return 'promo';
    if (isTagLine(s)) return 'tags';
    if (s.short.length <= 150 && s.paras === 0 && isBylineOrDate(el, s.short, place)) return 'byline';
  }
  if (!PROTECTED.test(el.tagName) && !place.story.has(el)) {
    const names = s.attrs.names;
    // Footers, sidebars and comment threads go whatever they hold: name and place are two signals.
    if (isChromeZone(el, names)) return 'chrome-zone';
    if (names && CLUTTER_TOKEN.test(names) && !storyLike && (s.prose < MAX_CLUTTER_PROSE || linkDensityOf(s) > 0.5)) return 'clutter-name';
  }
  return null;
}

/**
 * The text of the line an inline element sits in: the run of inline content around it,
 * up to the nearest block boundary (a block ancestor's edges or a block sibling).
 */
function lineText(el: Element): string {
  let top: Element = el;
  while (top.parentElement && !BLOCK_TAGS.has(top.parentElement.tagName)) top = top.parentElement;
  const isBreak = (n: Node): boolean => n.nodeType === 1 && (BLOCK_TAGS.has((n as Element).tagName) || (n as Element).tagName === 'BR');
  let first: Node = top;
  while (first.previousSibling && !isBreak(first.previousSibling)) first = first.previousSibling;
  let text = '';
  for (let n: Node | null = first; n && !isBreak(n); n = n.nextSibling) text += n.textContent ?? '';
  return normText(text);
}

/**
 * Bylines and datelines around the headline. Inside the story's text a date line is
 * content (an event's dates, a quoted tweet's date), so only bylines go there.
 * A capitalised byline ("By Jane Doe") goes only from Readability's article: taken out of
 * the copy, a byline box's link no longer weighs down the header around it, and
 * Readability can pick that header (deck and date) over the story.
 */
function isBylineOrDate(el: Element, text: string, place: Place): boolean {
  if (isBylineLine(text)) {
    if (!place.article && !/^\p{Ll}/u.test(text)) return false;
    // "<strong>By Aaron Humes</strong>: The Americas cannot…" opens a sentence: only a line of its own is one.
    return !el.closest('table, li, dl, blockquote') && (BLOCK_TAGS.has(el.tagName) || lineText(el).length <= text.length);
  }
  return !place.inMain && (DATELINE.test(text) || isDateOnly(text)) && !el.closest('table, li, dl, blockquote');
}

function isPromoLine(s: NodeStats): boolean {
  const text = s.short ?? '';
  if (text.length > 250 || s.paras > 1) return false;
  if (PROMO_PREFIX.test(text)) return s.link > 0 || text.length <= 140;
  // "GET FOX BUSINESS ON THE GO BY CLICKING HERE": shouted one-liners with a link are promos.
  // A line of words: one long capitalised name (a setting, a constant in a docs page) is no promo.
  return s.link > 0 && text.length >= 20 && /\S\s+\S+\s+\S/.test(text) && isShouting(text);
}

function isShouting(text: string): boolean {
  if (/\p{Ll}{3}/u.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters >= 15 && upper / letters > 0.85;
}

function isTagLine(s: NodeStats): boolean {
  const text = s.short ?? '';
  return /^\s*(?:filed under|tag|topic|categor|keyword|related topics)/i.test(text) && TAG_LABEL.test(text) && linkDensityOf(s) >= 0.4;
}

/**
 * What a boilerplate heading may take with it: the siblings it introduces are removed
 * when they hold less than `maxText` characters or are more than `density` links.
 */
interface SectionRule {
  maxText: number;
  density: number;
}
const SECTION_RULES: Array<[RegExp, SectionRule]> = [
  [/^about (?:the|this) (?:authors?|writers?)/, { maxText: 1000, density: 0.4 }],
  [/^(?:filed under|tags?|topics?)$/, { maxText: 400, density: 0.4 }],
  [/newsletter|sign up|subscribe/, { maxText: 500, density: 0.4 }],
  [/comment|conversation|leave a/, { maxText: 500, density: 0.3 }],
  [/share|follow us/, { maxText: 200, density: 0.4 }],
];
const LINKS_RULE: SectionRule = { maxText: 1, density: 0.4 };

function headingText(s: NodeStats | undefined): string | null {
  if (!s || s.short === null) return null;
  const t = s.short.replace(/[\s:»›>|]+$/, '');
  return t.length > 0 && t.length <= 50 ? t : null;
}

function sectionRule(s: NodeStats | undefined): SectionRule | null {
  const text = headingText(s);
  if (!text || !BOILERPLATE_HEADING.test(text)) return null;
  const t = text.toLowerCase();
  for (const [re, rule] of SECTION_RULES) if (re.test(t)) return rule;
  return LINKS_RULE;
}

/**
 * For a boilerplate heading ("Also Read", "About the author", "Filed under"): the
 * following siblings that go with it (the heading goes too), or null when `el` is not
 * such a heading or should stay. A heading over real prose is a genuine subheading
 * ("Business", "Latest").
 */
function boilerplateSection(el: Element, stats: StatsMap): Element[] | null {
  // An inline element ("<a>Business</a>" inside a sentence) is never a section heading.
  if (!BLOCK_TAGS.has(el.tagName)) return null;
  const rule = sectionRule(stats.get(el));
  if (!rule) return null;
  const run: Element[] = [];
  let text = 0;
  let link = 0;
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (/^H[1-6]$/.test(sib.tagName) && !sectionRule(stats.get(sib))) break;
    const s = stats.get(sib);
    run.push(sib);
    text += s?.text ?? 0;
    link += s?.link ?? 0;
  }
  const density = text > 0 ? link / text : 0;
  // A lone "More" or "Related" link is navigation inside the story, not a section label.
  if (rule === LINKS_RULE && run.length === 0 && linkDensityOf(stats.get(el) ?? EMPTY_STATS) > 0.5) return null;
  if (text < rule.maxText || density > rule.density) return run;
  return rule === LINKS_RULE ? null : [];
}

/**
 * Told of each drop before it is made, with the rule's name ('chrome' for `extra`'s, 'section'
 * for a boilerplate heading and what it introduces, with the heading's text): false spares the
 * element (a site's "keep" rule), which is then visited like any other.
 */
type DropWatch = (el: Element, why: string, s: NodeStats, heading: string | null) => boolean;

/**
 * Walk `root` top-down and collect what the rules drop. Children of a dropped
 * element are not visited. `article`: the pass over Readability's article rather than over its copy.
 */
export function collectDrops(root: Element, stats: StatsMap, extra?: (el: Element, s: NodeStats) => boolean, article = false, watch?: DropWatch): Set<Element> {
  const drops = new Set<Element>();
  const story = mainBlockPath(root, stats);
  const main = mainBlock(root, stats);
  const visit = (parent: Element, inMain: boolean): void => {
    const place: Place = { story, inMain, article };
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (drops.has(el)) continue;
      const s = stats.get(el);
      if (!s) continue;
      const why = extra?.(el, s) ? 'chrome' : dropReason(el, s, place);
      if (why && (!watch || watch(el, why, s, null))) {
        drops.add(el);
        continue;
      }
      const run = why ? null : boilerplateSection(el, stats);
      const heading = run && watch ? headingText(stats.get(el)) : null;
      if (run && (!watch || watch(el, 'section', s, heading))) {
        drops.add(el);
        for (const r of run) if (!watch || watch(r, 'section', stats.get(r) ?? EMPTY_STATS, heading)) drops.add(r);
        continue;
      }
      visit(el, inMain || el === main);
    }
  };
  visit(root, root === main);
  return drops;
}
