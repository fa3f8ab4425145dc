import type { Span } from '../model/span.js'
import type { QuoteSegment } from './quote-marks.js'

/** One non-blank line of the text: a paragraph, a headline or a list item. */
export interface TextLine extends Span {}

/** The non-blank lines of `text`, in order. */
export function textLines(text: string): TextLine[] {
  const out: TextLine[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (text.slice(start, end).trim() !== '') out.push({ start, end })
    start = end + 1
  }
  return out
}

/** The character that replaces quoted words: no letter, no digit, no punctuation, so no rule reads it. */
export const MASK = '\u2060'

/**
 * A copy of `text` of the same length whose quoted words are masked, so that sentence
 * boundaries and attribution patterns only see the reporter's words (the marks stay).
 */
export function maskQuotes(text: string, segments: readonly QuoteSegment[]): string {
  const parts: string[] = []
  let at = 0
  for (const s of [...segments].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue
    parts.push(text.slice(at, s.start), MASK.repeat(s.end - s.start))
    at = s.end
  }
  parts.push(text.slice(at))
  return parts.join('')
}

// Words before a period that do not end a sentence: initials and common abbreviations.
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gov|Sen|Rep|Gen|Lt|Col|Prof|Inc|Co|Corp|Ltd|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec|Apr|(?:\p{Lu}\.)+\p{Lu})$/u
const BOUNDARY = /[.!?]+["'’”»]*\s+(?=["“‘«\p{Lu}\p{N}])/gu

/** Splits one masked line into sentences; masked quotes never hold a boundary. */
export function splitMaskedSentences(masked: string, from: number, to: number): Span[] {
  const out: Span[] = []
  let start = from
  BOUNDARY.lastIndex = from
  for (let m = BOUNDARY.exec(masked); m && m.index < to; m = BOUNDARY.exec(masked)) {
    if (m.index + m[0].length >= to) break
    if (masked[m.index] === '.' && ABBREVIATION.test(masked.slice(Math.max(from, m.index - 12), m.index))) continue
    const end = m.index + m[0].trimEnd().length
    out.push({ start, end })
    start = m.index + m[0].length
  }
  if (start < to) out.push({ start, end: to })
  return out
}
