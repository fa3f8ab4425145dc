import type { QuoteSpan } from '../model/doc.js'
import { findQuoteSegments } from '../extract/quote-marks.js'
import { textLines } from '../extract/quote-text.js'

/** Every quoted segment of the text, line by line (quote-marks.ts pairs the marks in one pass per line). */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = []
  textLines(text).forEach((l, line) => {
    for (const q of findQuoteSegments(text, l.start, l.end)) out.push({ open: q.open, start: q.start, end: q.end, close: q.close, closed: q.closed, line })
  })
  return out
}
