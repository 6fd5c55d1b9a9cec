/**
 * Forum threads and Q&A pages: every post in order with its author and time, where
 * Readability keeps only the first post (the others look like comments to it).
 *
 * A thread is recognised by structure: sibling containers of one tag, each holding a time
 * (a <time>, a `datetime`, a schema.org date or a short line that is only a date) and an
 * author (schema.org author, rel=author, a link to a member's profile, an element named
 * for a user), with one time or a few each (a wrapper of the whole thread holds them all).
 * On Q&A pages marked up with schema.org's Question and Answer, the question comes first,
 * then the accepted answer, then the others in page order. A comment section under an
 * article is not a thread: prose before the first post means the posts are comments.
 */
import { normText } from './dom';

interface ThreadPost {
  author: string | null;
  time: string | null;
  /** Where the post's own text lives on the page (read only). */
  body: Element;
  /** The post's whole box: header, member's details, text, buttons. */
  box: Element;
}

/** A post's date line: a month or weekday name or a numeric date beside a number, or "… ago". */
const DATE_WORD = /(?<![\p{L}])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|yesterday|today)(?![\p{L}])/iu;
const NUMERIC_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;
const AGO = /\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b/i;
const TIME_SELECTOR = 'time, [datetime], [itemprop="datePublished"], [itemprop="dateCreated"], [itemprop="uploadDate"]';
/** Where a member's name is: schema.org, rel=author, a profile link, or an element named for the poster. */
const AUTHOR_SELECTOR = [
  '[itemprop="author"]', '[rel="author"]',
  'a[href*="/u/"]', 'a[href*="/user"]', 'a[href*="/member"]', 'a[href*="profile"]', 'a[href*="/people/"]', 'a[href*="/profile"]',
  '[class*="author" i]', '[class*="username" i]', '[class*="user-name" i]', '[class*="poster" i]', '[class*="userinfo" i]',
].join(', ');
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'SVG', 'HEAD', 'TITLE']);
/** A post holds its time and perhaps an edit time and a quote's; a wrapper of several posts holds many more. */
const MAX_TIMES_PER_POST = 3;
const MIN_POSTS = 2;
/** Posts of a thread recognised by its boxes alone (a Q&A page's markup says more: MIN_POSTS). */
const MIN_THREAD_POSTS = 3;
const MAX_NAME = 60;
/** Share of Readability's words a thread must hold to stand for the page (threadHolds). */
const THREAD_HOLDS = 0.6;

/** "Joined: May 2019", "Posts: 12": a member's details, not the post's time. */
const LABELLED = /^[\p{L} ]{2,20}:/u;

function isDateLine(text: string): boolean {
  if (text.length > 60 || text.length < 4 || !/\d/.test(text) || LABELLED.test(text)) return false;
  return DATE_WORD.test(text) || NUMERIC_DATE.test(text) || AGO.test(text);
}

/** Elements that state a time: the markup's own, then short text nodes that are only a date. */
function timeMarkers(body: Element): Element[] {
  const found = new Set<Element>(Array.from(body.querySelectorAll(TIME_SELECTOR)));
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (v.length > 200) continue;
    const parent = n.parentElement;
    if (!parent || SKIP_TAGS.has(parent.tagName)) continue;
    if (isDateLine(normText(v))) found.add(parent);
  }
  // The outermost of nested markers ("<time><span>May 2</span></time>") stands for them.
  return Array.from(found).filter((el) => !hasAncestorIn(el, found));
}

function hasAncestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (set.has(a)) return true;
  return false;
}

interface Group {
  members: Element[];
  text: number;
  /** Every element holding a time, and how many. */
  timed: Map<Element, number>;
}

/** Text people see: a script's or a stylesheet's text is no post's. */
function textLength(el: Element): number {
  let n = normText(el.textContent).length;
  for (const hidden of Array.from(el.querySelectorAll('script, style'))) n -= normText(hidden.textContent).length;
  return Math.max(0, n);
}

function linkLength(el: Element): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normText(a.textContent).length, 0);
}

/**
 * Sibling containers of one tag under one parent, each holding a time: every level of
 * every marker's ancestry proposes one. The group with the most text whose members
 * each hold few times and mostly name an author is the thread.
 */
function bestGroup(body: Element, markers: Element[]): Group | null {
  const perMember = new Map<Element, number>();
  for (const m of markers) {
    for (let a: Element | null = m; a && a !== body; a = a.parentElement) perMember.set(a, (perMember.get(a) ?? 0) + 1);
  }
  const groups = new Map<string, { parent: Element; members: Element[] }>();
  const parentIds = new Map<Element, number>();
  for (const el of perMember.keys()) {
    const parent = el.parentElement;
    if (!parent) continue;
    if (!parentIds.has(parent)) parentIds.set(parent, parentIds.size);
    const key = `${parentIds.get(parent)}:${el.tagName}`;
    const g = groups.get(key) ?? { parent, members: [] };
    g.members.push(el);
    groups.set(key, g);
  }
  let best: Group | null = null;
  for (const { members } of groups.values()) {
    if (members.length < MIN_POSTS) continue;
    const few = members.filter((m) => ownTimes(m, perMember) <= MAX_TIMES_PER_POST).length;
    if (few < 0.8 * members.length) continue;
    const named = members.filter((m) => m.matches(AUTHOR_SELECTOR) || m.querySelector(AUTHOR_SELECTOR) !== null).length;
    if (named < 0.5 * members.length) continue;
    const text = members.reduce((n, m) => n + textLength(m), 0);
    if (!best || text > best.text) best = { members: members.sort(documentOrder), text, timed: perMember };
  }
  return best;
}

/** Times in a box but not in the replies nested in it (boxes of its kind inside it). */
function ownTimes(box: Element, timed: ReadonlyMap<Element, number>): number {
  const kind = kindOf(box);
  const nested = Array.from(box.getElementsByTagName(box.tagName)).filter((el) => kindOf(el) === kind && timed.has(el));
  const outermost = nested.filter((el) => !nested.some((o) => o !== el && o.contains(el)));
  return (timed.get(box) ?? 0) - outermost.reduce((n, el) => n + (timed.get(el) ?? 0), 0);
}

function documentOrder(a: Node, b: Node): number {
  return a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1;
}

function firstMarker(post: Element): Element | null {
  if (post.matches(TIME_SELECTOR)) return post;
  // A time people see before one for machines (<meta itemprop="datePublished">).
  const marked = post.querySelector('time, [datetime]') ?? post.querySelector(TIME_SELECTOR);
  if (marked) return marked;
  const walker = post.ownerDocument.createTreeWalker(post, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && !SKIP_TAGS.has(n.parentElement.tagName) && isDateLine(normText(n.nodeValue))) return n.parentElement;
  }
  return null;
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
function authorOf(post: Element, bodyOf: Element | null): Element | null {
  const candidates = Array.from(post.querySelectorAll(AUTHOR_SELECTOR)).filter((el) => !bodyOf?.contains(el));
  // An avatar link (a picture, or the initial standing in for one) names no one in words.
  const named = (el: Element): boolean => {
    const name = nameOf(el);
    return name.length > 1 && name.length <= MAX_NAME && !isDateLine(name) && !el.querySelector('img, [class*="avatar" i]');
  };
  return candidates.find((el) => el.getAttribute('itemprop') === 'author' && named(el)) ?? candidates.find(named) ?? null;
}

function nameOf(el: Element): string {
  return normText(el.querySelector('[itemprop="name"]')?.textContent ?? el.textContent);
}

/**
 * The post's own text: schema.org's `text` where the page marks it, else the element with
 * the most text that holds neither the time nor the author (the header, the member's
 * details and the buttons sit beside it).
 */
function bodyOf(post: Element, marker: Element | null, others: ReadonlySet<Element>, holdsOther: ReadonlySet<Element>): Element | null {
  const marked = Array.from(post.querySelectorAll('[itemprop="text"]')).find((el) => el.closest('[itemtype]') === post.closest('[itemtype]'));
  if (marked) return marked;
  const author = post.querySelector(AUTHOR_SELECTOR);
  let best: Element | null = null;
  let bestText = 0;
  for (const el of Array.from(post.querySelectorAll('*'))) {
    if (SKIP_TAGS.has(el.tagName)) continue;
    if ((marker && el.contains(marker)) || (author && el.contains(author)) || others.has(el)) continue;
    // Replies nested in their parent post are posts of their own.
    if (holdsOther.has(el)) continue;
    const t = textLength(el);
    if (t > bestText) {
      best = el;
      bestText = t;
    }
  }
  return best;
}

function postOf(container: Element, others: ReadonlySet<Element> = new Set(), holdsOther: ReadonlySet<Element> = new Set()): ThreadPost | null {
  const marker = firstMarker(container);
  const body = bodyOf(container, marker, others, holdsOther);
  if (!body || textLength(body) === 0) return null;
  const author = authorOf(container, body);
  return { author: author ? nameOf(author) : null, time: timeText(marker), body, box: container };
}

/** Long prose before `el` outside it: an article whose comments these posts are. */
function proseBefore(body: Element, el: Element, limit: number): boolean {
  let prose = 0;
  for (const p of Array.from(body.querySelectorAll('p'))) {
    if (!(p.compareDocumentPosition(el) & 4 /* el FOLLOWS p */) || p.contains(el)) break;
    if (p.closest('nav, aside, footer, header')) continue;
    const t = textLength(p);
    if (t >= 100) prose += t;
    if (prose > limit) return true;
  }
  return false;
}

const SCHEMA = (type: string): string => `[itemtype$="schema.org/${type}"]`;

/** schema.org microdata Q&A: the question, the accepted answer, then the others. */
function qaPosts(body: Element): ThreadPost[] | null {
  const question = body.querySelector(SCHEMA('Question'));
  if (!question) return null;
  const answers = Array.from(body.querySelectorAll(SCHEMA('Answer')));
  if (answers.length === 0) return null;
  const accepted = answers.filter((a) => a.getAttribute('itemprop') === 'acceptedAnswer');
  const ordered = [...accepted, ...answers.filter((a) => !accepted.includes(a))];
  const q = postOf(question);
  if (!q) return null;
  // An answer inside the question's box is not its text.
  if (answers.some((a) => a.contains(q.body))) return null;
  return [q, ...ordered.map((a) => postOf(a)).filter((p): p is ThreadPost => p !== null)];
}

/** The page's posts in reading order, or null when the page is not a thread. */
export function findThread(doc: Document): ThreadPost[] | null {
  const body = doc.body;
  if (!body) return null;
  const qa = qaPosts(body);
  if (qa && qa.length >= MIN_POSTS) return qa;
  const markers = timeMarkers(body);
  if (markers.length < MIN_POSTS) return null;
  const group = bestGroup(body, markers);
  if (!group) return null;
  const boxes = withLead(markers, likeMembers(body, group));
  const others = new Set(boxes);
  // Every element that holds a box: inside a post, such an element holds a reply, not the post's text.
  const holdsOther = new Set<Element>();
  for (const box of boxes) for (let a = box.parentElement; a && !holdsOther.has(a); a = a.parentElement) holdsOther.add(a);
  // Two boxes with dates and names are as often a story and its one comment or a widget beside it.
  if (boxes.length < MIN_THREAD_POSTS) return null;
  // The first post decides whether these are an article's comments, before the others are read.
  let start = 0;
  let first: ThreadPost | null = null;
  for (; start < boxes.length && !first; start++) first = postOf(boxes[start] as Element, others, holdsOther);
  if (!first || proseBefore(body, first.box, Math.max(400, textLength(first.body)))) return null;
  const rest = boxes.slice(start).map((box) => postOf(box, others, holdsOther)).filter((p): p is ThreadPost => p !== null);
  const posts = [first, ...rest];
  if (posts.length < MIN_THREAD_POSTS) return null;
  // Posts are written text; boxes of links with dates are lists of other pages.
  const text = posts.reduce((n, p) => n + textLength(p.body), 0);
  return posts.reduce((n, p) => n + linkLength(p.body), 0) > 0.5 * text ? null : posts;
}

/** A box's kind: its tag and first class ("post", "message"), which its state classes follow. */
function kindOf(el: Element): string {
  const first = (el.getAttribute('class') ?? '').split(/\s+/).find((c) => c && !/\d/.test(c)) ?? '';
  return `${el.tagName}.${first}`;
}

/**
 * Every box of the members' kind that holds a time, wherever it sits: a nested thread puts
 * replies inside their parent post, and pages split a thread with ad slots between runs.
 */
function likeMembers(body: Element, group: Group): Element[] {
  const [model] = group.members;
  const kind = model ? kindOf(model) : '.';
  // Boxes without a class name (layout tables) say nothing of their kind.
  if (!model || kind.endsWith('.') || !group.members.every((m) => kindOf(m) === kind)) return group.members;
  // A box whose times all sit in the boxes inside it only wraps them.
  const found = Array.from(body.getElementsByTagName(model.tagName)).filter((el) => kindOf(el) === kind && ownTimes(el, group.timed) > 0);
  return found.length >= group.members.length ? found : group.members;
}

/**
 * The opening post in a box of its own above the replies: the nearest earlier time whose
 * ancestry matches a reply's, tag for tag, up to a box of the same kind as the reply's
 * box just inside it (its card).
 */
function withLead(markers: Element[], boxes: Element[]): Element[] {
  const [first] = boxes;
  const own = first ? firstMarker(first) : null;
  if (!first || !own || own === first) return boxes;
  const chain: Element[] = [];
  for (let a: Element | null = own; a && a !== first; a = a.parentElement) chain.push(a);
  const card = chain.at(-1);
  const earlier = markers.filter((m) => m.compareDocumentPosition(first) & 4 /* FOLLOWING */ && !boxes.some((b) => b.contains(m)));
  const nearest = earlier.at(-1);
  if (!card || !nearest) return boxes;
  let a: Element | null = nearest;
  for (const link of chain.slice(0, -1)) a = a?.tagName === link.tagName ? a.parentElement : null;
  const lead = a && kindOf(a) === kindOf(card) && !a.closest('nav, aside, footer') ? a : null;
  return lead ? [lead, ...boxes] : boxes;
}

/** Never part of a post's text, whatever it holds: its scripts, controls and the reactions bar. */
const DROP_IN_POST = 'script, style, template, noscript, button, input, select, textarea, form, iframe, object, embed, footer, menu, dialog, [hidden], [aria-hidden="true"]';
/** Attributes a post keeps: links, media, tables, quotes, and a code block's language. */
const POST_ATTRS = new Set(['href', 'src', 'srcset', 'sizes', 'alt', 'title', 'lang', 'dir', 'datetime', 'colspan', 'rowspan', 'headers', 'scope', 'width', 'height', 'cite', 'start', 'reversed', 'poster', 'controls', 'type']);

function copyPost(body: Element, dst: Document): Element {
  const copy = dst.importNode(body, true) as Element;
  for (const el of Array.from(copy.querySelectorAll(DROP_IN_POST))) el.remove();
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const name of el.getAttributeNames()) {
      const keep = POST_ATTRS.has(name) || (name === 'class' && (el.tagName === 'CODE' || el.tagName === 'PRE'));
      if (!keep) el.removeAttribute(name);
    }
  }
  return copy;
}

/**
 * The thread as the reader shows it: one <article> per post, a header naming its author
 * and time, then the post's text, cleaned by `clean` (the pipeline's pass over a body).
 */
export function threadContent(posts: readonly ThreadPost[], dst: Document, clean: (post: Element) => void): Element {
  const root = dst.createElement('div');
  for (const post of posts) {
    const article = dst.createElement('article');
    const text = dst.createElement('div');
    text.appendChild(copyPost(post.body, dst));
    clean(text);
    if (normText(text.textContent).length === 0 && !text.querySelector('img, video, picture')) continue;
    if (post.author || post.time) {
      const header = dst.createElement('header');
      const line = dst.createElement('p');
      if (post.author) {
        const name = dst.createElement('strong');
        name.textContent = post.author;
        line.appendChild(name);
      }
      if (post.author && post.time) line.appendChild(dst.createTextNode(' · '));
      if (post.time) {
        const time = dst.createElement('time');
        time.textContent = post.time;
        line.appendChild(time);
      }
      header.appendChild(line);
      article.appendChild(header);
    }
    article.append(...Array.from(text.childNodes));
    root.appendChild(article);
  }
  return root;
}

const WORDS = /[\p{L}\p{N}]{3,}/gu;

/**
 * Whether the thread holds most of what Readability found (its distinct words): on a forum
 * page Readability finds the first post or the whole thread; where it found a story the
 * thread does not hold, the "posts" are boxes around the story (comments, widgets).
 */
export function threadHolds(thread: string, found: string): boolean {
  const wanted = new Set(found.toLowerCase().match(WORDS) ?? []);
  if (wanted.size === 0) return true;
  const have = new Set(thread.toLowerCase().match(WORDS) ?? []);
  let held = 0;
  for (const w of wanted) if (have.has(w)) held++;
  return held >= THREAD_HOLDS * wanted.size;
}
