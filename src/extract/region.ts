/**
 * Where the story is, from paragraph statistics alone: the region that holds
 * nearly all story prose, and the main text block with its ancestors (which no
 * name-based rule may remove, whatever classes the site gives them).
 */
import type { StatsMap } from './stats';

/** The region must hold this share of the page's prose. */
const REGION_SHARE = 0.9;
/** Below this much prose the page has no paragraph structure to go by. */
const MIN_PROSE = 500;

/** The element with the most paragraph prose directly inside it. */
export function mainBlock(root: Element, stats: StatsMap): Element | null {
  let block: Element | null = null;
  let best = 0;
  for (const [el, s] of stats) {
    if (s.ownProse > best && root.contains(el)) {
      best = s.ownProse;
      block = el;
    }
  }
  return block;
}

/**
 * An element around the main text block that holds nearly all of the page's story
 * prose, one level wider than needed so a lede, summary box or hero image beside the body stays
 * in. Readability never picks content outside such an element, so working on it alone
 * saves most of the copy and most of Readability's work on large pages, and keeps
 * rails and footers out of its scoring.
 */
export function storyRegion(body: Element, stats: StatsMap): Element {
  const total = stats.get(body)?.prose ?? 0;
  const block = total >= MIN_PROSE ? mainBlock(body, stats) : null;
  if (!block) return body;
  let region = block;
  while (region !== body && (stats.get(region)?.prose ?? 0) < REGION_SHARE * total && region.parentElement) region = region.parentElement;
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
