/**
 * Where the story is, by structure: the main text block (the container with the most
 * paragraph prose directly inside, never inside a footer, sidebar, navigation or comment
 * section), and the region around it that holds nearly all story prose and reaches up to
 * the headline, so a lede, summary box or hero image between headline and body stays in.
 */
import { normText } from './dom';
import type { StatsMap } from './stats';

/** The region must hold this share of the page's story prose. */
const REGION_SHARE = 0.9;
/** Below this much prose the page has no paragraph structure to go by. */
const MIN_PROSE = 500;

const CHROME_TAGS = new Set(['FOOTER', 'ASIDE', 'NAV']);
const CHROME_ROLES = new Set(['contentinfo', 'complementary', 'navigation', 'banner']);
/**
 * Class or id tokens that name a whole comment thread ("comments", "comment-list",
 * "disqus_thread"). Only comments: footers and sidebars are told by their tags and roles,
 * since layout classes mention them on the wrappers around the story itself
 * ("content-sidebar-wrap", "l-sidebar-fixed").
 */
const CHROME_NAME = /^(?:comments?|commentlist|comment-?list|comments?[-_](?:area|section|wrapper|container|list|thread|block)|disqus_thread|respond)$/i;

function hasChromeName(names: string): boolean {
  for (const token of names.split(/\s+/)) if (token && CHROME_NAME.test(token)) return true;
  return false;
}

/** A footer, sidebar, navigation (by tag or role) or comment thread: never the story, whatever prose it holds. */
export function isChromeZone(el: Element, names: string): boolean {
  if (CHROME_TAGS.has(el.tagName)) return el.parentElement?.tagName !== 'BLOCKQUOTE';
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role)) return true;
  if ((el.getAttribute('itemtype') ?? '').includes('Comment')) return true;
  return names !== '' && hasChromeName(names);
}

function inChromeZone(el: Element, root: Element, stats: StatsMap): boolean {
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    if (isChromeZone(n, stats.get(n)?.attrs.names ?? '')) return true;
  }
  return false;
}

/**
 * Elements with direct prose, most first (a stable sort: ties keep document order), once per
 * stats map: one cleaning asks for the main block of the same page four to six times, and
 * each time sorted every element of the page. The maps are never changed once computed.
 */
const rankings = new WeakMap<StatsMap, Element[]>();

function byOwnProse(stats: StatsMap): Element[] {
  let ranked = rankings.get(stats);
  if (!ranked) {
    ranked = [...stats].filter(([, s]) => s.ownProse > 0).sort((a, b) => b[1].ownProse - a[1].ownProse).map(([el]) => el);
    rankings.set(stats, ranked);
  }
  return ranked;
}

/** The story container: most prose directly inside, outside the page's chrome when any such block exists. */
export function mainBlock(root: Element, stats: StatsMap): Element | null {
  const ranked = byOwnProse(stats).filter((el) => root.contains(el));
  for (const el of ranked.slice(0, 12)) if (!inChromeZone(el, root, stats)) return el;
  return ranked[0] ?? null;
}

/** The page's headline: the first h1 (else h2) whose text the title contains, or that contains it. */
export function headlineOf(body: Element, title: string): Element | null {
  const t = normText(title).toLowerCase();
  if (!t) return null;
  for (const tag of ['h1', 'h2']) {
    for (const h of Array.from(body.getElementsByTagName(tag)).slice(0, 8)) {
      const text = normText(h.textContent).toLowerCase();
      if (text.length >= 10 && (t.includes(text) || text.includes(t))) return h;
    }
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element {
  let n: Element | null = a;
  while (n && !n.contains(b)) n = n.parentElement;
  return n ?? a;
}

/** Prose of the page's story parts: everything outside footers, sidebars and comments. */
function storyProse(el: Element, stats: StatsMap, memo: Map<Element, number>): number {
  const known = memo.get(el);
  if (known !== undefined) return known;
  const s = stats.get(el);
  let n = 0;
  if (!s || s.prose === 0 || isChromeZone(el, s.attrs.names)) n = 0;
  else if (s.isParagraph) n = s.prose;
  else for (let c = el.firstElementChild; c; c = c.nextElementSibling) n += storyProse(c, stats, memo);
  memo.set(el, n);
  return n;
}

/**
 * The element Readability is given: around the main text block, holding nearly all of the
 * page's story prose, widened to the headline and one level more. Only ever wider than the
 * block, never cutting what lies between headline and body. Working on it alone keeps rails
 * and footers out of Readability's scoring and saves most of its work on large pages.
 */
export function storyRegion(body: Element, stats: StatsMap, headline: Element | null): Element {
  const memo = new Map<Element, number>();
  const total = storyProse(body, stats, memo);
  const block = total >= MIN_PROSE ? mainBlock(body, stats) : null;
  if (!block) return body;
  let region = block;
  while (region !== body && storyProse(region, stats, memo) < REGION_SHARE * total && region.parentElement) region = region.parentElement;
  if (headline && !region.contains(headline)) region = commonAncestor(region, headline);
  if (region !== body && region.parentElement) region = region.parentElement;
  return region;
}

/** The main text block and its ancestors up to `root`: no name-based rule may remove them. */
export function mainBlockPath(root: Element, stats: StatsMap): Set<Element> {
  const path = new Set<Element>();
  for (let el = mainBlock(root, stats); el && el !== root; el = el.parentElement) path.add(el);
  path.add(root);
  return path;
}
