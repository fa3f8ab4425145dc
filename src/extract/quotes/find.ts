import { isHeadline } from '../../frames/around.js'
import type { Doc, QuoteSpan } from '../../model/doc.js'
import { firstIndex } from '../../model/search.js'
import { findSpeakerSites, type SpeakerSite } from '../../nlp/speakers.js'

/** Quoted fragments shorter than this are scare quotes or slogans (ANNOTATION.md). */
const MIN_WORDS = 4

/** A quoted segment that may be a direct quote, with the phrase that names its speaker. */
export interface QuoteCandidate {
  /** Index into Doc.quotes. */
  readonly index: number
  readonly quote: QuoteSpan
  /** The quoted words, trimmed: [start, end) into Doc.text. */
  readonly start: number
  readonly end: number
  readonly site: SpeakerSite
}

/**
 * The quotes worth attributing: every quoted segment (Doc.quotes) of four words or more that is
 * not a title, each with its speaker site from the one speaker resolver (src/nlp/speakers.ts).
 * A quote cut off by the end of the text is dropped (see isTruncated), and so is one in the
 * headline: a headline sums up the speech in the editor's cut ("Vogel: ‘We will not sign’"), and
 * the speaker's own words are the ones the body reports.
 */
export function findQuoteCandidates(doc: Doc): QuoteCandidate[] {
  const sites = findSpeakerSites(doc)
  const out: QuoteCandidate[] = []
  const text = doc.text
  doc.quotes.forEach((quote, index) => {
    let start = quote.start
    let end = quote.end
    while (start < end && isBlank(text.charCodeAt(start))) start++
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--
    if (index === doc.quotes.length - 1 && isTruncated(text, quote, end)) return
    if (inHeadline(doc, quote)) return
    // A comma inside the closing mark belongs to the sentence around the quote ("“…,” she said").
    while (end > start && (isBlank(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--
    if (!hasWords(text, start, end, MIN_WORDS) || isTitle(text, start, end)) return
    out.push({ index, quote, start, end, site: sites[index] })
  })
  return out
}

/** The quote opens in the headline (the title, which the pipeline puts first). */
function inHeadline(doc: Doc, quote: QuoteSpan): boolean {
  const s = doc.sentences
  if (!s.length) return false
  const i = Math.min(firstIndex(s.length, (k) => s[k].end <= quote.open), s.length - 1)
  return isHeadline(s[i], doc.article.title)
}

/**
 * The text ends right after a quote that closes on a comma: its attribution was cut off. (A quote
 * the text cuts off mid-sentence is still the speaker's: excerpts end so, and keep their speaker.)
 */
function isTruncated(text: string, quote: QuoteSpan, end: number): boolean {
  return text.charCodeAt(end - 1) === 44 && !hasLetter(text, quote.close, text.length)
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160
}

/** True when [start, end) holds at least `n` words with a letter or digit (counting stops there: quotes run long). */
export function hasWords(text: string, start: number, end: number, n: number): boolean {
  let count = 0
  let inWord = false
  let lettered = false
  for (let i = start; i <= end; i++) {
    const blank = i === end || isBlank(text.charCodeAt(i))
    if (blank) {
      if (inWord && lettered && ++count >= n) return true
      inWord = false
      lettered = false
    } else {
      inWord = true
      if (!lettered && isWordChar(text, i)) lettered = true
    }
  }
  return false
}

/**
 * Title Case wording of four words or more is a title, a name or a slogan, not speech: every word
 * of four letters or more starts with a capital ("Living With Water in a Warmer World").
 * The first long word in lower case settles it: speech.
 */
export function isTitle(text: string, start: number, end: number): boolean {
  let long = 0
  for (let i = start; i < end; ) {
    while (i < end && isBlank(text.charCodeAt(i))) i++
    const w = i
    while (i < end && !isBlank(text.charCodeAt(i))) i++
    let letters = 0
    while (letters < 4 && w + letters < i && isLetter(text, w + letters)) letters++
    if (letters < 4) continue
    const first = text[w]
    if (first === first.toLowerCase()) return false
    long++
  }
  return long > 0
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordChar(text, i)) return true
  return false
}

function isLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(text[i]))
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return (c >= 48 && c <= 57) || isLetter(text, i)
}
