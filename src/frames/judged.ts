import { SPEECH_VERBS } from '../lexicon/speech.js'
import type { Clause } from '../model/doc.js'
import { clauseRange } from './around.js'
import { cross, partiesOf } from './party.js'
import { clauseOf, type Frame, type Trigger } from './types.js'

/**
 * A verdict said of another party or its act: "Brazil said the EU law was unfair", "“The EU levy is
 * discriminatory,” India's trade minister said". The trigger is an adjective after "be"; the judged
 * are the clause's subject (an actor, or the actor a thing belongs to); the judge is the subject of
 * the speech verb the clause complements, or of a speech clause after it in the same sentence.
 */
export const judged: Frame = (t) => {
  const c = clauseOf(t)
  if (!c || t.chunk >= 0 || !c.subject) return []
  const { doc } = t
  const judgedActors = [...new Set(c.subject.chunks.flatMap((k) => {
    const chunk = doc.chunks[k]
    return chunk.actors.length ? chunk.actors : chunk.modifierActor ? [chunk.modifierActor] : []
  }))]
  if (judgedActors.length === 0) return []
  const speech = speechOf(t, c)
  if (!speech) return []
  return cross(partiesOf(doc, speech.subject).filter((a) => !judgedActors.includes(a)), judgedActors)
}

/** The speech clause that reports the verdict: the one it complements, else one after it in its sentence. */
function speechOf(t: Trigger, c: Clause): Clause | undefined {
  const { doc } = t
  const above = c.governor >= 0 ? doc.clauses[c.governor] : undefined
  if (above) return SPEECH_VERBS.has(above.verb.lemma) ? above : undefined
  const [from, to] = clauseRange(doc, c.sentence)
  for (let k = from; k < to; k++) {
    const s = doc.clauses[k]
    if (s.verb.start >= c.end && SPEECH_VERBS.has(s.verb.lemma) && s.subjectFrom === 'own') return s
  }
  return undefined
}
