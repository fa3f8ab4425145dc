/**
 * A cheap sentence splitter for the easy lines of news English, so that only
 * lines with a hard boundary pay for wink's tokenizer and boundary model.
 *
 * A line is easy when every full stop, question or exclamation mark inside it
 * is plainly a sentence end (after a lower-case word, before a capital, a
 * digit or an opening quote) or plainly not one (a decimal point). Anything
 * else (an abbreviation or initial before the stop, a lower-case word after
 * it, an ellipsis, "?!", a stop inside a token such as "U.S." or a web
 * address) makes the line hard, and `scanSentences` returns null so the
 * caller asks wink. The easy cases are the ones where wink splits the same
 * way: sentences.test.ts checks the two agree on lines we wrote.
 */

/** A sentence as [start, end) offsets into the line, trimmed. */
export type Range = readonly [number, number]

// Closing quotes and brackets that stay with the sentence they end.
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»'])
// What may start the next sentence after a plain stop.
const OPENERS = new Set(['"', '“', '‘', "'", '(', '«'])
// Words before a full stop that wink may read as abbreviations: the dot-free entries of
// wink-eng-lite-web-model's isAbbrev lexemes, lower-cased, and a few titles of ours.
// Wink decides these from the next word, so a line holding one goes to wink.
const ABBREVIATIONS = new Set(
  (
    'ala anon approx apr apt ariz ark assoc aug ave brig calif capt co col colo conn corp ct dec del doz dr eg esq etc feb ' +
    'fig figs fla floreant fri ft ga gal gen gov ha hon ie ill in inc ind jan jos jr jul jun kan kans kn ky la lb llp lt ltd ' +
    'mar mass md messrs mgmt mi mich minn miss mo mon mont mr mrs ms mt neb nebr nev no nos nov oct okla ore oz pa pct pp ' +
    'prof pt pty qt rd rep reps rit rs sat sen sep sept sgt shri smt sr st ste sun tbsp tenn tex thu tsp tue va viz vs vt ' +
    'wash wed wisc wyo yd ' +
    'pres rev maj adm cmdr bros est al blvd dept univ min max vol cf ca op cit govt sens'
  ).split(' '),
)

/** True when `word` (without its full stop) is an abbreviation wink may read as one: "Gen", "Corp", "St". */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase())
}

/**
 * Sentences of one line (a paragraph without line breaks), or null when the
 * line has a boundary this scan does not decide.
 * @example scanSentences('Talks ended. A deal is near.') // [[0, 12], [13, 28]]
 */
export function scanSentences(line: string): Range[] | null {
  const out: Range[] = []
  let start = skipSpace(line, 0)
  let i = start
  while (i < line.length) {
    // Char codes until a stop: this reads every character of the text, and most are no stop.
    const code = line.charCodeAt(i)
    if (code !== 0x2e && code !== 0x3f && code !== 0x21) {
      if (code === 0x2026) return null
      i++
      continue
    }
    const c = line[i]
    // A decimal point or a thousands stop between digits ("3.5", "1.000") ends nothing.
    if (c === '.' && isDigit(line, i - 1) && isDigit(line, i + 1)) {
      i++
      continue
    }
    if (isTerminal(line[i + 1])) return null
    // A stop inside a token ("U.S", "e.g", "x.com") ends nothing; its last stop is judged below.
    if (c === '.' && /[A-Za-z]/.test(line[i + 1] ?? '') && /[A-Za-z]/.test(line[i - 1] ?? '')) {
      i++
      continue
    }
    if (c === '.' && !plainWordBefore(line, i)) {
      // "U.S.", "U.N.": decided by the next word, as news writes them (most lines that hold a stop
      // wink would be asked about hold one of these): a sentence opener ends the sentence, anything else goes on.
      const initials = dottedInitials(line, i)
      if (!initials) return null
      const next = skipSpace(line, i + 1)
      if (next === i + 1 || next >= line.length) return null
      if (!SENTENCE_OPENERS.has(wordAt(line, next))) {
        i++
        continue
      }
    }
    let end = i + 1
    while (end < line.length && CLOSERS.has(line[end])) end++
    const next = skipSpace(line, end)
    if (next === line.length) break
    if (next === end || !startsSentence(line[next])) return null
    out.push([start, end])
    start = next
    i = next
  }
  if (start < line.length) out.push([start, trimEnd(line)])
  return out
}

/** Words that open a sentence after "U.S." ends one: "… with the U.S. The talks …". */
const SENTENCE_OPENERS = new Set(
  'The A An In On At It He She They We I This That These Those But And Yet So Its His Her Their Our After Before When While Since Last Next Earlier Later Meanwhile However Still Both Neither Under Over For From With As If Such Some Many Most Officials Analysts'.split(' '),
)

/** True when the stop at `dot` closes initials joined by stops ("U.S", "U.N", "E.U"), not a single initial or a word. */
function dottedInitials(line: string, dot: number): boolean {
  let k = dot
  let letters = 0
  while (k >= 2 && /[A-Z]/.test(line[k - 1]) && line[k - 2] === '.') {
    letters++
    k -= 2
  }
  return letters >= 1 && k >= 1 && /[A-Z]/.test(line[k - 1]) && (k < 2 || !/[A-Za-z]/.test(line[k - 2]))
}

/** The word starting at `at` (letters only). */
function wordAt(line: string, at: number): string {
  let j = at
  while (j < line.length && /[A-Za-z]/.test(line[j])) j++
  return line.slice(at, j)
}

/** The word before a full stop is an ordinary word or a number, not an initial or an abbreviation. */
function plainWordBefore(line: string, dot: number): boolean {
  let from = dot
  while (from > 0 && isWordChar(line.charCodeAt(from - 1))) from--
  const word = line.slice(from, dot)
  // "(in 2030).", "by 45%." are fine; ". ." and "-." are not.
  if (word.length === 0) return CLOSERS.has(line[dot - 1]) || line[dot - 1] === '%'
  // A figure with its unit ("1.5C", "2030", "5.9bn") is no abbreviation.
  if (isDigit(word, 0)) return true
  // "U.S.", "a.m.", "e.g." and single letters ("John F. Kerry") are initials or abbreviations.
  if (from > 0 && line[from - 1] === '.') return false
  if (word.length === 1) return false
  return !isAbbreviation(word)
}

function startsSentence(c: string): boolean {
  if (OPENERS.has(c)) return true
  const code = c.charCodeAt(0)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)
  return c !== c.toLowerCase()
}

function isTerminal(c: string | undefined): boolean {
  return c === '.' || c === '?' || c === '!'
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && !(code >= 0x2000 && code <= 0x206f)
}

function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  return c >= 0x30 && c <= 0x39
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) i++
  return i
}

function trimEnd(s: string): number {
  let end = s.length
  while (end > 0 && /\s/.test(s[end - 1])) end--
  return end
}
