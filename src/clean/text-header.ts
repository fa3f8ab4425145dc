/**
 * The page header above the article's first paragraph: site name, section,
 * headline, standfirst, byline, date and lead-photo caption. The headline
 * becomes the title; the rest of the furniture goes.
 */
import { isCreditOnlyLine, isTerminated, wordCount } from './text-lines.js'
import { isMostlyTerminated, isQuoteSignature, lastKeptBefore, type Line } from './text-body.js'
import { MONTH_NAME } from './dateline.js'

/** Lines shorter than this with no closing punctuation are labels in a header (site, section, name, place). */
const HEADER_LABEL_MAX_WORDS = 8

/**
 * Index of the first line that reads as an article paragraph: a sentence of
 * 15 words or more, or a 30-word run without punctuation (some pages drop it).
 * Lines before it are the header. Returns lines.length when there is none.
 */
export function findBodyStart(lines: readonly Line[]): number {
  const i = lines.findIndex((l) => l.drop === null && !l.list && isParagraph(l.text))
  return i < 0 ? lines.length : i
}

function isParagraph(text: string): boolean {
  const words = wordCount(text)
  return (isTerminated(text) && words >= 15) || words >= 30
}

/** Normalised for comparing a headline with the title given as metadata. */
export function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.!?:;,]+$/, '')
    .trim()
}

/** True when a line is the known headline, perhaps followed by " | Site" or " - Site". */
export function isSameTitle(line: string, title: string): boolean {
  // titleKey keeps every word, so a line with more than six words beyond the title's cannot match: skip normalising paragraphs.
  if (wordCount(line) > wordCount(title) + 6) return false
  const a = titleKey(line)
  const b = titleKey(title)
  if (b === '' || a === '') return false
  if (a === b) return true
  return a.startsWith(b) && /^\s*[|–—-]\s*\S/.test(line.slice(title.trim().length)) && wordCount(a.slice(b.length)) <= 6
}

/**
 * A section's label printed before the headline ("Analysis: …", "Live: …", "Explainer: …"): the page's
 * furniture, not the headline's words. A closed list: a name before a colon ("Vale: coal exit by 2030")
 * is the headline's speaker, and stays.
 */
const KICKER = /^(?:analysis|news analysis|opinion|comment|commentary|editorial|explainer|explained|factbox|fact ?check|q&a|interview|feature|exclusive|breaking(?: news)?|live(?: updates| blog)?|in pictures|watch|video|podcast)\s*:\s+(?=\S)/i

/**
 * The headline without a section label before it.
 * @example stripKicker('Analysis: Norland’s new goal falls short') // 'Norland’s new goal falls short'
 */
export function stripKicker(headline: string): string {
  const m = KICKER.exec(headline)
  return m ? headline.slice(m[0].length) : headline
}

/** Two words run together where a logo's text met a slogan or a menu ("PostDemocracy", "CreatorsPublishers"). */
const RUN_TOGETHER = /\p{Ll}{2,}\p{Lu}\p{Ll}/u

/**
 * Picks the headline among header lines when no title is known: the first
 * line of 4 to 30 words that doesn't end like a sentence (or ends with "?" or
 * "!"), isn't a site name run together with its slogan, and is clearly
 * shorter than the page's paragraphs. One standing alone between blank lines
 * is preferred (a site name and its slogan share a block); otherwise a short
 * line of capitalised words followed by another candidate is the site name.
 */
export function pickHeadline(lines: readonly Line[], end: number): number {
  const candidates: number[] = []
  for (let i = 0; i < Math.min(end, HEADER_MAX_LINES); i++) {
    const { text, drop, list } = lines[i]
    const words = wordCount(text)
    if (drop !== null || list || words < 4 || words > 30 || RUN_TOGETHER.test(text)) continue
    if (isTerminated(text) && !/[?!]["”’']?$/.test(text)) continue
    candidates.push(i)
  }
  const typical = typicalLength(lines)
  const shortEnough = candidates.filter((i) => wordCount(lines[i].text) <= HEADLINE_SHARE * typical)
  const alone = shortEnough.find((i) => lines[i].alone === true)
  if (alone !== undefined) return alone
  if (shortEnough.length > 1 && looksLikeSiteName(lines[shortEnough[0]].text)) return shortEnough[1]
  return shortEnough[0] ?? -1
}

/** The headline is among the first lines of a page. */
const HEADER_MAX_LINES = 15

/** A headline is clearly shorter than the page's paragraphs; a line as long as them is one of them. */
const HEADLINE_SHARE = 0.75

/**
 * Median length in words of the page's sentences of eight words or more
 * (a headline candidate has no full stop, so it is not among them). With fewer than two, a page of punctuated lines allows any headline
 * length, and a page without punctuation (a thread of posts) none: there,
 * the first post is not a headline.
 */
function typicalLength(lines: readonly Line[]): number {
  const lengths = lines
    .filter((l) => l.drop === null && !l.list && isTerminated(l.text))
    .map((l) => wordCount(l.text))
    .filter((n) => n >= 8)
    .sort((a, b) => a - b)
  if (lengths.length < 2) return isMostlyTerminated(lines) ? Infinity : 0
  const mid = lengths.length >> 1
  return lengths.length % 2 ? lengths[mid] : (lengths[mid - 1] + lengths[mid]) / 2
}

function looksLikeSiteName(text: string): boolean {
  const words = text.split(/\s+/)
  return words.length <= 5 && words.every((w) => /^[\p{Lu}\d(]/u.test(w))
}

/** A header line holding a day of a month or a clock time, without closing punctuation: when and by whom it was posted. */
const DATE_STAMP = new RegExp(String.raw`\b(?:${MONTH_NAME})\.? \d{1,2}\b|\b\d{1,2} (?:${MONTH_NAME})\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|GMT|UTC|IST|ET|EST|CET|hrs)?\b`)
const STAMP_MAX_WORDS = 15

/**
 * Marks the furniture of the header (lines before `end`): short labels
 * without punctuation (site, section, author, place, photo alt text) and a
 * caption whose credit sits on the line after it. A quote may open the article
 * before any long paragraph: the dashed line that signs it ("— Jane Roe, union
 * negotiator") is its speaker, not a label.
 */
export function judgeHeader(lines: Line[], end: number): void {
  for (let i = 0; i < end; i++) {
    const line = lines[i]
    if (line.drop !== null) continue
    const words = wordCount(line.text)
    if (isQuoteSignature(line.text, lines[lastKeptBefore(lines, i)])) continue
    if (words < HEADER_LABEL_MAX_WORDS && !isTerminated(line.text) && !(line.list && words >= 4)) {
      line.drop = 'header label'
    } else if (words <= STAMP_MAX_WORDS && !isTerminated(line.text) && DATE_STAMP.test(line.text)) {
      line.drop = 'date stamp'
    } else if (i + 1 < lines.length && isCreditOnlyLine(lines[i + 1].text) && words <= 40) {
      line.drop = 'caption'
    }
  }
}
