import { PRONOUNS, MONTHS_AND_DAYS, STOP_WORDS } from './quote-lexicon.js'
import { perText } from './quote-scan.js'

/** A word of the scanned text, as speaker finding reads it. */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly possessive: boolean
  /** Could start or continue a name: capitalised, not a function word, month or day. */
  readonly nameWord: boolean
  readonly pronoun: boolean
}

/**
 * A raw word: a letter or digit, then letters, marks, digits, apostrophes, periods and hyphens,
 * i.e. the matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*\/gu. A character loop finds the same
 * words without a match object per word (the whole text is tokenised once per article).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu
const WORD_START = /^[\p{L}\p{N}]$/u
const WORD_PART = /^[\p{L}\p{M}\p{N}'’.-]$/u
const ABBREVIATION = /^(?:\p{Lu}\.|(?:\p{Lu}\.){2,}|Jr\.|Sr\.|Mr\.|Mrs\.|Ms\.|Dr\.|St\.)$/u
const ARABIC_PREFIX = /^(?:al|el|ad|as|abu)-\p{Lu}/u

/**
 * What each BMP character can do in a word, filled on first sight: 0 unknown, 1 nothing,
 * 2 continue only, 3 start or continue. Masked quotes (U+2060) and curly marks fill news text,
 * so non-ASCII characters are looked up too, not only ASCII ones.
 */
const BMP_ROLE = new Uint8Array(0x10000)
const NOTHING = 1
const CONTINUES = 2
const STARTS = 3

function bmpRole(c: number): number {
  const role = BMP_ROLE[c]
  if (role !== 0) return role
  const ch = String.fromCharCode(c)
  return (BMP_ROLE[c] = WORD_START.test(ch) ? STARTS : WORD_PART.test(ch) ? CONTINUES : NOTHING)
}

/** Length (1 or 2 code units) of the code point at `i` when it can start (`part` false) or continue a word, else 0. */
function wordCharAt(text: string, i: number, part: boolean): number {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdfff) {
    const role = bmpRole(c)
    return role === STARTS || (part && role === CONTINUES) ? 1 : 0
  }
  // A surrogate: an astral character (two units) or a lone half.
  const cp = text.codePointAt(i)!
  if (cp <= 0xffff) return 0
  return (part ? WORD_PART : WORD_START).test(String.fromCodePoint(cp)) ? 2 : 0
}

/** Calls `take(start, end)` for each raw word of `text` starting at or after `from`. */
function scanWords(text: string, from: number, take: (start: number, end: number) => void): void {
  let i = from
  while (i < text.length) {
    const first = wordCharAt(text, i, false)
    if (first === 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1
      continue
    }
    let end = i + first
    while (end < text.length) {
      // Most of a word is BMP letters: read the table directly, and only a surrogate through wordCharAt.
      const c = text.charCodeAt(end)
      if (c < 0xd800 || c > 0xdfff) {
        if (bmpRole(c) === NOTHING) break
        end++
        continue
      }
      const n = wordCharAt(text, end, true)
      if (n === 0) break
      end += n
    }
    take(i, end)
    i = end
  }
}

export function isCapital(word: string): boolean {
  // ASCII fast path; other scripts go through the Unicode classes.
  const c = word.charCodeAt(0)
  if (c >= 65 && c <= 90) return true
  // A lower-case word is a name only as "al-", "el-", "ad-", "as-" or "abu-" before a capital.
  if (c >= 97 && c <= 122) return (word[2] === '-' || word[3] === '-') && ARABIC_PREFIX.test(word)
  if (c >= 48 && c <= 57) {
    // Digits then a capital ("3M", "G7" does not start so): ASCII digits are read here, the rest by the regex.
    let i = 1
    while (i < word.length && word.charCodeAt(i) >= 48 && word.charCodeAt(i) <= 57) i++
    const next = word.charCodeAt(i)
    if (i >= word.length || next < 128) return next >= 65 && next <= 90
    return /^\p{N}+\p{Lu}/u.test(word)
  }
  if (c < 128) return false
  return /^[\p{Lu}]/u.test(word) || ARABIC_PREFIX.test(word) || /^\p{N}+\p{Lu}/u.test(word)
}

/** The token a raw word makes: possessive and trailing marks split off; null when nothing is left. */
function tokenOf(raw: string, start: number): Token | null {
  let word = raw
  let possessive = false
  // Most words end in a plain letter: only a final s, apostrophe, period or hyphen needs a look.
  const last = raw.charCodeAt(raw.length - 1)
  if (last === 115 || last === 39 || last === 0x2019 || last === 46 || last === 45) {
    const end = word[word.length - 1]
    if (end === 's' && isApostrophe(word[word.length - 2])) {
      word = word.slice(0, -2)
      possessive = true
    } else if (isApostrophe(end)) word = word.slice(0, -1)
    // A sentence-final period is not part of the word; an initial's or "Jr."'s is.
    if (word.endsWith('.') && !ABBREVIATION.test(word)) word = trimTrailing(word, '.')
    if (word.endsWith('-')) word = trimTrailing(word, '-')
  }
  if (!word) return null
  const nameWord = isCapital(word) && !STOP_WORDS.has(word) && !MONTHS_AND_DAYS.has(word)
  const pronoun = isPronoun(word)
  return { text: word, start, end: start + word.length, possessive, nameWord, pronoun }
}

const PRONOUN_LIST = [...PRONOUNS]
const PRONOUN_MIN = Math.min(...PRONOUN_LIST.map((p) => p.length))
const PRONOUN_MAX = Math.max(...PRONOUN_LIST.map((p) => p.length))

/** One of PRONOUNS in any case; every word of the text is asked, so the lengths rule most out first. */
function isPronoun(word: string): boolean {
  if (word.length < PRONOUN_MIN || word.length > PRONOUN_MAX) return false
  for (const p of PRONOUN_LIST) if (sameLetters(word, p)) return true
  return false
}

/**
 * `word.toLowerCase() === lower` for a lower-case ASCII `lower` holding no "i" or "k", without the copy:
 * only the two ASCII cases of a letter lower-case to it (İ and the Kelvin sign are the exceptions, to i and k).
 */
function sameLetters(word: string, lower: string): boolean {
  if (word.length !== lower.length) return false
  for (let i = 0; i < lower.length; i++) if ((word.charCodeAt(i) | 32) !== lower.charCodeAt(i)) return false
  return true
}

function isApostrophe(c: string | undefined): boolean {
  return c === "'" || c === '’'
}

function trimTrailing(word: string, mark: string): string {
  let end = word.length
  while (end > 0 && word[end - 1] === mark) end--
  return word.slice(0, end)
}

/** Every raw word of a text with its token, made once per text: speakers are looked for in many ranges of it. */
interface WordIndex {
  readonly starts: number[]
  readonly ends: number[]
  readonly tokens: Array<Token | null>
  /** Some raw word left no token (tokens holds a null to drop). */
  readonly hasGaps: boolean
}

const WORD_INDEX = {}

function wordIndex(text: string): WordIndex {
  return perText(WORD_INDEX, text, () => {
    const starts: number[] = []
    const ends: number[] = []
    const tokens: Array<Token | null> = []
    scanWords(text, 0, (start, end) => {
      starts.push(start)
      ends.push(end)
      tokens.push(tokenOf(text.slice(start, end), start))
    })
    return { starts, ends, tokens, hasGaps: tokens.includes(null) }
  })
}

/** Index of the first of the ascending `starts` at or after `pos`. */
function firstAtOrAfter(starts: readonly number[], pos: number): number {
  let lo = 0
  let hi = starts.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (starts[mid] < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The tokens of the words starting in [from, to); a word running past `to` is cut there (its text stays whole). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const { starts, ends, tokens, hasGaps } = wordIndex(text)
  const lo = firstAtOrAfter(starts, from)
  if ((lo > 0 && ends[lo - 1] > from) || isLowSurrogate(text.charCodeAt(from))) {
    // `from` is inside a word: read the words from there, as the whole-text words split it differently.
    const out: Token[] = []
    WORD.lastIndex = from
    for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
      const t = tokenOf(m[0], m.index)
      if (t) out.push(t.end <= to ? t : { ...t, end: to })
    }
    return out
  }
  const range = tokens.slice(lo, Math.max(lo, firstAtOrAfter(starts, to)))
  const out = hasGaps ? range.filter((t): t is Token => t !== null) : (range as Token[])
  // Only the last word can run past `to`: every earlier one ends before the next starts.
  const last = out[out.length - 1]
  if (last && last.end > to) out[out.length - 1] = { ...last, end: to }
  return out
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff
}
