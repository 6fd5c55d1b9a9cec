/** The thread as the reader shows it: each post's text copied, cleaned and headed by its author and time. */
import { normText } from '../dom';
import type { ThreadPost } from './posts';

/** Share of Readability's words a thread must hold to stand for the page (threadHolds). */
const THREAD_HOLDS = 0.6;

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
