/** A post's parts: its time, its author and its own text, read from its box. */
import { normText } from '../dom';
import { AUTHOR_SELECTOR, isDateLine, type PageScan, SKIP_TAGS } from './scan';

export interface ThreadPost {
  author: string | null;
  time: string | null;
  /** Where the post's own text lives on the page (read only). */
  body: Element;
  /** The post's whole box: header, member's details, text, buttons. */
  box: Element;
}

const MAX_NAME = 60;
/** Posts of a Q&A page marked up with schema.org (its markup says much: two are enough). */
export const MIN_POSTS = 2;

export function firstMarker(page: PageScan, post: Element): Element | null {
  if (page.timeSet.has(post)) return post;
  // A time people see before one for machines (<meta itemprop="datePublished">).
  const marked = page.within(page.shownTimes, post)[0] ?? page.within(page.times, post)[0];
  if (marked) return marked;
  return page.firstDateText(post)?.parent ?? null;
}

function timeText(marker: Element | null): string | null {
  if (!marker) return null;
  const shown = normText(marker.textContent);
  if (shown && shown.length <= 80) return shown;
  // An empty <time> the page's script fills in: its title is the date as people read it.
  const title = normText(marker.getAttribute('title'));
  if (title && isDateLine(title)) return title;
  return normText(marker.getAttribute('datetime') ?? marker.getAttribute('content')) || null;
}

/** The author element: the first with a short name, schema.org's first. */
function authorOf(page: PageScan, post: Element, bodyOf: Element | null): Element | null {
  const candidates = page.authorsIn(post).filter((el) => !bodyOf?.contains(el));
  // An avatar link (a picture, or the initial standing in for one) names no one in words.
  const named = (el: Element): boolean => {
    const name = nameOf(el);
    return name.length > 1 && name.length <= MAX_NAME && !isDateLine(name) && !el.querySelector('img, [class*="avatar" i]');
  };
  const schema = candidates.filter((el) => el.getAttribute('itemprop') === 'author' && named(el));
  const names = schema.length > 0 ? schema : candidates.filter(named);
  if (names.length <= 1) return names[0] ?? null;
  // "First" is in the order the selector engine lists them: a browser's lists them in page
  // order, jsdom's a selector list's matches selector by selector.
  return Array.from(post.querySelectorAll(AUTHOR_SELECTOR)).find((el) => names.includes(el)) ?? null;
}

function nameOf(el: Element): string {
  return normText(el.querySelector('[itemprop="name"]')?.textContent ?? el.textContent);
}

/** `el` and its ancestors up to `top`. */
function ancestry(el: Element | null, top: Element): Set<Element> {
  const line = new Set<Element>();
  for (let a = el; a && a !== top; a = a.parentElement) line.add(a);
  return line;
}

/**
 * The post's own text: schema.org's `text` where the page marks it, else the element with
 * the most text that holds neither the time nor the author (the header, the member's
 * details and the buttons sit beside it), nor a post of its own (`holdsOther`: the boxes'
 * ancestors; replies nested in their parent post are posts of their own).
 */
function bodyOf(page: PageScan, post: Element, marker: Element | null, others: ReadonlySet<Element>, holdsOther: ReadonlySet<Element>): Element | null {
  const scope = post.closest('[itemtype]');
  const marked = page.within(page.postTexts, post).find((el) => el.closest('[itemtype]') === scope);
  if (marked) return marked;
  const author = page.authorsIn(post)[0] ?? null;
  const blocked = new Set([...ancestry(marker, post), ...ancestry(author, post)]);
  const eligible = (el: Element): boolean => !SKIP_TAGS.has(el.tagName) && !blocked.has(el) && !others.has(el) && !holdsOther.has(el);
  let best: Element | null = null;
  let bestText = 0;
  const consider = (el: Element): void => {
    const t = page.textLength(el);
    if (t > bestText) {
      best = el;
      bestText = t;
    }
  };
  if (!page.textNests) {
    for (const el of Array.from(post.querySelectorAll('*'))) if (eligible(el)) consider(el);
    return best;
  }
  // A box holds all the text of the boxes inside it (textNests), and what holds no time, author
  // or post has insides that hold none either: the first box of the most text is an outermost
  // one, and nothing inside one need be measured.
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (eligible(el)) consider(el);
      else visit(el);
    }
  };
  visit(post);
  return best;
}

export function postOf(page: PageScan, container: Element, others: ReadonlySet<Element> = new Set(), holdsOther: ReadonlySet<Element> = new Set()): ThreadPost | null {
  const marker = firstMarker(page, container);
  const body = bodyOf(page, container, marker, others, holdsOther);
  if (!body || page.textLength(body) === 0) return null;
  const author = authorOf(page, container, body);
  return { author: author ? nameOf(author) : null, time: timeText(marker), body, box: container };
}

const SCHEMA = (type: string): string => `[itemtype$="schema.org/${type}"]`;

/** schema.org microdata Q&A: the question, the accepted answer, then the others. */
export function qaPosts(page: PageScan): ThreadPost[] | null {
  const question = page.itemTyped.find((el) => el.matches(SCHEMA('Question')));
  if (!question) return null;
  const answers = page.itemTyped.filter((el) => el.matches(SCHEMA('Answer')));
  if (answers.length === 0) return null;
  const accepted = answers.filter((a) => a.getAttribute('itemprop') === 'acceptedAnswer');
  const ordered = [...accepted, ...answers.filter((a) => !accepted.includes(a))];
  const q = postOf(page, question);
  if (!q) return null;
  // An answer inside the question's box is not its text.
  if (answers.some((a) => a.contains(q.body))) return null;
  return [q, ...ordered.map((a) => postOf(page, a)).filter((p): p is ThreadPost => p !== null)];
}
