/**
 * The clutter rules, shared by the pre-Readability copy and the post-Readability
 * pass. Each rule reads only precomputed stats and attributes, so deciding costs
 * no extra DOM walks.
 */
import { BOILERPLATE_HEADING, CLUTTER_TOKEN, PROMO_PREFIX, TAG_LABEL, isAdLabelText } from './patterns';
import { linkDensityOf, type NodeStats, type StatsMap } from './stats';

/** Never dropped by name-based rules: the story's own containers and media. */
const PROTECTED = /^(?:HTML|BODY|MAIN|ARTICLE|FIGURE|FIGCAPTION|PICTURE|IMG|VIDEO|TABLE|PRE|CODE|BLOCKQUOTE)$/;
const AD_ID = /^(?:div-gpt-ad|google_ads|taboola|outbrain|dfp-ad|gpt-ad)/i;
const AD_CLASS = /(?:^|\s)(?:adsbygoogle|OUTBRAIN|trc_related_container|taboola|dfp-ad|gpt-ad)/i;
const AD_DATA_ATTRS = ['data-ad', 'data-ad-slot', 'data-ad-unit', 'data-adunit', 'data-google-query-id', 'data-ad-placeholder'];

function hasAdMarkup(el: Element): boolean {
  const id = el.getAttribute('id');
  if (id && AD_ID.test(id)) return true;
  const cls = el.getAttribute('class');
  if (cls && AD_CLASS.test(cls)) return true;
  for (const a of AD_DATA_ATTRS) if (el.hasAttribute(a)) return true;
  return false;
}

/** Rules that look at one element: a reason to drop it, or null. */
export function dropReason(el: Element, s: NodeStats): string | null {
  if (el.tagName === 'HTML' || el.tagName === 'BODY') return null;
  if (hasAdMarkup(el)) return 'ad-markup';
  if (s.short !== null && s.short.length > 0) {
    if (isAdLabelText(s.short)) return 'ad-label';
    if (isPromoLine(s)) return 'promo';
    if (isTagLine(s)) return 'tags';
  }
  if (!PROTECTED.test(el.tagName)) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (names.length > 1 && CLUTTER_TOKEN.test(names) && (s.prose < 300 || linkDensityOf(s) > 0.5)) return 'clutter-name';
  }
  return null;
}

function isPromoLine(s: NodeStats): boolean {
  const text = s.short ?? '';
  if (text.length > 250 || s.paras > 1 || !PROMO_PREFIX.test(text)) return false;
  return s.link > 0 || text.length <= 140;
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
 * For a boilerplate heading ("Also Read", "About the author", "Filed under"): how many
 * following element siblings go with it, or null when `el` is not such a heading or
 * should stay. A heading over real prose is a genuine subheading ("Business", "Latest").
 */
export function boilerplateSection(el: Element, stats: StatsMap): Element[] | null {
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
  if (text < rule.maxText || density > rule.density) return run;
  return rule === LINKS_RULE ? null : [];
}

/**
 * Walk `root` top-down and collect what the rules drop. Children of a dropped
 * element are not visited.
 */
export function collectDrops(root: Element, stats: StatsMap, extra?: (el: Element, s: NodeStats) => boolean): Set<Element> {
  const drops = new Set<Element>();
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (drops.has(el)) continue;
      const s = stats.get(el);
      if (!s) continue;
      if ((extra && extra(el, s)) || dropReason(el, s)) {
        drops.add(el);
        continue;
      }
      const run = boilerplateSection(el, stats);
      if (run) {
        drops.add(el);
        for (const r of run) drops.add(r);
        continue;
      }
      visit(el);
    }
  };
  visit(root);
  return drops;
}
