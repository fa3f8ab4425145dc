/**
 * The word scanner of the interaction tokenizer (interaction-units.ts): the tokens of
 * /[’']s\b|[\p{L}\p{N}]+(?:[.\-&][\p{L}\p{N}]+|['’](?!s\b)[\p{L}\p{N}]+)*|\S/gu over text[from, to),
 * found by a loop over character classes instead of a match object and a slice per word
 * (every sentence with an actor is tokenised: issue 13). interaction-words.test.ts holds the
 * two to the same tokens.
 */

/** Per BMP code unit, filled on first sight: 0 unknown, 1 white space (\s), 2 letter or digit, 3 anything else. */
const KIND = new Uint8Array(0x10000)
const SPACE = 1
const LETTER_OR_DIGIT = 2
const OTHER = 3
const SPACE_RE = /^\s$/u
const LETTER_OR_DIGIT_RE = /^[\p{L}\p{N}]$/u

function kindOf(c: number): number {
  const k = KIND[c]
  if (k !== 0) return k
  const ch = String.fromCharCode(c)
  return (KIND[c] = SPACE_RE.test(ch) ? SPACE : LETTER_OR_DIGIT_RE.test(ch) ? LETTER_OR_DIGIT : OTHER)
}

/** The code unit at `i`, or NaN past `to` (the end of the scanned range, as the regex saw its end of input). */
function unitAt(text: string, i: number, to: number): number {
  return i < to ? text.charCodeAt(i) : NaN
}

/** Code units (1 or 2) of the letter or digit at `i`, else 0. */
function letterOrDigitAt(text: string, i: number, to: number): number {
  const c = unitAt(text, i, to)
  if (!(c >= 0xd800 && c <= 0xdbff)) return c === c && kindOf(c) === LETTER_OR_DIGIT ? 1 : 0
  // A high surrogate: a letter or digit only as a whole pair inside the range.
  const low = unitAt(text, i + 1, to)
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0
  return LETTER_OR_DIGIT_RE.test(text.slice(i, i + 2)) ? 2 : 0
}

/** \w without the i flag: ASCII letters, digits and the underscore (what \b looks at). */
function isAsciiWord(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019
}

/** "'s" ending at a word boundary starts at `i`: the possessive the regex takes whole, and the one a word stops before. */
function possessiveAt(text: string, i: number, to: number): boolean {
  return isApostrophe(unitAt(text, i, to)) && unitAt(text, i + 1, to) === 0x73 && !isAsciiWord(unitAt(text, i + 2, to))
}

/** End of the run of letters and digits starting at `i`. */
function runEnd(text: string, i: number, to: number): number {
  let n: number
  while ((n = letterOrDigitAt(text, i, to)) > 0) i += n
  return i
}

/** End of the token that starts at `i` (not white space), as the regex would match it there. */
function tokenEnd(text: string, i: number, to: number): number {
  if (possessiveAt(text, i, to)) return i + 2
  if (letterOrDigitAt(text, i, to) === 0) {
    // \S: one code point.
    const c = text.charCodeAt(i)
    const low = unitAt(text, i + 1, to)
    return c >= 0xd800 && c <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? i + 2 : i + 1
  }
  let end = runEnd(text, i, to)
  for (;;) {
    const c = unitAt(text, end, to)
    // A joiner (".", "-", "&", or an apostrophe not starting a possessive) continues the word only before a letter or digit.
    const joins = c === 0x2e || c === 0x2d || c === 0x26 || (isApostrophe(c) && !possessiveAt(text, end, to))
    if (!joins || letterOrDigitAt(text, end + 1, to) === 0) return end
    end = runEnd(text, end + 1, to)
  }
}

/** Calls `take(start, end)` for each token of text[from, to), in order. */
export function scanTokens(text: string, from: number, to: number, take: (start: number, end: number) => void): void {
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    if (kindOf(c) === SPACE) {
      i++
      continue
    }
    const end = tokenEnd(text, i, to)
    take(i, end)
    i = end
  }
}
