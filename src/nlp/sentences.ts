import type { Sentence } from '../model/doc.js'
import { sentenceNlp } from './wink.js'

/**
 * Splits cleaned text into sentences with offsets into `text`.
 *
 * 1. Paragraphs are lines (wink would join a caption line to the next line).
 * 2. Each paragraph goes through wink's sentence boundary detector.
 * 3. Each wink sentence is located in the paragraph by searching forward from
 *    the previous one, since wink normalises nothing but returns no offsets
 *    for sentences.
 */
export function splitSentences(text: string): Sentence[] {
  const nlp = sentenceNlp()
  const its = nlp.its
  const out: Sentence[] = []
  let paragraph = -1
  let prevBlank = true
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (line.trim() === '') {
      prevBlank = true
    } else {
      // A single newline inside a block still separates lines (headings, list items);
      // only a blank line starts a new paragraph.
      if (prevBlank) paragraph++
      prevBlank = false
      const sentences = nlp.readDoc(line).sentences().out(its.value) as string[]
      let cursor = 0
      for (const s of sentences) {
        const trimmed = s.trim()
        if (!trimmed) continue
        const at = line.indexOf(trimmed, cursor)
        // wink keeps sentence text verbatim; if it ever did not, fall back to the rest of the line.
        const start = at >= 0 ? at : cursor
        const end = at >= 0 ? at + trimmed.length : line.length
        out.push({ start: lineStart + start, end: lineStart + end, text: line.slice(start, end), paragraph, index: out.length })
        cursor = end
      }
    }
    if (lineEnd === text.length) break
    lineStart = lineEnd + 1
  }
  return out
}
