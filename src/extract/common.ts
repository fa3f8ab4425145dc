import type { Doc, Mention, Sentence } from '../model/doc.js'
import type { Span, Evidence } from '../model/span.js'
import { evidenceOf } from '../model/span.js'

/** The actor mentions that lie inside `span` (doc.mentions is sorted by start). */
export function mentionsIn(doc: Doc, span: Span): Mention[] {
  const out: Mention[] = []
  for (const m of doc.mentions) {
    if (m.start >= span.end) break
    if (m.start >= span.start && m.end <= span.end) out.push(m)
  }
  return out
}

/** Evidence covering one whole sentence. */
export function sentenceEvidence(doc: Doc, sentence: Sentence): Evidence {
  return evidenceOf(doc.text, sentence.start, sentence.end)
}
