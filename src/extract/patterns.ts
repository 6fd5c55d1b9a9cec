/**
 * Shared text and attribute patterns for the extraction pipeline. Kept in one
 * place so pre- and post-cleaning agree on what counts as clutter.
 */

/** One part of an ad label ("Advertisement · Scroll to continue" has two parts). */
const AD_LABEL_PART =
  /^(?:advertisements?|advertising|advert|ads?|anzeige|publicidad|publicité|pubblicità|werbung|sponsored(?: (?:content|post|links?|stories))?|promoted(?: (?:content|stories|links?))?|paid (?:content|post|partner(?:ship)?)|partner content|(?:scroll|swipe)(?: down)? to (?:continue|read more)(?: (?:reading|with (?:the )?content))?|continue reading(?: (?:below|the (?:main )?story))?|(?:the )?(?:story|article|content|text|post) continues (?:below|after)(?: (?:the|this))?(?: (?:ad|advert|advertisement|ads))?|ad feedback|report (?:this )?ad|skip (?:this )?ad|close (?:this )?ad|ad ?choices|remove ads|ad loading|loading ad|\(?ad\)?|广告|廣告|広告|スポンサーリンク|スポンサードリンク|إعلان|اعلان|реклама|reklam|advertentie)$/;

/** Cheap pre-check: every label phrase contains one of these. */
const AD_LABEL_HINT = /ad|sponsor|scroll|swipe|continu|promot|paid|partner|anzeige|werbung|publici|pubblicit|广告|廣告|広告|スポンサー|إعلان|اعلان|реклам|reklam|advertentie/i;

const LABEL_SEPARATORS = /\s*[·•|–—:/]\s*|\s+-\s+/;

/** True when a short text consists only of ad-label phrases. */
export function isAdLabelText(text: string): boolean {
  if (text.length > 100 || !AD_LABEL_HINT.test(text)) return false;
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[.…!]+$/, '');
  if (!t || t.length > 90) return false;
  const parts = t.split(LABEL_SEPARATORS).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => AD_LABEL_PART.test(p));
}

/**
 * Inline promos that point away from the story: "ALSO READ: …", "READ MORE: …".
 * They are short and usually link to another article.
 */
export const PROMO_PREFIX =
  /^\s*(?:also read|read also|read more|more to read|see also|related(?: (?:story|stories|article|articles|coverage|content|reading|link|links))?|recommended(?: reading)?|more on this(?: story)?|more from [^:]{1,30}|don['’]t miss|must read|trending|watch|watch now|listen|click here|suggested(?: reading)?|you may also like|you might also like|also see|further reading|latest|top stories|editor['’]s picks?|see more|leggi anche(?: su)?|lesen sie auch|lire aussi|leia também|lea también|lee también|ver también|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|関連記事|あわせて読みたい|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا)\s*[:：|\-–—»>]/i;

/** Standalone section headings that introduce boilerplate after the story. */
export const BOILERPLATE_HEADING =
  /^(?:also read|read also|read more|read next|more stories|more news|more from [\w .&'’-]{1,40}|related(?: (?:stories|articles|news|posts|content|coverage|topics|links|reading))?|recommended(?: (?:for you|stories|articles|reading))?|you may also like|you might also like|(?:most|more) (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest(?: news| stories)?|popular(?: now| stories)?|don['’]t miss|editor['’]s picks?|what to read next|about the authors?|about the writers?|about this author|filed under|tags?|topics?|share(?: this(?: article| story)?)?|share on|follow us|comments?|leave a (?:comment|reply)|join the conversation|newsletter|sign up(?: for [\w ’'-]{1,40})?|subscribe(?: to [\w ’'-]{1,40})?|entertainment|lifestyle|sports|business|world|more in [\w .&'’-]{1,40}|more|see more|more great [\w .&'’-]{1,30} stories|leggi anche|lesen sie auch|lire aussi|leia também|lea también|相关阅读|相關閱讀|相关新闻|延伸阅读|推荐阅读|関連記事|اقرأ أيضا|اقرأ أيضاً|مواضيع ذات صلة)$/i;

/** "Filed under", "Tags:", "Topics:" label lines that open a tag list. */
export const TAG_LABEL = /^\s*(?:filed under|tags?|tagged(?: with)?|topics?|related topics|categories|category|keywords)\s*[:\-–—]?\s*/i;

/**
 * Class/id fragments of clutter containers. Matched against tokens of class and id,
 * so "ad" hits `ad-slot`, `top_ad` but not `head` or `download`.
 */
export const CLUTTER_TOKEN =
  /(?:^|[\s_-])(?:ad|ads|adv|advert|adverts|advertisement|advertising|adslot|adunit|ad-?slot|ad-?unit|ad-?container|ad-?wrapper|dfp|gpt|banner-?ad|sponsor|sponsored|taboola|outbrain|zergnet|revcontent|mgid|nativo|teads|interstitial|share|sharing|social|share-?bar|sharebar|newsletter|subscribe|subscription|signup|sign-?up|cookie|cookies|consent|gdpr|paywall|regwall|piano|tp-modal|related|recommended|recirc|more-stories|read-?more|also-?read|trending|most-?popular|most-?read|tags|tag-?list|topics|comments?|disqus|author-?bio|author-?box|about-?author|author-?info|byline-?bio|promo|outstream|sticky-?ad|skyscraper|leaderboard|visually-?hidden|sr-only|screen-?reader-?text|off-?screen|rollover|tooltip|popover|hovercard|byline|bylines|dateline|timestamp|pubdate|post-?meta|entry-?meta|article-?meta|posted-?on|reading-?time|read-?time|view-?count)(?:$|[\s_-])/i;

/** Image captions and credits; the copy turns them into <figcaption> so they stay out of the body text. */
export const CAPTION_NAME = /caption|credit|copyright/i;
/** Photo credit lines ("Photo by …", "Image: …", "© …"), captions by their wording. */
export const CREDIT_LINE = /^(?:(?:photo|photograph|image|picture|foto|bild|credit)s?\s*(?:by\b|:|©)|©)/i;

/** Byline and dateline lines that sit inside the content column. */
const BYLINE_LINE = /^(?:[Bb]y|[Pp]or|[Pp]ar|[Dd]i|[Vv]on|[Dd]oor|[Aa]v)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|da|van|von|der|del|,))*(?:\s*(?:[|•·,]|\s-\s).*)?$/u;
/** A sentence's end after a word: "By Friday, the strike had spread." is a sentence, not a byline. */
const SENTENCE_END = /\p{Ll}{2}[.!?]["”’»)]*$/u;

/**
 * A byline line ("By Jane Doe", "Von Anna Schmidt | dpa"), and not a sentence that opens
 * with a capitalised word after "By" ("By Friday, it was over.").
 */
export function isBylineLine(text: string): boolean {
  return BYLINE_LINE.test(text) && !SENTENCE_END.test(text);
}
const MONTH_OR_DAY = /(?<![a-z])(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)(?![a-z])/gi;
const TIME_WORDS = /(?<![a-z])(?:[ap]\.?m\.?|gmt|utc|bst|cet|cest|ist|[ecmp][sd]?t|updated|published|posted|on|at)(?![a-z])/gi;
const NUMERIC_DATE = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{4}年\d{1,2}月/;

/**
 * A line that is only a date, maybe with a time ("2018-08-16", "Tue 11 Mar 2025 07.30 GMT").
 * A bare time or number is not enough: live-blog timestamps and table cells stay.
 */
export function isDateOnly(text: string): boolean {
  if (text.length > 60 || !/\d/.test(text)) return false;
  MONTH_OR_DAY.lastIndex = 0;
  if (!MONTH_OR_DAY.test(text) && !NUMERIC_DATE.test(text)) return false;
  return text.replace(MONTH_OR_DAY, '').replace(TIME_WORDS, '').replace(/[\d\s.,:/|·•–-]+|[年月日时時分]/g, '').length === 0;
}

export const DATELINE = /^(?:published|updated|posted|last updated|first published|originally published|publicado|pubblicato|veröffentlicht|publié)\b.{0,120}\d/i;

/**
 * Trailing boilerplate: credits, contact lines, sign-up and affiliate notes that sites
 * append after the story. Only removed at the very end of the content.
 */
/** Calls to sign up or subscribe: boilerplate only when short and linked, since stories discuss subscriptions too. */
export const SIGNUP_CTA = /\b(?:sign up|subscribe|newsletter|get access|free trial)\b/i;

export const TAIL_BOILERPLATE = [
  /^(?:additional )?(?:reporting|writing|editing|compiled|edited|produced) by\b/i,
  /^(?:write to|reach|contact|email|e-mail)\b.{0,100}(?:@|\bat\b|twitter)/i,
  /^follow\b.{0,80}\b(?:on|at)\s+(?:twitter|facebook|instagram|youtube|linkedin|tiktok)/i,
  /^(?:originally|first) (?:published|appeared)\b|^this (?:article|story|post) (?:was )?(?:originally|first) (?:published|appeared)/i,
  /^(?:copyright|©|\(c\))|all rights reserved|this (?:document|material|article) (?:is subject to copyright|may not be (?:published|reproduced))/i,
  /\bmay (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission/i,
  /^citation\s*:/i,
  /^[（(]?(?:责任编辑|責任編輯|编辑|編輯|来源|來源)\s*[:：]/,
  /^[\w.+-]+@[\w-]+\.[\w.]+(?:\s|$)|^(?:https?:\/\/)?(?:www\.)?(?:twitter|x)\.com\//i,
  /^(?:want|like|enjoy(?:ed)?|love)(?:d)? (?:more|this) (?:stories|story|articles?|posts?|science|news)\b/i,
  /^(?:like|enjoy(?:ed)?) this (?:story|article|post)\b.{0,80}\bshare\b/i,
];

/** Block-level tags for text conversion (innerText-like newlines). */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT',
  'TR', 'UL', 'CAPTION',
]);
