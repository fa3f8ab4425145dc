import { SPEECH_VERBS } from '../lexicon/speech.js'
import type { Clause, QuoteSpan, Token } from '../model/doc.js'

/**
 * Where to find who speaks a quote, for the discourse memory's "we" and "I": the speech clause
 * next to it ("…,” Kerry said", "Kerry said: “…", "“…,” said Kerry"), by the phrase that holds
 * its speaker. Returns per quote the chunk index of the speaker phrase, or -1.
 * The full attribution of quotes (src/extract/quotes) reads more than this; here only a clause
 * with a speech verb in the quote's sentence, outside the quote, is read.
 */
export function quoteSpeakerChunks(quotes: readonly QuoteSpan[], tokens: readonly Token[], clauses: readonly Clause[], chunkOf: Int32Array): Int32Array {
  const out = new Int32Array(quotes.length).fill(-1)
  if (!tokens.length) return out
  let k = 0
  quotes.forEach((q, qi) => {
    const inside = (t: number) => tokens[t].start >= q.start && tokens[t].end <= q.end
    // Clauses in the sentence(s) where the quote opens and closes.
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

/** The index of the quote holding offset `pos`, or -1 (quotes are in text order). */
export function quoteAt(quotes: readonly QuoteSpan[], pos: number): number {
  let lo = 0
  let hi = quotes.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (quotes[mid].start <= pos) lo = mid + 1
    else hi = mid
  }
  const i = lo - 1
  return i >= 0 && pos < quotes[i].end ? i : -1
}
