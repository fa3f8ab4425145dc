import { maxParties, pairsWithin, partiesOf } from './party.js'
import { findClause } from './around.js'
import type { Frame } from './types.js'
import type { Clause, Doc } from '../model/doc.js'

const RELATIVE_WORDS = new Set(['which', 'that'])

/**
 * A noun a relative clause describes, the clause being the joint act: "the Quad Hydrogen
 * Partnership, which Australia, India and Japan launched", "the initiative that Japan launched with
 * Australia", "a voluntary effort launched by the United States and the EU". The parties are the
 * relative clause's subject with its "with" phrase, or a participle's agents; its verb must be one of
 * the entry's light verbs.
 */
export const relative: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk < 0) return []
  const k = relativeClause(doc, t.chunk)
  if (!k || !entry.light.includes(k.verb.lemma) || k.verb.negated) return []
  const parties = k.verb.voice === 'passive' ? partiesOf(doc, k.agent) : partiesOf(doc, k.subject)
  const withWhom = k.verb.voice === 'active' ? k.preps.filter((p) => p.prep === 'with').flatMap((p) => partiesOf(doc, p.phrase)) : []
  return pairsWithin([...parties, ...withWhom], maxParties(entry.type))
}

/**
 * The relative clause right after chunk `c`: ", which A launched" / "that A launched" (the noun is
 * its object, so it has none of its own), or a participle with its agent ("an effort launched by A").
 */
export function relativeClause(doc: Doc, c: number): Clause | undefined {
  const chunk = doc.chunks[c]
  let j = chunk.end
  if (doc.tokens[j]?.text === ',') j++
  const sentence = doc.tokens[chunk.start].sentence
  if (RELATIVE_WORDS.has(doc.tokens[j]?.lower ?? '')) {
    return findClause(doc, sentence, (k) => k.subjectFrom === 'own' && k.subject?.start === j + 1 && !k.object && k.verb.voice === 'active')
  }
  return findClause(doc, sentence, (k) => k.subjectFrom === 'relative' && k.verb.voice === 'passive' && k.verb.start === j && !!k.subject?.chunks.includes(c))
}
