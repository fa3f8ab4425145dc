import { SPEECH_VERBS } from '../lexicon/speech.js'
import type { Clause, QuoteSpan, Token } from '../model/doc.js'

/**
 * The discourse memory's former reading of quote speakers, for its former call
 * `quoteSpeakerChunks(quotes, tokens, clauses, chunkOf)` (speakers.ts). Kept only until
 * src/nlp/memory.ts passes the Doc to the one resolver (`quoteSpeakerChunks(input)`); then this
 * file goes.
 */
export function legacySpeakerChunks(quotes: readonly QuoteSpan[], tokens: readonly Token[], clauses: readonly Clause[]): Int32Array {
  const out = new Int32Array(quotes.length).fill(-1)
  if (!tokens.length) return out
  let k = 0
  quotes.forEach((q, qi) => {
    const inside = (t: number) => tokens[t].start >= q.start && tokens[t].end <= q.end
    while (k < clauses.length && tokens[clauses[k].verb.head].end < q.open - 400) k++
    for (let i = k; i < clauses.length; i++) {
      const c = clauses[i]
      const at = tokens[c.verb.head].start
      if (at > q.close + 200) break
      if (!SPEECH_VERBS.has(c.verb.lemma) || inside(c.verb.head)) continue
      if (at < q.open && tokens[c.verb.end]?.start !== undefined && q.open - tokens[c.verb.end - 1].end > 3) continue
      const phrase = c.subjectFrom === 'own' && c.subject ? c.subject : c.object
      const chunk = phrase?.chunks[0]
      if (chunk !== undefined && !inside(phrase!.start)) {
        out[qi] = chunk
        return
      }
    }
  })
  return out
}
