import { cross, maxParties, pairsWithin, partiesOf } from './party.js'
import { targetsOf } from './targets.js'
import { findClause } from './around.js'
import type { Frame } from './types.js'
import type { Clause, Doc } from '../model/doc.js'
import { SYMMETRIC_TYPES } from '../model/facts.js'
import { HYPOTHETICAL_MODALS } from '../lexicon/modality.js'

const RELATIVE_WORDS = new Set(['which', 'that'])

/**
 * A noun a relative clause describes, the clause being the act: "the Quad Hydrogen Partnership, which
 * Australia, India and Japan launched", "the initiative that Japan launched with Australia", "a voluntary
 * effort launched by the United States and the EU". Its verb must be one of the entry's light verbs,
 * done (not negated, not merely possible). For a joint act the parties are the relative clause's subject
 * with its "with" phrase, or a participle's agents; for an act one party does to another ("the sanctions
 * that Britain imposed on Russia", "the tariffs imposed on China by Canada", "the pressure Japan put on
 * China"), the subject or agent acts on the phrase of one of the entry's prepositions.
 */
export const relative: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk < 0) return []
  const k = relativeClause(doc, t.chunk)
  if (!k || !entry.light.includes(k.verb.lemma) || k.verb.negated || (k.verb.modal && HYPOTHETICAL_MODALS.has(k.verb.modal))) return []
  const parties = k.verb.voice === 'passive' ? partiesOf(doc, k.agent) : partiesOf(doc, k.subject)
  if (!SYMMETRIC_TYPES.has(entry.type)) {
    const i = k.preps.findIndex((p) => p.prep !== 'by' && entry.preps.includes(p.prep))
    return i >= 0 ? cross(parties, targetsOf(doc, entry.type, k.preps[i].phrase, k.preps[i + 1])) : []
  }
  // ("the aid that Norway pledged to Brazil": the entry's own preposition names the other side too.)
  const withWhom = k.verb.voice === 'active' ? k.preps.filter((p) => p.prep === 'with' || (p.prep !== 'by' && entry.preps.includes(p.prep))).flatMap((p) => partiesOf(doc, p.phrase)) : []
  return pairsWithin([...parties, ...withWhom], maxParties(entry.type))
}

/**
 * The relative clause right after chunk `c`: ", which A launched" / "that A launched" / "the duties A
 * imposed" (the noun is its object, so it has none of its own), or a participle with its agent ("an
 * effort launched by A").
 */
export function relativeClause(doc: Doc, c: number): Clause | undefined {
  const chunk = doc.chunks[c]
  let j = chunk.end
  if (doc.tokens[j]?.text === ',') j++
  const sentence = doc.tokens[chunk.start].sentence
  const gap = (k: Clause, at: number) => k.subjectFrom === 'own' && k.subject?.start === at && !k.object && k.verb.voice === 'active'
  if (RELATIVE_WORDS.has(doc.tokens[j]?.lower ?? '')) return findClause(doc, sentence, (k) => gap(k, j + 1))
  // ("the duties the EU slapped on …": a relative clause with no pronoun, right after the noun, with no comma.)
  const bare = j === chunk.end ? findClause(doc, sentence, (k) => gap(k, j) && k.subject!.chunks.length === 1 && doc.chunks[k.subject!.chunks[0]].kind !== 'thing' && k.verb.start === k.subject!.end) : undefined
  if (bare) return bare
  return findClause(doc, sentence, (k) => k.subjectFrom === 'relative' && k.verb.voice === 'passive' && k.verb.start === j && !!k.subject?.chunks.includes(c))
}
