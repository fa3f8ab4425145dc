import type { Sentence } from '../model/doc.js'
import { scanSentences, type Range } from './sentence-scan.js'
import { sentenceNlp } from './wink.js'

/**
 * Splits cleaned text into sentences with offsets into `text`.
 *
 * 1. Paragraphs are lines (wink would join a caption line to the next line).
 * 2. A line whose boundaries are all plain (see sentence-scan.ts) is split by
 *    a scan of its characters; about one line in fifteen has an abbreviation,
 *    an initial or a stop before a lower-case word and goes through wink's
 *    sentence boundary detector, which costs some forty times more.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let paragraph = -1
  let prevBlank = true
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    if (isBlank(line)) {
      prevBlank = true
    } else {
      // A single newline inside a block still separates lines (headings, list items);
      // only a blank line starts a new paragraph.
      if (prevBlank) paragraph++
      prevBlank = false
      for (const [start, end] of scanSentences(line) ?? winkSentences(line)) {
        out.push({ start: lineStart + start, end: lineStart + end, text: line.slice(start, end), paragraph, index: out.length })
      }
    }
    if (lineEnd === text.length) break
    lineStart = lineEnd + 1
  }
  return out
}

/**
 * Wink's sentences of one line, located in the line by searching forward
 * from the previous one, since wink returns sentence text but no offsets.
 */
export function winkSentences(line: string): Range[] {
  const nlp = sentenceNlp()
  const out: Range[] = []
  let cursor = 0
  for (const s of nlp.readDoc(line).sentences().out(nlp.its.value) as string[]) {
    const trimmed = s.trim()
    if (!trimmed) continue
    const at = line.indexOf(trimmed, cursor)
    // wink keeps sentence text verbatim; if it ever did not, fall back to the rest of the line.
    const start = at >= 0 ? at : cursor
    const end = at >= 0 ? at + trimmed.length : line.length
    out.push([start, end])
    cursor = end
  }
  return out
}

/** What line.trim() === '' says, without the copy: every character is one trim() removes (\s). */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 32 || (c >= 9 && c <= 13)) continue
    if (c < 128 || !/\s/.test(line[i])) return false
  }
  return true
}
