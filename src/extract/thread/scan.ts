/**
 * One walk of the page's body gathers what the thread's tests ask of it: the elements that
 * state a time, name a member, mark a Q&A or hide text, and the order of every element.
 * Asked instead by a selector over the whole body (or a box) each time, the same answers
 * cost many passes, and jsdom's selector engines are slow on attribute substrings.
 *
 * The walk only proposes: each element it keeps is checked with the very selector, so what
 * counts as a time or a name is the selector's word, in the browser's engine as in jsdom's.
 * Its tests take each attribute's name after any prefix and compare in lower case, which
 * finds everything the selectors can match, whatever an engine's case rules.
 */
import { normText } from '../dom';

const TIME_SELECTOR = 'time, [datetime], [itemprop="datePublished"], [itemprop="dateCreated"], [itemprop="uploadDate"]';
/** The times people see, before those for machines (<meta itemprop="datePublished">). */
const SHOWN_TIME = 'time, [datetime]';
const AUTHOR_HREF = ['/u/', '/user', '/member', 'profile', '/people/', '/profile'];
const AUTHOR_CLASS = ['author', 'username', 'user-name', 'poster', 'userinfo'];
/** Where a member's name is: schema.org, rel=author, a profile link, or an element named for the poster. */
export const AUTHOR_SELECTOR = [
  '[itemprop="author"]',
  '[rel="author"]',
  ...AUTHOR_HREF.map((part) => `a[href*="${part}"]`),
  ...AUTHOR_CLASS.map((part) => `[class*="${part}" i]`),
].join(', ');
const POST_TEXT = '[itemprop="text"]';
const HIDDEN = 'script, style';
const TIME_PROPS = new Set(['datepublished', 'datecreated', 'uploaddate']);
export const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'TITLE']);

/** A post's date line: a month or weekday name or a numeric date beside a number, or "… ago". */
const DATE_WORD = /(?<![\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today)(?![\p{L}])/iu;
const NUMERIC_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;
const AGO = /\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b/i;
const DIGIT = /\d/;
/** "Joined: May 2019", "Posts: 12": a member's details, not the post's time. */
const LABELLED = /^[\p{L} ]{2,20}:/u;
/** Longer text nodes are prose that mentions a date, not a post's date line. */
const MAX_DATE_NODE = 200;

export function isDateLine(text: string): boolean {
  if (text.length > 60 || text.length < 4 || !DIGIT.test(text) || LABELLED.test(text)) return false;
  return DATE_WORD.test(text) || NUMERIC_DATE.test(text) || AGO.test(text);
}

/** A text node that is only a date; `short` where it is short enough to be a marker. */
interface DateText {
  node: Node;
  parent: Element;
  short: boolean;
  /** How many elements come before it in page order. */
  at: number;
}

/** What an element's attributes propose it may be (the selectors decide). */
const Maybe = { Time: 1, Author: 2, PostText: 4, ItemType: 8, Hidden: 16 } as const;

function proposals(el: Element): number {
  let maybe = 0;
  const local = el.localName.toLowerCase();
  if (local === 'time') maybe |= Maybe.Time;
  if (local === 'script' || local === 'style') maybe |= Maybe.Hidden;
  if (!el.hasAttributes()) return maybe;
  for (const name of el.getAttributeNames()) {
    // `xlink:href` is an `href` to some engines.
    const key = name.slice(name.indexOf(':') + 1).toLowerCase();
    if (key === 'datetime') maybe |= Maybe.Time;
    else if (key === 'itemtype') maybe |= Maybe.ItemType;
    else if (key === 'itemprop' || key === 'rel' || key === 'href' || key === 'class') {
      const value = (el.getAttribute(name) ?? '').toLowerCase();
      if (key === 'itemprop' && TIME_PROPS.has(value)) maybe |= Maybe.Time;
      if (key === 'itemprop' && value === 'text') maybe |= Maybe.PostText;
      if ((key === 'itemprop' || key === 'rel') && value === 'author') maybe |= Maybe.Author;
      if (key === 'href' && local === 'a' && AUTHOR_HREF.some((part) => value.includes(part))) maybe |= Maybe.Author;
      if (key === 'class' && AUTHOR_CLASS.some((part) => value.includes(part))) maybe |= Maybe.Author;
    }
  }
  return maybe;
}

/**
 * The first of `length` items in page order whose position (`at`) is past `position`: a box's
 * insides follow it in page order, so they start there and run while the box holds them.
 */
function firstAfter(length: number, at: (i: number) => number, position: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) <= position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The page's body, walked once; what the tests ask beyond that is worked out when first asked. */
export class PageScan {
  readonly body: Element;
  /** Text nodes that are only a date (script and style text aside), in page order. */
  readonly dateTexts: readonly DateText[];
  /** Elements matching TIME_SELECTOR, in page order. */
  readonly times: readonly Element[];
  readonly timeSet: ReadonlySet<Element>;
  /** Those of `times` people see. */
  readonly shownTimes: readonly Element[];
  /** Elements with an `itemtype`, in page order. */
  readonly itemTyped: readonly Element[];
  readonly #index = new Map<Element, number>();
  /** What the walk proposes each element may be, in page order. */
  readonly #proposed = new Map<Element, number>();
  readonly #lengths = new Map<Element, number>();
  #authorCandidates: Element[] | null = null;
  readonly #isAuthor = new Map<Element, boolean>();
  #postTexts: Element[] | null = null;
  #hidden: Element[] | null = null;
  #hiddenText: Map<Element, number> | null = null;

  constructor(body: Element) {
    this.body = body;
    const dateTexts: DateText[] = [];
    const walker = body.ownerDocument.createTreeWalker(body, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3 /* TEXT_NODE */) {
        const v = n.nodeValue ?? '';
        // A date line has a digit: most text is settled without normalising it.
        if (!DIGIT.test(v)) continue;
        const parent = n.parentElement;
        if (parent && !SKIP_TAGS.has(parent.tagName) && isDateLine(normText(v))) dateTexts.push({ node: n, parent, short: v.length <= MAX_DATE_NODE, at: this.#index.size });
        continue;
      }
      const el = n as Element;
      this.#index.set(el, this.#index.size);
      const maybe = proposals(el);
      if (maybe) this.#proposed.set(el, maybe);
    }
    this.dateTexts = dateTexts;
    this.times = this.#confirmed(Maybe.Time, TIME_SELECTOR);
    this.timeSet = new Set(this.times);
    this.shownTimes = this.times.filter((el) => el.matches(SHOWN_TIME));
    this.itemTyped = this.#proposedAs(Maybe.ItemType);
  }

  #proposedAs(flag: number): Element[] {
    const found: Element[] = [];
    for (const [el, maybe] of this.#proposed) if (maybe & flag) found.push(el);
    return found;
  }

  #confirmed(flag: number, selector: string): Element[] {
    return this.#proposedAs(flag).filter((el) => el.matches(selector));
  }

  #orderOf(el: Element): number {
    return this.#index.get(el) ?? -1;
  }

  /** For sorting into page order. */
  readonly order = (a: Element, b: Element): number => this.#orderOf(a) - this.#orderOf(b);

  /** Elements the walk proposes as authors, in page order: `authorsIn` asks the selector. */
  get #authorsProposed(): Element[] {
    this.#authorCandidates ??= this.#proposedAs(Maybe.Author);
    return this.#authorCandidates;
  }

  /** The selector's word on one element, once: jsdom's engine is slow on AUTHOR_SELECTOR. */
  #authorMatches(el: Element): boolean {
    let is = this.#isAuthor.get(el);
    if (is === undefined) {
      is = el.matches(AUTHOR_SELECTOR);
      this.#isAuthor.set(el, is);
    }
    return is;
  }

  /** Elements matching AUTHOR_SELECTOR inside `box` (`box` aside), in page order. */
  authorsIn(box: Element): Element[] {
    return this.within(this.#authorsProposed, box).filter((el) => this.#authorMatches(el));
  }

  /** Whether `el` is or holds an element matching AUTHOR_SELECTOR. */
  holdsAuthor(el: Element): boolean {
    if ((this.#proposed.get(el) ?? 0) & Maybe.Author && this.#authorMatches(el)) return true;
    return this.within(this.#authorsProposed, el).some((a) => this.#authorMatches(a));
  }

  get postTexts(): readonly Element[] {
    this.#postTexts ??= this.#confirmed(Maybe.PostText, POST_TEXT);
    return this.#postTexts;
  }

  /** The elements of a list in page order (`times`, `authors`…) inside `box`, `box` aside. */
  within(list: readonly Element[], box: Element): Element[] {
    const inside: Element[] = [];
    for (let i = firstAfter(list.length, (i) => this.#orderOf(list[i] as Element), this.#orderOf(box)); i < list.length; i++) {
      const el = list[i] as Element;
      if (!box.contains(el)) break;
      inside.push(el);
    }
    return inside;
  }

  /** The first text node in `box` that is only a date. */
  firstDateText(box: Element): DateText | null {
    const texts = this.dateTexts;
    const first = texts[firstAfter(texts.length, (i) => (texts[i] as DateText).at, this.#orderOf(box))];
    return first && box.contains(first.node) ? first : null;
  }

  get #scripts(): Element[] {
    this.#hidden ??= this.#confirmed(Maybe.Hidden, HIDDEN);
    return this.#hidden;
  }

  /** Text people see: a script's or a stylesheet's text is no post's. */
  textLength(el: Element): number {
    if (!this.#hiddenText) {
      // Each script's and stylesheet's text, counted against every box holding it.
      this.#hiddenText = new Map();
      for (const h of this.#scripts) {
        const length = normText(h.textContent).length;
        for (let a = h.parentElement; a; a = a.parentElement) this.#hiddenText.set(a, (this.#hiddenText.get(a) ?? 0) + length);
      }
    }
    let n = this.#lengths.get(el);
    if (n === undefined) {
      n = Math.max(0, normText(el.textContent).length - (this.#hiddenText.get(el) ?? 0));
      this.#lengths.set(el, n);
    }
    return n;
  }

  /**
   * Whether a box's text is never less than that of an element in it: so where every script and
   * stylesheet is skipped (SKIP_TAGS) and holds text alone, for the text they hide is subtracted.
   * An SVG's <style> is no STYLE: a post's text may be sought in it, and in what it holds.
   */
  get textNests(): boolean {
    return this.#scripts.every((h) => SKIP_TAGS.has(h.tagName) && h.firstElementChild === null);
  }
}
