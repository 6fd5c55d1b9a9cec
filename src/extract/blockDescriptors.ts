/**
 * A page element's structural description (blocks.ts) and the matching of site rules against
 * it. Descriptions are made only for the few elements that need one (the article's blocks, what
 * the cleaning removed, candidates a rule's tag and classes already fit), with the landmark
 * remembered per parent, so a long article costs a walk up per parent, not per block.
 */
import { MAX_CLASS_TOKEN_LENGTH, MAX_CLASS_TOKENS, type BlockDescriptor, type BlockLandmark, type BlockPosition, type BlockRule } from './blocks';

const LANDMARK_TAGS: Readonly<Record<string, BlockLandmark>> = {
  MAIN: 'main',
  ARTICLE: 'article',
  ASIDE: 'aside',
  HEADER: 'header',
  FOOTER: 'footer',
  NAV: 'nav',
};
const LANDMARK_ROLES: Readonly<Record<string, BlockLandmark>> = {
  main: 'main',
  article: 'article',
  complementary: 'aside',
  banner: 'header',
  contentinfo: 'footer',
  navigation: 'nav',
};

const labelled = (el: Element): boolean => el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby');

/** The landmark `el` itself is, or null. A section (or role=region) is one only with a name. */
function landmarkOfElement(el: Element): BlockLandmark | null {
  const role = el.getAttribute('role');
  if (role !== null) {
    const byRole = LANDMARK_ROLES[role];
    if (byRole) return byRole;
    if (role === 'region' && labelled(el)) return 'section';
  }
  const byTag = LANDMARK_TAGS[el.tagName];
  if (byTag) return byTag;
  return el.tagName === 'SECTION' && labelled(el) ? 'section' : null;
}

/**
 * Class tokens a build tool made rather than a person: they change with each deploy or differ
 * between pages (CSS modules' `title__a1B2c`, styled-components' `sc-…`/`kJhGfD`, emotion's
 * `css-1x2y3z`, `jsx-123456`), or say a state (`is-active`, `has-image`).
 */
function looksGenerated(token: string): boolean {
  if (token.length > MAX_CLASS_TOKEN_LENGTH) return true;
  if (/\d{2,}/.test(token)) return true;
  if (/^(?:css|sc|jsx|svelte|astro|emotion|styled|tw)-/i.test(token)) return true;
  if (/^(?:is|has)-/.test(token)) return true;
  // a hash after a CSS module's name: Title_title__a1B2c, card_3xYz9
  if (/_[A-Za-z0-9-]{5,}$/.test(token) && /[_-][A-Za-z-]*\d[A-Za-z0-9-]*$/.test(token)) return true;
  // letters and a digit with no separator: a1b2c, x9kq2
  if (/^(?=[^-_]*\d)(?=[^-_]*[A-Za-z])[A-Za-z0-9]{5,}$/.test(token)) return true;
  // random case: kJhGfD
  return /^[A-Za-z]{5,12}$/.test(token) && (token.match(/[a-z][A-Z]/g)?.length ?? 0) >= 3;
}

/** The class attribute's hand-written tokens: deduplicated, sorted, at most MAX_CLASS_TOKENS. */
export function stableClassTokens(classAttr: string | null): string[] {
  if (!classAttr) return [];
  const tokens = new Set<string>();
  for (const token of classAttr.split(/\s+/)) if (token && !looksGenerated(token)) tokens.add(token);
  return [...tokens].sort().slice(0, MAX_CLASS_TOKENS);
}

/** Descriptions of the elements of one page, relative to its story's main text block. */
export class Describer {
  private readonly landmarks = new Map<Element, BlockLandmark>();

  constructor(private readonly main: Element | null) {}

  /** The nearest landmark among the ancestors of `el` (not `el` itself). */
  landmark(el: Element): BlockLandmark {
    const parent = el.parentElement;
    if (!parent) return 'none';
    const known = this.landmarks.get(parent);
    if (known) return known;
    const found = landmarkOfElement(parent) ?? this.landmark(parent);
    this.landmarks.set(parent, found);
    return found;
  }

  /** The landmark of an element inside `el`: `el` itself when it is one, else the one around it. */
  landmarkInside(el: Element): BlockLandmark {
    return landmarkOfElement(el) ?? this.landmark(el);
  }

  position(el: Element): BlockPosition {
    const main = this.main;
    if (!main || main === el || main.contains(el) || el.contains(main)) return 'inside';
    return main.compareDocumentPosition(el) & 2 /* PRECEDING */ ? 'before' : 'after';
  }

  describe(el: Element): BlockDescriptor {
    return { tag: el.localName.toLowerCase(), classes: stableClassTokens(el.getAttribute('class')), landmark: this.landmark(el), position: this.position(el) };
  }
}

/** A rule's block matches: same tag, landmark and position, and every class token of the rule. */
export function matchesBlock(rule: BlockDescriptor, block: BlockDescriptor): boolean {
  return rule.tag === block.tag && rule.landmark === block.landmark && rule.position === block.position && rule.classes.every((c) => block.classes.includes(c));
}

function isRule(value: unknown): value is BlockRule {
  const rule = value as Partial<BlockRule> | null;
  const block = rule?.block as Partial<BlockDescriptor> | undefined;
  return (
    (rule?.action === 'remove' || rule?.action === 'keep') &&
    typeof block?.tag === 'string' &&
    Array.isArray(block.classes) &&
    block.classes.every((c) => typeof c === 'string') &&
    typeof block.landmark === 'string' &&
    typeof block.position === 'string'
  );
}

/**
 * One action's rules, by tag: most elements are settled by one map lookup, and only those whose
 * tag and class tokens fit are described in full.
 */
export class RuleSet {
  private readonly byTag = new Map<string, BlockDescriptor[]>();

  constructor(rules: readonly unknown[] | undefined, action: BlockRule['action']) {
    for (const rule of rules ?? []) {
      if (!isRule(rule) || rule.action !== action) continue;
      const list = this.byTag.get(rule.block.tag) ?? [];
      list.push(rule.block);
      this.byTag.set(rule.block.tag, list);
    }
  }

  get empty(): boolean {
    return this.byTag.size === 0;
  }

  matches(el: Element, describer: Describer): boolean {
    if (this.byTag.size === 0) return false;
    const rules = this.byTag.get(el.localName.toLowerCase());
    if (!rules) return false;
    const classes = new Set((el.getAttribute('class') ?? '').split(/\s+/));
    const fitting = rules.filter((rule) => rule.classes.every((c) => classes.has(c)));
    if (fitting.length === 0) return false;
    const block = describer.describe(el);
    return fitting.some((rule) => matchesBlock(rule, block));
  }
}
