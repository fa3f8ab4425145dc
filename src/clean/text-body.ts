/**
 * Noise inside the article body: headlines of related articles and captions
 * without credit between paragraphs, related links glued to the end of a
 * paragraph, anything after the sign-off, and repeated paragraphs.
 */
import { MONTH_NAME } from './dateline.js'
import { isTerminated, lastNonSpace, wordCount } from './text-lines.js'
import { isSignOff } from './text-meta.js'
import { collapse } from './text-units.js'
import { SIGNATURE_LINE } from '../lexicon/quotes.js'

/** One line being judged; `drop` is the reason it goes, or null while it stays. */
export interface Line {
  text: string
  readonly list: boolean
  /** Alone between blank lines in the source. */
  readonly alone?: boolean
  drop: string | null
}

/** "Read more" as pages in other languages print it: German, Spanish, French, Portuguese, Italian. */
const LINK_HEADINGS_ELSEWHERE = 'mehr zum thema|mehr dazu|lesen sie auch|auch interessant|más noticias|más información|lee también|lea también|leer más|lire aussi|à lire aussi|leia também|leia mais|leggi anche'
/** The headings over links to other articles, one place for both uses below. */
const LINK_HEADINGS = `most (?:read|popular|viewed|shared)|related(?: articles?| stories| news| coverage| content| links)?|read (?:more|also|next)|also read|see also|further reading|recommended(?: for you| stories| articles)?|trending(?: now)?|more (?:stories|news|from [\\p{Lu}].*)|top stories|latest(?: news| stories)?|you (?:may|might) (?:also )?like|editor'?s picks|(?:also |more )?in this section|${LINK_HEADINGS_ELSEWHERE}`
/** A heading over a list of links to other articles; the list runs until the next sentence. */
const LINK_SECTION = new RegExp(`^(?:${LINK_HEADINGS})$`, 'iu')
/** The label of one link to another article: a heading, a bare "More" or "Read", before a colon and the other article's headline. */
const LINK_LABEL = new RegExp(`^(?:${LINK_HEADINGS}|more|read|also see|(?:also )?watch|must read|don['’]t miss)$`, 'iu')
/** "Also on Gazette:", "More from The Planet:": the outlet's own name, not a day or a month ("Also on Tuesday: …" is the story's). */
const OUTLET_LABEL = new RegExp(String.raw`^(?:[Aa]lso|ALSO|[Mm]ore|MORE) (?:on|from|ON|FROM) (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:${MONTH_NAME})\b)[\p{Lu}\d][\p{L}\d.&'’-]*(?: [\p{Lu}\d][\p{L}\d.&'’-]*){0,3}$`, 'u')
/** A link's label ends within this many characters of the line's start. */
const LINK_LABEL_MAX_CHARS = 32

/**
 * A link to another article standing in the page: a label, a colon or a bar, that article's headline
 * ("Read more: Why the islands want a loss fund, and who pays?", "Mehr zum Thema: …",
 * "Also on Gazette: …", "ALSO READ | …"). The headline may end with a question mark or run past a prompt's length.
 */
export function isLinkTeaser(text: string): boolean {
  // The label ends at a colon or a bar ("ALSO READ | …"). Most paragraphs have neither this early and skip both patterns.
  const colon = text.indexOf(':')
  const bar = text.indexOf('|')
  const end = bar >= 0 && (colon < 0 || bar < colon) ? bar : colon
  if (end < 4 || end > LINK_LABEL_MAX_CHARS || !/\S/.test(text.slice(end + 1))) return false
  if (wordCount(text) > LINK_MAX_WORDS) return false
  const label = text.slice(0, end).trim()
  return LINK_LABEL.test(label) || OUTLET_LABEL.test(label)
}

/** Related headlines and bare captions are short; a longer run without punctuation is a paragraph cut short. */
const STRAY_MAX_WORDS = 25
/** Under a "Related" or "Also in this section" heading, a teaser line may run longer (a headline and its standfirst). */
const LINK_MAX_WORDS = 40
/** A page where fewer paragraphs than this end with punctuation (a thread, a list of posts) keeps its unpunctuated lines. */
const TERMINATED_SHARE = 0.6

/**
 * True when most lines of eight words or more end with punctuation, so that
 * a line that doesn't stands out as a headline, a link or a caption.
 */
export function isMostlyTerminated(lines: readonly Line[]): boolean {
  const long = lines.filter((l) => l.drop === null && !l.list && wordCount(l.text) >= 8)
  if (long.length === 0) return true
  return long.filter((l) => isTerminated(l.text)).length / long.length >= TERMINATED_SHARE
}

/**
 * Marks stray lines of the body (from `start`). Steps:
 * 1. after a sign-off ("… contributed to this report."), every line without
 *    punctuation; after a "Most read" or "Related" heading, the short lines up
 *    to the next sentence;
 * 2. a line of at most 25 words without closing punctuation between paragraphs
 *    (a related headline, a subhead, a caption without credit), unless it is a
 *    list item or quoted speech; the last line is kept unless tiny, as
 *    scraped pages are often cut off mid-sentence;
 * 3. a short unpunctuated run glued after a paragraph's last sentence is cut.
 * Steps 2 and 3 apply only when the page's paragraphs mostly end with punctuation.
 */
export function judgeBody(lines: Line[], start: number): void {
  const strict = isMostlyTerminated(lines.slice(start))
  const last = lastKept(lines)
  let ended = false
  let linkList = false
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]
    if (isSignOff(line.text)) {
      line.drop ??= 'sign-off'
      ended = true
      continue
    }
    const heading = LINK_SECTION.test(withoutTrailingColons(line.text))
    // ("Also in this section" or "RELATED:" standing in the body, not already cut as page furniture: the heading goes too.)
    if (heading && line.drop === null && !isTerminated(withoutTrailingColons(line.text))) line.drop = 'related heading'
    if (line.drop !== null) {
      if (heading) linkList = true
      continue
    }
    const words = wordCount(line.text)
    const terminated = isTerminated(line.text)
    if (linkList && !terminated && words <= LINK_MAX_WORDS) {
      line.drop = 'related link'
      continue
    }
    linkList = false
    if (ended && !terminated) line.drop = 'after sign-off'
    else if (i === last) {
      if (words < 4 && !terminated && !line.list) line.drop = 'fragment'
    } else if (strict && !terminated && words <= STRAY_MAX_WORDS && !line.list && isHeadlineLike(line.text) && !isSpeakerLabel(line.text, lines[i + 1]) && !isQuoteSignature(line.text, lines[lastKeptBefore(lines, i)])) {
      line.drop = 'stray headline'
    } else if (strict && !line.list && isNameCaption(line.text, lines[i + 1])) {
      line.drop = 'caption'
    } else if (strict && !line.list) {
      line.text = cutGluedTail(line.text)
    }
  }
}

/** Words a person's caption runs to: a name and a title ("Dr Ada Vale, Minister of Climate and Energy,"). */
const NAME_CAPTION_MAX_WORDS = 12
/** A caption's words are capitalised, but for the small words of a title. */
const CAPTION_WORD = /^(?:[\p{Lu}\d][\p{L}\d.'’&-]*,?|of|the|and|for|on|at|de|del|da|van|von|al|bin|el)$/u

/**
 * A person's caption standing between paragraphs: a name and a title, capitalised, left with the comma that
 * ran on into the picture's description ("Dr Ada Vale, COP35 President-Designate,"). A paragraph broken off
 * after a comma goes on in lower case, and a speaker's label has their quote under it: both stay.
 */
function isNameCaption(text: string, next: Line | undefined): boolean {
  // Only a line ending with a comma is looked at: most end with a full stop.
  if (text[lastNonSpace(text)] !== ',' || !next || next.drop !== null) return false
  const words = text.trim().split(/\s+/)
  if (words.length < 2 || words.length > NAME_CAPTION_MAX_WORDS || !/^\p{Lu}/u.test(next.text)) return false
  return words.every((w) => CAPTION_WORD.test(w))
}

/**
 * The line without trailing blanks and colons: what replacing /[\s:]+$/ gives, read backwards from the
 * end (the regex tries every position of the line; most lines end with a full stop and stay as they are).
 */
function withoutTrailingColons(text: string): string {
  let end = text.length
  while (end > 0 && (text.charCodeAt(end - 1) === 58 || /\s/.test(text[end - 1]))) end--
  return end === text.length ? text : text.slice(0, end)
}

/** Words a speaker's label may run to: "UN SECRETARY-GENERAL ANTONIO GUTERRES", "Kenya's foreign ministry, in a statement:". */
const LABEL_MAX_WORDS = 12

/**
 * A short line right above a quoted paragraph names who speaks it (lists of reactions): it is part of the
 * article, and the quote's speaker (src/nlp/speakers.ts reads it).
 */
function isSpeakerLabel(text: string, next: Line | undefined): boolean {
  return !!next && next.drop === null && wordCount(text) <= LABEL_MAX_WORDS && /^["“‘«]/.test(next.text)
}

/**
 * A short line under a quoted paragraph that signs it ("— Jane Roe, union negotiator", "Jane Roe, Harbour
 * Workers' Union"): it is the quote's speaker (src/nlp/speaker-frame.ts reads it), not a stray headline.
 */
export function isQuoteSignature(text: string, prev: Line | undefined): boolean {
  return !!prev && SIGNATURE_LINE.test(text) && wordCount(text) <= LABEL_MAX_WORDS && /["”»’][\s]*$/.test(prev.text)
}

export function lastKeptBefore(lines: readonly Line[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (lines[j].drop === null) return j
  return -1
}

function lastKept(lines: readonly Line[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].drop === null) return i
  return -1
}

/**
 * A headline or caption is one unpunctuated phrase: not two sentences (that is
 * a paragraph with something glued on), not quoted speech, not a paragraph
 * that lost its full stop after "he said".
 */
function isHeadlineLike(text: string): boolean {
  SENTENCE_END.lastIndex = 0
  if (SENTENCE_END.test(text)) return false
  return !isSpeech(text) && !SAID_END.test(text)
}

const SAID_END = /,["”’']?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:said|says|added|adds|told \w+|wrote|tweeted|stated|noted|warned)(?:\s+\p{L}+){0,3}$|\b(?:he|she|they|it) (?:said|says|added|told \w+)$/u

/** Quoted speech ends with its closing quote even when the punctuation was lost. */
function isSpeech(text: string): boolean {
  return /^["“‘'«]/.test(text) && /["”’'»]$/.test(text)
}

// Where a sentence ends: punctuation, closing quotes, then a capital. Not after "U.S." or "Mr.".
const SENTENCE_END = /(?<![\s.][\p{Lu}]|\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|No|Gen|Gov|Sen|Rep|Prof|Inc|Ltd|Co|vs|etc))[.!?…]["”’')\]]*\s+(?=[\p{Lu}\d"“‘'])/gu

/**
 * Cuts an unpunctuated run of 3 to 25 words after a paragraph's last full
 * sentence: related links get glued to the text before them by scrapers.
 * @example cutGluedTail('Talks ended on Friday. Ten things to know about the summit') // 'Talks ended on Friday.'
 */
export function cutGluedTail(text: string): string {
  if (isTerminated(text)) return text
  let cut = -1
  for (const m of text.matchAll(SENTENCE_END)) cut = m.index + m[0].trimEnd().length
  if (cut < 0) return text
  const head = text.slice(0, cut)
  const tail = text.slice(cut).trim()
  const words = wordCount(tail)
  if (wordCount(head) < 8 || words < 3 || words > STRAY_MAX_WORDS || isSpeech(tail)) return text
  return head
}

/**
 * Marks repeats: a line that is part of a dropped caption near it (the
 * caption printed once bare and once with its credit), and a line already
 * contained in an earlier kept line (a teaser repeated as the lead).
 */
export function dropEchoes(lines: Line[]): void {
  const keys = lines.map((l) => collapse(l.text.toLowerCase()))
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.drop !== null || line.text.length < 20) continue
    const k = keys[i]
    for (let j = Math.max(0, i - 3); j <= Math.min(lines.length - 1, i + 3); j++) {
      if (j !== i && lines[j].drop === 'caption' && keys[j].includes(k)) line.drop = 'caption'
    }
    if (line.drop !== null) continue
    // A teaser sits near its repeat; a bounded look-back keeps huge inputs linear.
    for (let j = Math.max(0, i - 50); j < i; j++) {
      if (lines[j].drop === null && keys[j].length >= k.length && keys[j].includes(k)) {
        line.drop = 'repeat'
        break
      }
    }
  }
}

/** The signature under an embedded social post: "— Jane Roe (@janeroe) May 2, 2024". */
const POST_SIGNATURE = new RegExp(String.raw`^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+(?:${MONTH_NAME})\.? \d{1,2}, (?:19|20)\d\d$`)
/** What a post's own lines show: a picture link, a short link, a handle or a hashtag. */
const POST_MARK = /pic\.twitter\.com\/|\bt\.co\/|(?:^|\s)[@#][\p{L}\d_]{2,}/u
/** A post runs a few lines; the story's paragraph above it is where the walk stops. */
const POST_MAX_LINES = 4

/**
 * Marks posts embedded in the page (a tweet copied as text): the signature line, and the lines just
 * above it that show a post's marks (a picture link, a handle, a hashtag), up to the story's
 * paragraph before it. The story quotes a post in its own sentences when it reports one.
 */
export function markEmbeddedPosts(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (!POST_SIGNATURE.test(lines[i].text)) continue
    lines[i].drop = 'embedded post'
    for (let j = i - 1; j >= Math.max(0, i - POST_MAX_LINES) && POST_MARK.test(lines[j].text); j--) lines[j].drop = 'embedded post'
  }
}
