import { trieRegexSource } from '../actors/trie-regex.js'
import { PURE_SPEECH_VERBS } from '../lexicon/speech.js'
import { surfacePrefixes } from '../lexicon/stems.js'
/**
 * Quotation-mark scanning: one linear pass over a line of text that pairs opening and
 * closing marks into quoted segments. Outlets mix styles (“ ” " ‘ ’ '' « »), close a
 * curly opener with a straight mark, and leave marks unbalanced, so the scanner pairs
 * by mark family, not by exact character, and caps an unclosed quote at the line end.
 */

export type MarkFamily = 'double' | 'single' | 'angle'

/** One quoted stretch of a line. Offsets index the scanned text. */
export interface QuoteSegment {
  /** Index of the opening mark. */
  readonly open: number
  /** First character inside the marks. */
  readonly start: number
  /** End (exclusive) of the quoted words: the closing mark, or the line end when unclosed. */
  readonly end: number
  /** Index just past the closing mark (equal to `end` when unclosed). */
  readonly close: number
  readonly closed: boolean
  readonly family: MarkFamily
}

type Hint = 'open' | 'close' | 'either'
interface Mark {
  readonly family: MarkFamily
  readonly hint: Hint
  readonly length: number
}

const WORD = /[\p{L}\p{N}]/u
const SPACE = /\s/

function isWord(c: string | undefined): boolean {
  return c !== undefined && WORD.test(c)
}

/** True for the first characters markAt knows (" ' ` « » and ‘ ’ ‚ “ ” „): a cheap test before reading a mark. */
function mayBeMark(c: number): boolean {
  return c < 128 ? c === 34 || c === 39 || c === 96 : c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e)
}

/** Reads the quotation mark at `i`, if any (two straight or curly single marks make one double). */
function markAt(text: string, i: number): Mark | null {
  const c = text[i]
  const n = text[i + 1]
  if ((c === "'" && n === "'") || (c === '’' && n === '’')) return { family: 'double', hint: c === '’' ? 'close' : 'either', length: 2 }
  if ((c === '‘' && n === '‘') || (c === '`' && n === '`')) return { family: 'double', hint: 'open', length: 2 }
  switch (c) {
    case '“':
    case '„':
      return { family: 'double', hint: 'open', length: 1 }
    case '”':
      return { family: 'double', hint: 'close', length: 1 }
    case '"':
      return { family: 'double', hint: 'either', length: 1 }
    case '«':
      return { family: 'angle', hint: 'open', length: 1 }
    case '»':
      return { family: 'angle', hint: 'close', length: 1 }
    case '‘':
      return { family: 'single', hint: 'open', length: 1 }
    case '’':
      return { family: 'single', hint: 'close', length: 1 }
    case "'":
      return { family: 'single', hint: 'either', length: 1 }
    default:
      return null
  }
}

/** A mark that sits before a word and after a space or the line start reads as an opener. */
function looksOpening(text: string, i: number, length: number, from: number): boolean {
  const before = i > from ? text[i - 1] : ' '
  const after = text[i + length]
  return (SPACE.test(before) || '([{—–-/'.includes(before)) && after !== undefined && !SPACE.test(after)
}

/** A mark right after a word or punctuation and before a space, punctuation or the end reads as a closer. */
function looksClosing(text: string, i: number, length: number, from: number, to: number): boolean {
  const before = i > from ? text[i - 1] : ' '
  const after = i + length < to ? text[i + length] : ' '
  return !SPACE.test(before) && !isWord(after)
}

/**
 * Finds the quoted segments of `text[from, to)`, one line or paragraph, in a single scan.
 * Marks of another family inside an open quote are nested quotes and stay part of it.
 * An unclosed double or angle quote runs to `to`; an unclosed single quote is dropped,
 * since a lone ’ or ' is far more often an apostrophe, unless it opens speech (see opensSpeech).
 * @example findQuoteSegments('He said “we agree,” twice.', 0, 26) // one segment, start 9, end 18
 */
export function findQuoteSegments(text: string, from: number, to: number): QuoteSegment[] {
  const out: QuoteSegment[] = []
  let open: { pos: number; start: number; family: MarkFamily } | null = null
  let sawDouble = false
  for (let i = from; i < to; i++) {
    if (!mayBeMark(text.charCodeAt(i))) continue
    const mark = markAt(text, i)
    if (!mark) continue
    const { family, hint, length } = mark
    if (open === null && family === 'double' && hint === 'close' && !sawDouble && lostOpener(text, i, from, to)) {
      // "… in 2030,” said Jane Doe." with no opening mark on the line: the outlet lost it; the quote opens the line.
      const start = skipSpace(text, from, i)
      out.push({ open: start, start, end: i, close: i + length, closed: true, family })
      sawDouble = true
      continue
    }
    if (family === 'double') sawDouble = true
    if (open === null) {
      const opens =
        family === 'single'
          ? hint !== 'close' && looksOpening(text, i, length, from) && isWord(text[i + length])
          : hint === 'open' || looksOpening(text, i, length, from) || (hint === 'either' && !looksClosing(text, i, length, from, to))
      if (opens) open = { pos: i, start: i + length, family }
    } else if (open.family === 'single' && family !== 'single') {
      // ‘… “next year” …’: words quoted inside a quote in single marks, as British outlets nest them.
      const inner = text[open.pos] === '‘' && hint !== 'close' && looksOpening(text, i, length, from) ? nestedClose(text, i + length, to, family) : -1
      if (inner >= 0) {
        i = inner
        continue
      }
      // A double mark inside a single quote: the "single quote" was an apostrophe ('90s); start over.
      open = null
      i--
      continue
    } else if (open.family === 'double' && family === 'single' && closesDoubleBySlip(text, i, open.start, to)) {
      // “We regret the decision,’ said …: a double quote closed by a single mark.
      out.push({ open: open.pos, start: open.start, end: i, close: i + length, closed: true, family: 'double' })
      open = null
    } else if (family === open.family) {
      const closes =
        family === 'single'
          ? hint !== 'open' && looksClosing(text, i, length, from, to) && !pluralPossessive(text, i, to)
          : hint !== 'open' || !looksOpening(text, i, length, from)
      if (closes) {
        out.push({ open: open.pos, start: open.start, end: i, close: i + length, closed: true, family })
        open = null
      } else if (family === 'double' && hint === 'open') {
        // A fresh opener while a quote is open: the earlier one was never closed.
        out.push({ open: open.pos, start: open.start, end: trimEnd(text, open.start, i), close: trimEnd(text, open.start, i), closed: false, family })
        open = { pos: i, start: i + length, family }
      }
    }
    i += length - 1
  }
  if (open !== null && (open.family !== 'single' || opensSpeech(text, open.pos, from))) {
    const end = trimEnd(text, open.start, to)
    out.push({ open: open.pos, start: open.start, end, close: end, closed: false, family: open.family })
  }
  return out
}

/**
 * The last index of the mark of `family` that closes a quote nested from `from` on, when a single
 * mark closes the outer quote after it (‘… “…” …’); -1 otherwise ("the ‘90s … “…”" has no outer quote).
 */
function nestedClose(text: string, from: number, to: number, family: MarkFamily): number {
  let inner = -1
  for (let k = from; k < to; k++) {
    if (!mayBeMark(text.charCodeAt(k))) continue
    const mark = markAt(text, k)
    if (!mark) continue
    if (inner < 0 && mark.family === family && mark.hint !== 'open' && looksClosing(text, k, mark.length, from, to)) inner = k + mark.length - 1
    else if (inner >= 0 && mark.family === 'single' && mark.hint !== 'open' && looksClosing(text, k, 1, from, to) && !pluralPossessive(text, k, to)) return inner
    k += mark.length - 1
  }
  return -1
}

/**
 * An unclosed curly single opener that starts the line or follows a colon opens speech that runs
 * on to the next paragraph (outlets that quote in single marks close only the last paragraph):
 * "Jane Doe said: ‘We are …" and "‘In this way …" are no apostrophes.
 */
function opensSpeech(text: string, pos: number, from: number): boolean {
  if (text[pos] !== '‘') return false
  let i = pos - 1
  while (i >= from && SPACE.test(text[i])) i--
  return i < from || text[i] === ':'
}

/**
 * A single mark after a plural's "s" and before a word ("the farmers' problem") inside a single
 * quote that a later mark closes after its last punctuation ("… and they know it.'"): an apostrophe.
 */
function pluralPossessive(text: string, i: number, to: number): boolean {
  if ((text[i - 1] !== 's' && text[i - 1] !== 'S') || text[i + 1] !== ' ' || !/\p{Ll}/u.test(text[i + 2] ?? '')) return false
  for (let k = i + 1; k < to; k++) if ((text[k] === "'" || text[k] === '’') && ',.!?'.includes(text[k - 1]) && (k + 1 >= to || !isWord(text[k + 1]))) return true
  return false
}

/**
 * A single closing mark right after the quote's last punctuation and before a space or the line end,
 * with no single opener inside the quote for it to close ("“We regret it,’ said …"): a slip for ”.
 * An apostrophe never follows a comma or a full stop.
 */
function closesDoubleBySlip(text: string, i: number, start: number, to: number): boolean {
  if (!',.!?'.includes(text[i - 1] ?? '') || (i + 1 < to && !SPACE.test(text[i + 1]))) return false
  for (let k = start; k < i; k++) if (text[k] === '‘' || (text[k] === "'" && looksOpening(text, k, 1, start))) return false
  return true
}

/** After a closing ”: the attribution ("said Jane Doe", "wrote the minister", "Jane Doe told reporters"), by the one list of verbs that only report speech. */
const ATTRIBUTION = new RegExp(String.raw`^\s+(?:\p{Ll}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:${trieRegexSource(surfacePrefixes(PURE_SPEECH_VERBS))})\p{Ll}*\b)`, 'u')

/**
 * A closing ” after the end of a sentence's words and before its attribution, with no double mark
 * before it on the line: speech whose opening mark the outlet lost ("… by 2030,” said Jane Doe").
 */
function lostOpener(text: string, i: number, from: number, to: number): boolean {
  return ',.!?'.includes(text[i - 1] ?? '') && i - 1 > from && ATTRIBUTION.test(text.slice(i + 1, Math.min(to, i + 80)))
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from
  while (i < to && SPACE.test(text[i])) i++
  return i
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end
  while (e > start && SPACE.test(text[e - 1])) e--
  return e
}
