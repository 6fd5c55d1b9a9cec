/**
 * The pages `npm run bench` serves, generated on each run (nothing big is committed): a
 * NewsX-like article (the seed's shape, our own words), a ~2 MB article buried in a mega-menu,
 * ads and comments, a 10 MB article of 50 000 paragraphs, a section front, and a 100 000-node
 * page with no article. Deterministic: the same bytes on every run.
 */
import { seededRandom } from './random';

export interface FixturePage {
  id: string;
  /** path and name under the bench hosts */
  path: string;
  /** is there a story to show */
  article: boolean;
  html: string;
}

const WORDS = (
  'the minister said on thursday that talks between the two governments would resume next week after months of ' +
  'delays over trade tariffs energy prices and the future of regional security officials familiar with the ' +
  'negotiations described the mood as cautious but constructive while opposition leaders accused the cabinet of ' +
  'moving too slowly on inflation housing and wages analysts expect markets to react calmly investors have already ' +
  'priced in a modest agreement according to several economists who spoke to reporters in the capital'
).split(' ');

function prose(rnd: () => number, sentences: number): string {
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const n = 12 + Math.floor(rnd() * 14);
    const words: string[] = [];
    for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(rnd() * WORDS.length)] ?? 'the');
    const sentence = words.join(' ');
    out.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
  }
  return out.join(' ');
}

function headline(rnd: () => number): string {
  const text = prose(rnd, 1).replace(/\.$/, '');
  return text.split(' ').slice(0, 9).join(' ');
}

const head = (title: string, extra = ''): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | NewsX Bench</title>` +
  `<meta property="og:title" content="${title}"><meta property="og:site_name" content="NewsX Bench">` +
  `<meta name="author" content="Asha Verma"><meta property="article:published_time" content="2025-02-27T10:00:00Z">` +
  `<style>body{font:16px/1.5 sans-serif;margin:0}.menu a{display:inline-block;padding:2px}.ad{min-height:250px;background:#eee}</style>${extra}</head>`;

function siteHeader(rnd: () => number, menuLinks: number): string {
  const sections = ['World', 'India', 'Business', 'Sports', 'Entertainment', 'Tech', 'Health', 'Opinion', 'Lifestyle', 'Videos'];
  let menu = '';
  for (let i = 0; i < menuLinks; i++) {
    const name = sections[i % sections.length] ?? 'World';
    menu += `<li><a href="/${name.toLowerCase()}/${i}">${name} ${headline(rnd).split(' ').slice(0, 3).join(' ')}</a></li>`;
  }
  return (
    `<header class="site-header"><a class="logo" href="/"><img src="/logo.png" alt="NewsX" width="120" height="40"></a>` +
    `<nav class="menu mega-menu"><ul>${menu}</ul></nav>` +
    `<div class="settings-panel"><h2>Settings</h2><button>×</button><h3>Reading Mode</h3><p>Adjust the reading mode to suit your reading needs.</p>` +
    `<h3>Font Size</h3><p>Fix the font size to suit your reading preferences</p><h3>Language</h3><select><option>English</option><option>Hindi</option></select></div>` +
    `<form class="search"><input type="search" placeholder="search"><button>Search</button></form><a class="live" href="/live">Live Tv</a></header>`
  );
}

function adSlot(i: number, heavy: boolean): string {
  const script = heavy
    ? `<script>window.adq=window.adq||[];adq.push({slot:${i},sizes:[[300,250],[728,90]],targeting:${JSON.stringify({ k: 'x'.repeat(400) })}});</script>` +
      `<svg width="20" height="20" viewBox="0 0 20 20">${'<path d="M0 0L20 20M20 0L0 20"/>'.repeat(20)}</svg>` +
      `<iframe title="ad" srcdoc="<p>ad ${i}</p>" width="300" height="250"></iframe>`
    : '';
  return `<div class="ad ad-slot" id="ad-${i}"><span class="ad-label">Advertisement · Scroll to continue</span>${script}</div>`;
}

function related(rnd: () => number, count: number): string {
  let cards = '';
  for (let i = 0; i < count; i++) {
    cards += `<li class="card"><a href="/world/story-${i}"><img src="/thumb-${i}.jpg" width="120" height="80" alt=""><span>${headline(rnd)}</span></a></li>`;
  }
  return `<aside class="related"><h2>Related News</h2><ul>${cards}</ul></aside>`;
}

function comments(rnd: () => number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    out +=
      `<li class="comment" id="c${i}"><div class="comment-meta"><span class="avatar">R${i % 10}</span>` +
      `<a href="/u/${i}">reader${i}</a> <time>2 hours ago</time></div><p>${prose(rnd, 1 + Math.floor(rnd() * 2))}</p>` +
      `<div class="comment-actions"><button>Like</button><button>Reply</button><button>Report</button></div></li>`;
  }
  return `<section class="comments" id="comments"><h2>Comments (${count})</h2><ol>${out}</ol></section>`;
}

function footer(rnd: () => number, links: number): string {
  let out = '';
  for (let i = 0; i < links; i++) out += `<a href="/f/${i}">${headline(rnd).split(' ').slice(0, 2).join(' ')}</a> `;
  return `<footer class="site-footer"><nav>${out}</nav><p>© 2025 NewsX Bench. All rights reserved.</p></footer>`;
}

function story(rnd: () => number, title: string, paragraphs: number, options: { adEvery: number; heavyAds: boolean; promos: boolean }): string {
  let body = '';
  for (let i = 0; i < paragraphs; i++) {
    body += `<p>${prose(rnd, 2 + Math.floor(rnd() * 3))}</p>`;
    if (options.adEvery > 0 && i % options.adEvery === options.adEvery - 1) body += adSlot(i, options.heavyAds);
    if (options.promos && i % 6 === 3) body += `<p class="also-read"><strong>ALSO READ:</strong> <a href="/world/also-${i}">${headline(rnd)}</a></p>`;
  }
  return (
    `<article class="story"><ul class="breadcrumb"><li><a href="/">HOME</a>»</li><li><a href="/world">World</a>»</li><li>${title}</li></ul>` +
    `<h1>${title}</h1><p class="standfirst">${prose(rnd, 2)}</p>` +
    `<div class="byline">By <a href="/author/asha-verma">Asha Verma</a> · <time datetime="2025-02-27T10:00:00Z">February 27, 2025</time></div>` +
    `<figure class="hero"><img src="/hero.jpg" width="1200" height="675" alt="Diplomats meet"><figcaption>Diplomats meet in Istanbul. (Photo: Bench)</figcaption></figure>` +
    `<div class="share"><a href="#">Facebook</a><a href="#">X</a><a href="#">WhatsApp</a></div>` +
    `<div class="story-body">${body}</div><div class="tags"><a href="/t/putin">Putin</a><a href="/t/us">US</a></div></article>`
  );
}

function seedLike(): FixturePage {
  const rnd = seededRandom(1);
  const title = 'First Contacts Inspire Hope as Diplomats Meet for Embassy Talks';
  const html =
    `${head(title)}<body>${siteHeader(rnd, 300)}<main>${adSlot(0, false)}` +
    `${story(rnd, title, 14, { adEvery: 3, heavyAds: false, promos: true })}${related(rnd, 16)}</main>${footer(rnd, 120)}</body></html>`;
  return { id: 'seed-like', path: '/world/first-contacts-inspire-hope-123456', article: true, html };
}

function heavy(): FixturePage {
  const rnd = seededRandom(2);
  const title = 'Markets Brace for a Long Week as Trade Talks Resume in the Capital';
  const tracking = `<script>var t=${JSON.stringify('x'.repeat(200_000))};</script>`;
  const html =
    `${head(title, tracking)}<body>${siteHeader(rnd, 2500)}<main>${adSlot(0, true)}` +
    `${story(rnd, title, 40, { adEvery: 2, heavyAds: true, promos: true })}${related(rnd, 60)}${comments(rnd, 3300)}</main>${footer(rnd, 600)}</body></html>`;
  return { id: 'heavy-2mb', path: '/business/markets-brace-long-week-234567', article: true, html };
}

function huge(): FixturePage {
  const rnd = seededRandom(3);
  const title = 'The Complete Record of the Inquiry, Every Session Transcribed';
  let body = '';
  for (let i = 0; i < 50_000; i++) {
    body += `<p>${prose(rnd, rnd() < 0.6 ? 2 : 1)}</p>`;
    if (i % 2000 === 1999) body += `<h2>Session ${(i + 1) / 2000}</h2>`;
  }
  const html =
    `${head(title)}<body>${siteHeader(rnd, 40)}<main><article><h1>${title}</h1>` +
    `<div class="byline">By Asha Verma</div><div class="story-body">${body}</div></article></main>${footer(rnd, 30)}</body></html>`;
  return { id: 'huge-10mb', path: '/india/inquiry-record-345678', article: true, html };
}

function section(): FixturePage {
  const rnd = seededRandom(4);
  let cards = '';
  for (let i = 0; i < 80; i++) {
    cards +=
      `<div class="teaser"><a href="/world/story-${i}"><img src="/t/${i}.jpg" width="300" height="170" alt=""><h3>${headline(rnd)}</h3></a>` +
      `<p class="summary">${prose(rnd, 1).split(' ').slice(0, 18).join(' ')}…</p><span class="time">${i + 1} hours ago</span></div>`;
    if (i % 10 === 9) cards += adSlot(i, false);
  }
  const html = `${head('World News')}<body>${siteHeader(rnd, 200)}<main><h1>World</h1><section class="grid">${cards}</section></main>${footer(rnd, 100)}</body></html>`;
  return { id: 'section', path: '/world', article: false, html };
}

function noArticle(): FixturePage {
  // A web app's shell before its script fills it in: 14 300 grid cells of 8 nodes each, icons
  // and empty value slots, and the frame around them. No prose anywhere.
  let cells = '';
  for (let i = 0; i < 14_300; i++) {
    cells += `<div class="cell" data-i="${i}"><div class="cell-head"><i class="icon"></i><span class="v"></span></div><div class="cell-body"><span class="v"></span><span class="v"></span></div></div>`;
  }
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tracker</title></head><body>` +
    `<div id="app"><div class="toolbar"><button>New</button><button>Filter</button><span>Loading…</span></div><div class="grid">${cells}</div></div></body></html>`;
  return { id: 'no-article-100k', path: '/app/tracker', article: false, html };
}

export function benchFixtures(): FixturePage[] {
  return [seedLike(), heavy(), huge(), section(), noArticle()];
}
