/** The thread's boxes: sibling containers of one kind, each holding a time of its own. */
import { MIN_POSTS, firstMarker } from './posts';
import type { PageScan } from './scan';

/** A post holds its time and perhaps an edit time and a quote's; a wrapper of several posts holds many more. */
const MAX_TIMES_PER_POST = 3;

export interface Group {
  members: Element[];
  text: number;
  /** Times in each box holding any but not in the replies nested in it (ownTimes). */
  own: ReadonlyMap<Element, number>;
}

/** Elements that state a time, the outermost of nested ones ("<time><span>May 2</span></time>"). */
export function timeMarkers(page: PageScan): Element[] {
  const found = new Set<Element>(page.times);
  for (const text of page.dateTexts) if (text.short) found.add(text.parent);
  const nested = (el: Element): boolean => {
    for (let a = el.parentElement; a; a = a.parentElement) if (found.has(a)) return true;
    return false;
  };
  return Array.from(found).filter((el) => !nested(el));
}

/** A box's kind: its tag and first class ("post", "message"), which its state classes follow. */
function kindOf(el: Element): string {
  const first = (el.getAttribute('class') ?? '').split(/\s+/).find((c) => c && !/\d/.test(c)) ?? '';
  return `${el.tagName}.${first}`;
}

/**
 * Times in each box but not in the replies nested in it (boxes of its kind inside it, the
 * outermost ones): each box's times go to the nearest box of its kind around it, if any.
 */
function ownTimes(body: Element, timed: ReadonlyMap<Element, number>, kinds: (el: Element) => string): Map<Element, number> {
  const own = new Map(timed);
  for (const [el, n] of timed) {
    const kind = kinds(el);
    // Every ancestor of a timed box below the body is timed too.
    for (let a = el.parentElement; a && a !== body; a = a.parentElement) {
      if (kinds(a) === kind) {
        own.set(a, (own.get(a) ?? 0) - n);
        break;
      }
    }
  }
  return own;
}

function memo(kind: (el: Element) => string): (el: Element) => string {
  const known = new Map<Element, string>();
  return (el) => {
    let k = known.get(el);
    if (k === undefined) {
      k = kind(el);
      known.set(el, k);
    }
    return k;
  };
}

/**
 * Sibling containers of one tag under one parent, each holding a time: every level of
 * every marker's ancestry proposes one. The group with the most text whose members
 * each hold few times and mostly name an author is the thread.
 */
export function bestGroup(page: PageScan, markers: Element[]): Group | null {
  const { body } = page;
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
  const own = ownTimes(body, perMember, memo(kindOf));
  let best: Group | null = null;
  for (const { members } of groups.values()) {
    if (members.length < MIN_POSTS) continue;
    const few = members.filter((m) => (own.get(m) ?? 0) <= MAX_TIMES_PER_POST).length;
    if (few < 0.8 * members.length) continue;
    const named = members.filter((m) => page.holdsAuthor(m)).length;
    if (named < 0.5 * members.length) continue;
    const text = members.reduce((n, m) => n + page.textLength(m), 0);
    if (!best || text > best.text) best = { members: members.sort(page.order), text, own };
  }
  return best;
}

/**
 * Every box of the members' kind that holds a time, wherever it sits: a nested thread puts
 * replies inside their parent post, and pages split a thread with ad slots between runs.
 */
export function likeMembers(page: PageScan, group: Group): Element[] {
  const [model] = group.members;
  const kind = model ? kindOf(model) : '.';
  // Boxes without a class name (layout tables) say nothing of their kind.
  if (!model || kind.endsWith('.') || !group.members.every((m) => kindOf(m) === kind)) return group.members;
  // A box whose times all sit in the boxes inside it only wraps them.
  const found = Array.from(group.own)
    .filter(([el, n]) => n > 0 && kindOf(el) === kind)
    .map(([el]) => el)
    .sort(page.order);
  return found.length >= group.members.length ? found : group.members;
}

/**
 * The opening post in a box of its own above the replies: the nearest earlier time whose
 * ancestry matches a reply's, tag for tag, up to a box of the same kind as the reply's
 * box just inside it (its card).
 */
export function withLead(page: PageScan, markers: Element[], boxes: Element[]): Element[] {
  const [first] = boxes;
  const own = first ? firstMarker(page, first) : null;
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
