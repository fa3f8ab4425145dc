import type { Span } from '../model/span.js'
import type { QuoteSpan } from '../model/doc.js'
import { findQuoteSegments } from './quote-marks.js'

/** Every quoted segment of the text, line by line (quote-marks.ts pairs the marks in one pass per line). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = []
  textLines(text).forEach((l, line) => {
    for (const q of findQuoteSegments(text, l.start, l.end)) out.push({ open: q.open, start: q.start, end: q.end, close: q.close, closed: q.closed, line })
  })
  return out
}

/** The non-blank lines of `text` (paragraphs, headlines, list items), in order. */
export function textLines(text: string): Span[] {
  const out: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (hasNonBlank(text, start, end)) out.push({ start, end })
    start = end + 1
  }
  return out
}

function hasNonBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return true
  return false
}
