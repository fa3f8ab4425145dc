import { cross, maxParties, pairsWithin, partiesOf } from './party.js'
import { targetsOf } from './targets.js'
import { findClause } from './around.js'
import { clauseOf, type Frame } from './types.js'
import { SYMMETRIC_TYPES } from '../model/facts.js'
import { HOSTING_VERBS as HOSTING, STANCE_PARTICIPLES } from '../lexicon/modality.js'

/**
 * Passive: the by-phrase acts on the subject ("Australia was criticised by Vanuatu"). A noun trigger
 * as the subject of a passive made by its agents ("a fund established by Brazil and Indonesia") is a
 * joint act of the agents.
 */
export const passive: Frame = (t) => {
  const { doc, entry } = t
  if (t.chunk >= 0) {
    // The noun as the subject of a passive with an agent: "a fund established by …", "The accord, signed by …,".
    const c = findClause(doc, doc.tokens[doc.chunks[t.chunk].start].sentence, (k) => k.verb.voice === 'passive' && !!k.agent && !!k.subject?.chunks.includes(t.chunk))
    // "The donor group is co-chaired by the US and Japan": chairing or hosting together is not cooperation (ANNOTATION.md).
    if (!c || !SYMMETRIC_TYPES.has(entry.type) || HOSTING.has(c.verb.lemma)) return []
    return pairsWithin(partiesOf(doc, c.agent), maxParties(entry.type))
  }
  const c = clauseOf(t)
  if (!c || c.verb.voice !== 'passive') return []
  // (A group among the agents is no body of the text they reject: "the draft was rejected by small island states".)
  if (c.agent) return cross(partiesOf(doc, c.agent), targetsOf(doc, entry.type, c.subject, undefined, partiesOf(doc, c.agent)))
  // "China is firmly opposed to the release": the subject's stance toward the "to" phrase.
  const k = STANCE_PARTICIPLES.has(c.verb.lemma) ? c.preps.findIndex((p) => p.prep === 'to' && p.at === c.verb.end) : -1
  return k < 0 ? [] : cross(partiesOf(doc, c.subject), targetsOf(doc, entry.type, c.preps[k].phrase, c.preps[k + 1]))
}
