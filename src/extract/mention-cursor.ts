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

/**
 * The sentence's mentions, with one more per actor for each phrase the discourse memory read as a pair
 * or a plural party ("the two countries", "both sides", "the pair"), at that phrase's span and in text
 * order: "Japan and Australia met in Tokyo. The two countries reaffirmed their goals …" names both as
 * the owners (pledge-actor.ts chains mentions of one span as a list).
 */
export function withPairMentions(doc: Doc, si: number, mentions: readonly Mention[]): readonly Mention[] {
  const r = doc.sentenceTokens[si]
  if (!r) return mentions
  const { chunks, chunkOf, tokens } = doc
  const extra: Mention[] = []
  for (let t = r[0]; t < r[1]; t++) {
    const c = chunks[chunkOf[t]]
    if (!c || c.start !== t || c.kind !== 'anaphor' || !c.plural || c.actors.length < 2) continue
    const start = tokens[c.start].start
    const end = tokens[c.end - 1].end
    for (const actor of c.actors) extra.push({ start, end, text: doc.text.slice(start, end), kind: 'description', actor })
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.start - b.start) : mentions
}
