/**
 * Patterns of news-page noise that article extractors leave inside the article:
 * captions and photo credits, bylines and dateline stamps, "Advertisement",
 * share / subscribe / newsletter prompts, and related-story links.
 * Each is a general pattern of English news pages, not a rule for one site.
 */

const MONTHS = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const WEEKDAYS = '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?'
/** A month or weekday name opening a phrase ("By March", "By Monday"). */
const CALENDAR_WORD = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})$`, 'i')

/** Whole paragraphs that are page furniture (compared lower-cased, trailing punctuation removed). */
export const FURNITURE = new Set([
  'advertisement', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'skip to content', 'skip to main content',
  'sign in', 'log in', 'login', 'register', 'subscribe', 'subscriber services', 'subscribe subscriber services',
  'read more', 'read full article', 'continue reading', 'continue reading below', 'story continues below',
  'article continues below', 'caption', 'close', 'enlarge image', 'enlarge this image', 'toggle caption',
  'hide caption', 'view author archive', 'email the author', 'follow on twitter', 'share', 'share this',
  'share this article', 'share on facebook', 'share on twitter', 'tweet', 'email', 'print', 'comments',
  'comment', 'view comments', 'show comments', 'loading content', 'loading', 'disclaimer', 'getty images',
  'learn more', 'breaking news', 'trending', 'highlights', 'latest', 'popular', 'most popular', 'most read',
  'this slideshow requires javascript', 'image', 'photo', 'video', 'watch', 'listen', 'play video',
  'staff reports', 'wire services', 'associated press', 'reuters', 'afp', 'the associated press',
  'tell us what you think', 'leave a comment', 'leave a reply', 'back to top', 'top', 'sponsored links',
  'promoted links', 'paid content', 'partner content',
])

/** Headings that open a block of links to other stories; the link-only paragraphs after them go too. */
export const RELATED_HEADING =
  /^(?:related(?: (?:news|stories|articles|coverage|content|links|reading|posts?))?(?: from .*)?|you (?:may|might) also like|you (?:may|might) (?:also )?be interested in|more(?::| (?:from|on|about|in) [^.]{1,40})|see more|see also|also read|read (?:more|also|next)|don'?t miss|must read|recommended(?: for you)?|more stories|more news|top stories|trending(?: now| stories)?|what to read next|popular (?:stories|now)|latest (?:news|stories)|most (?:read|popular|viewed))\s*:?\s*$/i

/** Prefixes of one-line pointers to other stories ("Related: ...", "READ MORE: ..."). */
const POINTER_PREFIX =
  /^(?:related|read more|read also|also read|see more|see also|more|also|watch|watch more|listen|recommended|don'?t miss|must read|click here|trending)\s*[:|>»-]/i

/** A short paragraph ending in a parenthetical credit: "Smoke over the plant (Photo: Agency)". */
const CREDIT_TAIL = /\((?:image|photo|picture|pic|credit|photo credit|image credit|source|video)s?\b[^)]*\)\s*$/i
const CREDIT_LINE =
  /^(?:(?:photo|image|picture|pic|credit|photograph|illustration|file photo|video)s?(?: credit)?\s*[:|]|©|\(c\) |image \d+ of|\d+ of \d+$|photo(?:graph)?s? by\b|courtesy (?:of )?)/i
/** Agencies that end a bare credit line ("Jane Doe | Getty Images", "John Roe/AFP"). */
const AGENCY_TAIL = /(?:getty images|afp|reuters|ap photo|\bap|epa(?:-efe)?|shutterstock|bloomberg|alamy|istock(?:photo)?|xinhua|anadolu|pa(?: wire| images)?|handout|file)\s*\)?\.?$/i

/** A caption whose credit follows a pipe or slash: "Boats in the bay. Jane Doe | Agency Images". */
const PIPE_CREDIT = new RegExp(`[|/]\\s*[^|/]{0,40}${AGENCY_TAIL.source}`, 'i')

/** "By Jane Doe" (a capitalised name, not "By 2030" or "By Monday"), with no closing full stop. */
const BYLINE =
  /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|(?:[Aa]dditional )?[Rr]eporting by|[Ee]diting by|[Cc]ompiled by|[Rr]eported by)\s+[\p{Lu}@]/u
/** "Jane Doe, Energy Correspondent". */
const STAFF_TITLE = /^(?:\p{Lu}[\p{L}.'’-]+\s){1,3}\p{Lu}[\p{L}.'’-]+\s?,.*\b(?:writer|correspondent|reporter|editor|contributor|staff|columnist|bureau|chief)s?$/iu
/** A caption with a position marker: "The minister (left) greets delegates AP". */
const CAPTION_MARK = /\((?:left|right|cent(?:er|re)|top|bottom|front|back|l|r|pictured|file)(?:\s(?:to|and)\s(?:left|right))?\)/i
/** An agency name glued to the end of a caption: "...in the harbour.Reuters". */
const GLUED_AGENCY = /[a-z)][.!?]["”’]?(?:Reuters|AFP|AP|Getty Images|EPA|Bloomberg|Xinhua)$/
/** A breadcrumb trail: "News > Nation". */
const BREADCRUMB = /^[^>»›.!?]{1,30}(?:\s[>»›]\s[^>»›.!?]{1,30})+$/
/** A bare dateline paragraph: "BAYPORT, NORTHLAND". */
const DATELINE = /^[\p{Lu}][\p{Lu} .'’-]{1,30},\s*[\p{Lu}][\p{L} .'’-]{1,30}$/u
const DOMAIN_ONLY = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}$/i
const READING_TIME = /^(?:\d+\s*min(?:ute)?s?\s*read|(?:estimated )?reading time\s*:.*|read time\s*:.*)$/i
const SOURCE_LINE = /^(?:source|sources|filed under|tags?|topics?|categories|category|posted in)\s*:|^via\s+\S+$/i

/** Imperative prompts to follow, share, subscribe or download. */
const PROMPT_START =
  /^(?:sign up|subscribe|follow|join|get|click|download|listen|watch|like|share|check out|sign in|register|don'?t miss|never miss|stay (?:up to date|informed|connected)|want (?:more|to)|support|become a (?:member|subscriber)|have a (?:news )?tip|got a (?:news )?tip|contact us|email us)\b/i
/** Appeals after the article ("If you enjoyed this article, ..."): dropped at any length up to 80 words. */
const APPEAL_START = /^(?:if you (?:enjoyed|liked|value|appreciate)|(?:did you )?(?:like|enjoy)(?:d)? this (?:article|story)|enjoyed this|we have a (?:small )?favou?r to ask)/i
const PROMPT_TOPIC =
  /\b(?:newsletters?|inbox|subscribe|subscriptions?|subscribers?|sign up|app|podcasts?|youtube|twitter|facebook|instagram|linkedin|telegram|whatsapp|tiktok|rss|forums?|notifications?|alerts|membership|members|our coverage|full coverage|tip|here|friends)\b/i
const COOKIES = /\b(?:cookies?|privacy policy)\b.*\b(?:use|uses|using|accept|consent|agree)\b|\b(?:use|uses|using|accept|agree)\b.*\bcookies?\b/i
const COPYRIGHT = /^(?:©|copyright\b|\(c\)\s*\d{4})|©\s?\d{4}|\d{4}\s?©|all rights reserved|this (?:material|article|document) (?:may not be|is subject to copyright)/i
const AFFILIATE = /\b(?:affiliate (?:links?|commission)|we may earn (?:a )?commission|may contain (?:affiliate|referral))\b/i

/** "Published 3 hours ago", "Updated: Nov 3, 2021": a stamp word followed at once by a date or time. */
const STAMP = new RegExp(
  `^(?:published|updated|posted|last updated|first published|last modified|modified|created|date)\\s*(?:on|at)?\\s*:?\\s*(?:\\d|${MONTHS}\\s|${WEEKDAYS}|an? (?:hour|minute|day|week)|today|yesterday)`,
  'i',
)
const DATE_WORD = new RegExp(
  `^(?:${MONTHS}|\\d{1,4}(?:st|nd|rd|th)?[,.]?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?|[ap]\\.?m\\.?|[a-z]{2,4}t|utc|gmt|${WEEKDAYS}|today|yesterday|ago|at|on|of|\\d+[-/.]\\d+[-/.]\\d+|[|/,;–—-]+)$`,
  'i',
)

function isByline(text: string, words: number): boolean {
  if (!BYLINE.test(text)) return false
  const name = /^(?:\S+\s+){1,2}?(\p{Lu}[\p{L}.'’-]*)/u.exec(text.replace(/^(?:additional )?(?:reporting|written|words|editing|compiled|reported)\s+/i, ''))
  if (name && CALENDAR_WORD.test(name[1].replace(/[,.]$/, ''))) return false
  return words <= 12 || (words <= 20 && /\d/.test(text))
}

/** Words of a paragraph (for length limits). */
export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /\w/.test(w)).length
}

/** True for a line that is only a date / time stamp, perhaps with a short source tag ("Nov 3, 2021 / 9:15 AM / Desk"). */
export function isDateStamp(text: string): boolean {
  const words = text
    .split(/\s+|(?<=[|/])|(?=[|/])/)
    .map((w) => (w.length > 1 ? w.replace(/[,;]+$/, '') : w))
    .filter(Boolean)
  if (words.length > 14) return false
  const dateish = words.filter((w) => DATE_WORD.test(w))
  const hasDate = words.some((w) => new RegExp(`^${MONTHS}$`, 'i').test(w) || /\d{4}|\d{1,2}[:.]\d{2}|\d+[-/.]\d+[-/.]\d+/.test(w))
  return hasDate && words.length - dateish.length <= 3 && dateish.length >= 2
}

/** True when a paragraph is page noise by its text alone. */
export function isNoiseText(text: string): boolean {
  const words = wordCount(text)
  const key = text.toLowerCase().replace(/[\s.:!…|>»-]+$/, '').replace(/^[\s|•·-]+/, '').trim()
  if (key === '' || FURNITURE.has(key)) return true
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text)) return true
  if (/^[_=*~\-–—\s]{3,}$/.test(text)) return true
  if (words <= 40 && CREDIT_TAIL.test(text)) return true
  if (words <= 25 && (CREDIT_LINE.test(text) || POINTER_PREFIX.test(text))) return true
  if (words <= 40 && PIPE_CREDIT.test(text)) return true
  if (words <= 8 && AGENCY_TAIL.test(text) && !/[.!?]["”’]?$/.test(text.replace(/\b(?:AP|AFP)\.?$/, ''))) return true
  const sentenceEnd = /[.!?]["”’]?$/.test(text) && !/\b[ap]\.m\.$/i.test(text)
  if (!sentenceEnd && isByline(text, words)) return true
  if (words <= 12 && STAFF_TITLE.test(text)) return true
  if (words <= 30 && ((CAPTION_MARK.test(text) && !sentenceEnd) || GLUED_AGENCY.test(text))) return true
  if (words <= 8 && !sentenceEnd && (BREADCRUMB.test(text) || DATELINE.test(text))) return true
  if (DOMAIN_ONLY.test(text) || READING_TIME.test(text)) return true
  // Unrendered WordPress shortcodes: "[button link=...]Send us a tip[/button]".
  if (/\[(\w+)[^\]]*\].*\[\/\1\]/.test(text)) return true
  if (words <= 80 && APPEAL_START.test(text)) return true
  if (words <= 20 && (STAMP.test(text) || SOURCE_LINE.test(text))) return true
  if (words <= 40 && PROMPT_START.test(text) && PROMPT_TOPIC.test(text)) return true
  if (words <= 60 && (COOKIES.test(text) || AFFILIATE.test(text))) return true
  if (words <= 40 && COPYRIGHT.test(text)) return true
  return isDateStamp(text)
}
