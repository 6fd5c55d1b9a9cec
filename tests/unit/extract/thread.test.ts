/**
 * findThread on hand-written pages: which pages are threads, and each post's author, time and
 * text. The thread fixtures (forum-thread, qa-page) check the whole extraction; these check the
 * decisions one by one, with the shortcuts findThread takes on pages that are not threads.
 */
import { describe, expect, it } from 'vitest';
import { findThread } from '../../../src/extract/thread';
import { page } from './helpers';

const WORDS = 'about the motor, the capacitor and the pulley, with enough ordinary words to read as a post';

function post(name: string, when: string, text: string, extra = ''): string {
  return `<div class="post"><div class="post-head"><a class="username" href="/members/${name}/">${name}</a> <time datetime="2025-02-03">${when}</time></div><div class="post-text"><p>${text} ${WORDS}.</p></div>${extra}</div>`;
}

function forum(posts: string, before = ''): Document {
  return page(`<!DOCTYPE html><html><head><title>A thread</title></head><body><h1>A thread</h1>${before}<div class="posts">${posts}</div></body></html>`, 'https://forum.example.org/t/1');
}

/** A post's first two words. */
const words = (text: string | null): string => (text ?? '').trim().split(/\s+/).slice(0, 2).join(' ');

function summary(doc: Document): string[] | null {
  return findThread(doc)?.map((p) => `${p.author} | ${p.time} | ${words(p.body.textContent)}`) ?? null;
}

describe('findThread', () => {
  it('reads every post of a thread: its author, its time and its own text', () => {
    const doc = forum(post('ann', 'Feb 3, 2025', 'First post') + post('bob', 'Feb 4, 2025', 'Second one') + post('cy', 'Feb 5, 2025', 'Third post'));
    expect(summary(doc)).toEqual(['ann | Feb 3, 2025 | First post', 'bob | Feb 4, 2025 | Second one', 'cy | Feb 5, 2025 | Third post']);
  });

  it('takes a line that is only a date for the time where the page marks none', () => {
    const html = post('ann', 'x', 'First post') + post('bob', 'x', 'Second one') + post('cy', 'x', 'Third post');
    const dates = ['Mar 5, 2024', '3 days ago', '2024-03-09'];
    let i = 0;
    const doc = forum(html.replace(/<time datetime="2025-02-03">x<\/time>/g, () => `<span class="date">${dates[i++]}</span>`));
    expect(findThread(doc)?.map((p) => p.time)).toEqual(dates);
  });

  it('does not take a script’s text for a post’s', () => {
    const widget = `<div class="share"><script>${'var tracker = { id: 1, kind: "share" };'.repeat(20)}</script><span>Share</span></div>`;
    const doc = forum(post('ann', 'Feb 3, 2025', 'First post', widget) + post('bob', 'Feb 4, 2025', 'Second one', widget) + post('cy', 'Feb 5, 2025', 'Third post', widget));
    expect(findThread(doc)?.map((p) => p.body.className)).toEqual(['post-text', 'post-text', 'post-text']);
  });

  it('keeps replies nested in their parent post as posts of their own, in page order', () => {
    const reply = (name: string, text: string, inner = ''): string => post(name, 'Feb 6, 2025', text, inner);
    const doc = forum(post('ann', 'Feb 3, 2025', 'First post', reply('bob', 'A reply to', reply('cy', 'Deeper one', reply('eve', 'Deepest one')))) + post('dee', 'Feb 7, 2025', 'Later post'));
    expect(findThread(doc)?.map((p) => p.author)).toEqual(['ann', 'bob', 'cy', 'eve', 'dee']);
  });

  it('is no thread with two dated posts only, or under an article’s prose', () => {
    expect(findThread(forum(post('ann', 'Feb 3, 2025', 'First post') + post('bob', 'Feb 4, 2025', 'Second one')))).toBeNull();
    const prose = `<p>${'The council met on Tuesday to discuss the harbour wall and the ferry timetable at length. '.repeat(8)}</p>`.repeat(3);
    const comments = post('ann', 'Feb 3, 2025', 'First post') + post('bob', 'Feb 4, 2025', 'Second one') + post('cy', 'Feb 5, 2025', 'Third post');
    expect(findThread(forum(comments, `<article>${prose}</article>`))).toBeNull();
    expect(findThread(forum(comments))).not.toBeNull();
  });

  it('is no thread where the dated boxes are lists of links', () => {
    const item = (name: string, when: string): string =>
      `<div class="post"><a class="username" href="/members/${name}/">${name}</a> <time>${when}</time><div class="links"><a href="/a">Another story about the harbour wall and the ferry</a> <a href="/b">More on the council</a></div></div>`;
    expect(findThread(forum(item('ann', 'Feb 3, 2025') + item('bob', 'Feb 4, 2025') + item('cy', 'Feb 5, 2025')))).toBeNull();
  });

  it('reads a schema.org Q&A page: the question, the accepted answer, then the others', () => {
    const answer = (prop: string, name: string, text: string): string =>
      `<div itemprop="${prop}" itemscope itemtype="https://schema.org/Answer"><span itemprop="author">${name}</span><div itemprop="text"><p>${text} ${WORDS}.</p></div></div>`;
    const doc = page(
      `<!DOCTYPE html><html><body><div itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why?</h1><span itemprop="author">ann</span><div itemprop="text"><p>The question ${WORDS}.</p></div>${answer('suggestedAnswer', 'bob', 'An answer')}${answer('acceptedAnswer', 'cy', 'The accepted')}</div></div></body></html>`,
    );
    expect(summary(doc)).toEqual(['ann | null | The question', 'cy | null | The accepted', 'bob | null | An answer']);
  });
});
