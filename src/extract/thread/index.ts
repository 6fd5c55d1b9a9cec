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
import { normText } from '../dom';
import { type Group, bestGroup, likeMembers, timeMarkers, withLead } from './groups';
import { MIN_POSTS, type ThreadPost, postOf, qaPosts } from './posts';
import { PageScan } from './scan';

export { threadContent, threadHolds } from './content';

/** Posts of a thread recognised by its boxes alone (a Q&A page's markup says more: MIN_POSTS). */
const MIN_THREAD_POSTS = 3;

/**
 * The page's posts in reading order, or null when the page is not a thread. Most pages are
 * not: the tests that cost little and settle it come first, each a condition every thread
 * meets, and the posts are read only when those pass.
 */
export function findThread(doc: Document): ThreadPost[] | null {
  const body = doc.body;
  if (!body) return null;
  const page = new PageScan(body);
  const qa = qaPosts(page);
  if (qa && qa.length >= MIN_POSTS) return qa;
  // Each post holds a time of its own (the boxes are apart, or a nested one's times are not
  // its parent's), and so does the opening post above them (withLead).
  const markers = timeMarkers(page);
  if (markers.length < MIN_THREAD_POSTS) return null;
  const group = bestGroup(page, markers);
  return group && threadPosts(page, group, markers);
}

function threadPosts(page: PageScan, group: Group, markers: Element[]): ThreadPost[] | null {
  const boxes = withLead(page, markers, likeMembers(page, group));
  // Two boxes with dates and names are as often a story and its one comment or a widget beside it.
  if (boxes.length < MIN_THREAD_POSTS) return null;
  const others = new Set(boxes);
  const holdsOther = new Set<Element>();
  for (const box of boxes) for (let a = box.parentElement; a && !holdsOther.has(a); a = a.parentElement) holdsOther.add(a);
  const posts: ThreadPost[] = [];
  for (const [i, box] of boxes.entries()) {
    if (posts.length + boxes.length - i < MIN_THREAD_POSTS) return null;
    const post = postOf(page, box, others, holdsOther);
    if (!post) continue;
    posts.push(post);
    // Long prose before the first post: an article whose comments these are.
    if (posts.length === 1 && proseBefore(page, box, Math.max(400, page.textLength(post.body)))) return null;
  }
  if (posts.length < MIN_THREAD_POSTS) return null;
  // Posts are written text; boxes of links with dates are lists of other pages.
  const text = posts.reduce((n, p) => n + page.textLength(p.body), 0);
  return posts.reduce((n, p) => n + linkLength(p.body), 0) > 0.5 * text ? null : posts;
}

function linkLength(el: Element): number {
  return Array.from(el.querySelectorAll('a')).reduce((n, a) => n + normText(a.textContent).length, 0);
}

/** Long prose before `el` outside it: more than `limit` characters in paragraphs of 100 or more. */
function proseBefore(page: PageScan, el: Element, limit: number): boolean {
  let prose = 0;
  for (const p of Array.from(page.body.querySelectorAll('p'))) {
    if (!(p.compareDocumentPosition(el) & 4 /* el FOLLOWS p */) || p.contains(el)) break;
    if (p.closest('nav, aside, footer, header')) continue;
    const t = page.textLength(p);
    if (t >= 100) prose += t;
    if (prose > limit) return true;
  }
  return false;
}
