import type { Doc, Mention, Sentence } from '../model/doc.js'

/**
 * The mentions inside each sentence, for sentences asked in document order (some may be skipped):
 * one pass over doc.mentions (sorted by start) for the whole document instead of one per sentence.
 * Same result as mentionsIn(doc, sentence).
 */
export function mentionCursor(doc: Doc): (sentence: Sentence) => Mention[] {
  let from = 0
  return (sentence) => {
    const all = doc.mentions
    while (from < all.length && all[from].start < sentence.start) from++
    const out: Mention[] = []
    for (let i = from; i < all.length && all[i].start < sentence.end; i++) if (all[i].end <= sentence.end) out.push(all[i])
    return out
  }
}
